/** Validate seed files against seeds/schema.ts: `npx tsx scripts/validate-seed.ts seeds/x.json ...` */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { seedFileSchema } from '../seeds/schema';

let failed = false;
for (const file of process.argv.slice(2)) {
  const raw = readFileSync(file, 'utf8');
  if (raw !== raw.normalize('NFC')) {
    console.error(`${basename(file)}: text is not NFC`);
    failed = true;
  }
  const parsed = seedFileSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    failed = true;
    for (const issue of parsed.error.issues.slice(0, 20)) {
      console.error(`${basename(file)}: ${issue.path.join('.')}: ${issue.message}`);
    }
  } else {
    const docs = parsed.data.documents;
    console.log(
      `${basename(file)}: ok — ${parsed.data.organizations.length} organisations, ${docs.length} documents` +
        docs.map((d) => `\n  ${d.key}: ${d.plan?.tasks.length ?? 0} tasks, ${d.plan?.targets.length ?? 0} targets, ${d.plan?.body.length ?? 0} blocks`).join(''),
    );
  }
}
process.exit(failed ? 1 : 0);
