/**
 * The readers keep cell texts that own their characters (core/imports/own-text.ts): a
 * table read from a file must not keep the file's XML alive. Cut out of the decoded XML,
 * a cell text is a view into it (V8 "sliced string"), and a 50,000-row table then kept
 * its whole sheet XML. Checked in a heap snapshot of a worker thread that read the files
 * and still holds the tables: no string of XML (a '<' and a cell's text) may be left.
 * Fails when a reader stores `clean.text` as it was cut.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { readTables } from '../../../src-main/core/imports/read-file';
import { cellTexts, ownText } from '../../../src-main/core/imports/own-text';

const ROOT = join(__dirname, '..', '..', '..');
const FILES = [
  'tests/fixtures/import/003-nhiem-vu-libreoffice.xlsx', // shared strings (LibreOffice)
  'tests/fixtures/import/003-nhiem-vu-pdf-sang-excel.xlsx', // inline strings
  'tests/fixtures/import/003-ke-hoach-libreoffice.docx',
].map((f) => join(ROOT, f));

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/**
 * Read the files in a worker thread that keeps the tables, then let `check` look at the
 * strings of the worker's heap snapshot (written by the worker itself, after a full garbage
 * collection: taken from the parent with `worker.getHeapSnapshot()` it crashed Node 20).
 * A compile job still running on a hot reader function holds that function's closure for a
 * moment, so a failing check is retried on a later snapshot, four at most: a reader that
 * keeps the XML keeps it in every one.
 */
async function heapAfterReading(files: string[], check: (strings: string[]) => void): Promise<void> {
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  const reader = join(ROOT, 'src-main/core/imports/read-file.ts');
  const dir = mkdtempSync(join(tmpdir(), 'plandesk-heap-'));
  const code = `
    require(${JSON.stringify(tsx)});
    const { readFileSync } = require('node:fs');
    const { join } = require('node:path');
    const { writeHeapSnapshot } = require('node:v8');
    const { parentPort, workerData } = require('node:worker_threads');
    const { readTables } = require(${JSON.stringify(reader)});
    const kept = [];
    parentPort.on('message', async (n) => {
      try {
        if (n === 0) for (const f of workerData.files) kept.push(await readTables(new Uint8Array(readFileSync(f)), f));
        await new Promise((r) => setTimeout(r, 300 * (n + 1)));
        // V8 keeps the subject of the last regular expression run (RegExp.lastMatch): one XML
        // piece at most, let go at the next match anywhere, so not the readers' doing
        /x/.test('x');
        const file = writeHeapSnapshot(join(workerData.dir, 'heap-' + n + '.heapsnapshot'));
        parentPort.postMessage({ tables: kept.reduce((t, r) => t + r.tables.length, 0), file });
      } catch (e) {
        parentPort.postMessage({ error: String((e && e.stack) || e) });
      }
    });`;
  const w = new Worker(code, { eval: true, workerData: { files, dir } });
  const snapshot = (n: number) =>
    new Promise<{ tables?: number; file?: string; error?: string }>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
      w.postMessage(n);
    });
  try {
    for (let n = 0; ; n++) {
      const reply = await snapshot(n);
      expect(reply.error).toBeUndefined();
      expect(reply.tables).toBeGreaterThan(0);
      const strings = heapStrings(JSON.parse(readFileSync(reply.file!, 'utf8')) as Snapshot);
      rmSync(reply.file!);
      try {
        check(strings);
        return;
      } catch (e) {
        if (n === 3) throw e;
      }
    }
  } finally {
    await w.terminate();
    rmSync(dir, { recursive: true, force: true });
  }
}

function heapStrings(s: Snapshot): string[] {
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [typeAt, nameAt] = [fields.indexOf('type'), fields.indexOf('name')];
  const out: string[] = [];
  for (let i = 0; i < s.nodes.length; i += fields.length) {
    if (/string/.test(types[s.nodes[i + typeAt]!]!)) out.push(s.strings[s.nodes[i + nameAt]!]!);
  }
  return out;
}

describe('cell texts own their characters', () => {
  it('a table read from xlsx (shared and inline strings) and docx keeps none of the XML it was cut from', async () => {
    // texts long enough to be views (13+), written as-is in the XML (no entity to decode)
    const texts = new Set<string>();
    for (const f of FILES) {
      for (const t of (await readTables(new Uint8Array(readFileSync(f)), f)).tables) {
        for (const row of t.rows) for (const c of row) if (c.length >= 20 && !/[&<>"'\n]/.test(c)) texts.add(c);
      }
    }
    expect(texts.size).toBeGreaterThan(50);
    await heapAfterReading(FILES, (strings) => {
      // no string of XML holding a cell's text is alive ...
      const xmlWithCells = strings.filter((s) => s.includes('<') && s.length > 20 && [...texts].some((t) => s.includes(t)));
      expect(xmlWithCells.map((s) => s.slice(0, 80))).toEqual([]);
      // ... while the tables are (the check above looked at the right heap)
      const all = strings.join('\u0000');
      expect([...texts].filter((t) => all.includes(t)).length).toBe(texts.size);
    });
  }, 120_000);

  it('keeps each distinct text once, equal to the text it was given', () => {
    const keep = cellTexts();
    const xml = '<c><v>Các Sở, ban, ngành, cơ quan, đơn vị liên quan</v></c>'.repeat(3);
    const cut = (i: number) => xml.slice(xml.indexOf('<v>', i) + 3, xml.indexOf('</v>', i));
    const a = keep(cut(0));
    const b = keep(cut(60));
    expect(a).toBe('Các Sở, ban, ngành, cơ quan, đơn vị liên quan');
    expect(b).toBe(a);
    expect(keep('')).toBe('');
    expect(ownText('ngắn')).toBe('ngắn');
    expect(ownText('Sở Giáo dục và Đào tạo Hải Phòng')).toBe('Sở Giáo dục và Đào tạo Hải Phòng');
  });
});
