/** Child process: run one case and print its JSON (own process, so peak memory is the case's). */
import { loadContext } from './context';
import { CASES } from './cases';

async function main(): Promise<void> {
  const [name, quick, part] = process.argv.slice(2);
  const c = CASES.find((x) => x.name === name);
  if (!c) throw new Error(`unknown case ${name}`);
  const results = await c.run(loadContext(quick === 'quick'), part);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ results, peakMb })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
