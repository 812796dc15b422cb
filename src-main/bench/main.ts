/**
 * `npm run bench [-- --generate] [-- --json] [-- --quick] [-- --case NAME]`: each case runs in
 * its own process after a warm-up, several times; prints median, p95 and the ratio to a
 * baseline measured in the same run, and the case's peak memory.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { CASES } from './cases';
import { benchDir, loadContext, ROOT, type CaseResult } from './context';
import { generateAll } from './generate-all';
import { stats } from './measure';

interface Row {
  name: string;
  median_ms: number;
  p95_ms: number;
  baseline_ms: number | null;
  ratio: number | null;
  peak_mb: number;
  note?: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

function row(res: CaseResult, peakMb: number): Row {
  const s = stats(res.samples);
  const b = res.baselineSamples ? stats(res.baselineSamples) : null;
  return {
    name: res.name,
    median_ms: round(s.median),
    p95_ms: round(s.p95),
    baseline_ms: b ? round(b.median) : null,
    ratio: b && b.median > 0 ? round(s.median / b.median) : null,
    peak_mb: Math.round(peakMb),
    ...(res.note ? { note: res.note } : {}),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { generate: { type: 'boolean' }, json: { type: 'boolean' }, quick: { type: 'boolean' }, case: { type: 'string' } },
  });
  const quick = !!values.quick;
  const log = (s: string) => process.stderr.write(`${s}\n`);
  if (values.generate || !existsSync(join(benchDir(quick), 'office.json'))) {
    log(`Generating the ${quick ? 'quick' : 'ten-year'} office in ${benchDir(quick)} …`);
    await generateAll(quick, log);
    if (values.generate && !values.json && values.case === undefined && process.argv.includes('--generate-only')) return;
  }
  const rows: Row[] = [];
  for (const c of CASES.filter((x) => !values.case || x.name === values.case)) {
    log(`running: ${c.name}`);
    const parts: Array<string | undefined> = c.parts ? c.parts(loadContext(quick)) : [undefined];
    for (const part of parts) {
      const args = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'run-case.ts'), c.name, quick ? 'quick' : 'full', ...(part ? [part] : [])];
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) {
        log(`case ${c.name}${part ? ` (${part})` : ''} failed: ${r.stderr}`);
        process.exitCode = 1;
        continue;
      }
      const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { results: CaseResult[]; peakMb: number };
      for (const res of out.results) rows.push(row(res, out.peakMb));
    }
  }
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memory_gb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
    office: quick ? 'quick' : 'full',
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ machine, cases: rows.map(({ note: _n, ...r }) => r) }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`PlanDesk benchmarks — ${machine.cpus} × ${machine.cpu}, ${machine.memory_gb} GiB, Node ${machine.node}, ${machine.office} office\n\n`);
  process.stdout.write(`${'case'.padEnd(66)}${'median ms'.padStart(11)}${'p95 ms'.padStart(10)}${'baseline'.padStart(10)}${'ratio'.padStart(8)}${'peak MB'.padStart(9)}\n`);
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(66)}${r.median_ms.toFixed(2).padStart(11)}${r.p95_ms.toFixed(2).padStart(10)}${(r.baseline_ms?.toFixed(2) ?? '—').padStart(10)}${(r.ratio?.toFixed(2) ?? '—').padStart(8)}${String(r.peak_mb).padStart(9)}\n`,
    );
  }
}

void main();
