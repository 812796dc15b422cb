/**
 * What a finished import analysis keeps alive (not a test): analyses one appendix file the
 * way the import worker does (registry and profiles read from an office database), keeps
 * the result, writes a heap snapshot (taken after a full garbage collection) and sums it
 * up: heap by kind of node, the strings of 100 KB or more (pieces of XML kept by cell
 * texts cut from them), and the bytes spent on repeated copies of the same text.
 * Run: npx tsx scripts/bench/analysis-heap.ts FILE [OFFICE_DB]
 *  e.g. npx tsx scripts/bench/analysis-heap.ts .bench/full/files/tasks-50000-exceljs.xlsx .bench/full/office/plandesk.sqlite
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { analyzeFile } from '../../src-main/core/imports/analyze';
import { readRegistrySnapshot } from '../../src-main/core/imports/registry-snapshot';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

const MB = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

async function main(): Promise<void> {
  const [file, db] = process.argv.slice(2);
  if (!file) throw new Error('usage: analysis-heap.ts FILE [OFFICE_DB]');
  const options = db ? readRegistrySnapshot(db) : {};
  const kept = await analyzeFile(new Uint8Array(readFileSync(file)), basename(file), options);
  const dir = mkdtempSync(join(tmpdir(), 'plandesk-heap-'));
  try {
    const snap = JSON.parse(readFileSync(writeHeapSnapshot(join(dir, 'analysis.heapsnapshot')), 'utf8')) as Snapshot;
    summarise(snap);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`rows kept: ${kept.tables.reduce((n, t) => n + t.rows.length, 0)}`);
}

function summarise(s: Snapshot): void {
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
  const byKind = new Map<string, number>();
  const texts = new Map<string, { count: number; bytes: number }>();
  let total = 0;
  let big = { count: 0, bytes: 0 };
  for (let i = 0; i < s.nodes.length; i += fields.length) {
    const type = types[s.nodes[i + typeAt]!]!;
    const size = s.nodes[i + sizeAt]!;
    total += size;
    const kind = type === 'object' || type === 'native' ? `${type} ${s.strings[s.nodes[i + nameAt]!]}` : type;
    byKind.set(kind, (byKind.get(kind) ?? 0) + size);
    if (type !== 'string') continue;
    if (size >= 100 * 1024) big = { count: big.count + 1, bytes: big.bytes + size };
    const name = s.strings[s.nodes[i + nameAt]!]!;
    const t = texts.get(name) ?? { count: 0, bytes: 0 };
    texts.set(name, { count: t.count + 1, bytes: t.bytes + size });
  }
  let repeated = 0;
  for (const t of texts.values()) repeated += t.bytes - t.bytes / t.count;
  console.log(`heap after a full GC: ${MB(total)}`);
  for (const [k, v] of [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${MB(v).padStart(9)}  ${k}`);
  console.log(`strings of 100 KB or more: ${big.count}, ${MB(big.bytes)}`);
  console.log(`bytes in repeated copies of the same string: ${MB(repeated)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
