/**
 * Crash-proof writes: a child process is killed with SIGKILL at random moments during a
 * 10,000-task package import (with its pre-operation backup), a package export written next
 * to the database, and a restore. After each kill the database must open without falling
 * back to read-only, pass integrity_check and foreign_key_check, and hold all or none of the
 * interrupted operation. The normal suite kills 2 times per operation; set
 * PLANDESK_KILL_RUNS=50 for 50 kills per operation (PLANDESK_KILL_SEED replays a run).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { createBackup } from '../../src-main/core/safety/backups';
import { exportPackage, importPackage } from '../../src-main/core/safety/package/service';
import { readPackage } from '../../src-main/core/safety/package/zip';
import { restoreBackup } from '../../src-main/core/safety/restore';
import { writeFileAtomic } from '../../src-main/core/safety/backup-files';
import { addBulkPlan } from '../helpers/bulk';
import { ROOT } from '../helpers/run';
import { count } from '../helpers/safety';
import { tempDir } from '../helpers/tmp';

const RUNS = Number(process.env.PLANDESK_KILL_RUNS ?? 2);
const BULK = 10_000;
const SEEDED_TASKS = 121;

let seed = Number(process.env.PLANDESK_KILL_SEED ?? Date.now() % 1_000_000);
const startSeed = seed;
function random(): number {
  // mulberry32: a reproducible sequence from PLANDESK_KILL_SEED
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

interface Fixture {
  template: string;
  packageFile: string;
  backupFile: string;
  /** how long each operation takes in this process (ms): the window for the kill */
  window: Record<'import' | 'export' | 'restore', number>;
}
let fx: Fixture;

function freshDataDir(): string {
  const dir = tempDir('plandesk-crash-');
  cpSync(fx.template, dir, { recursive: true });
  return dir;
}

async function timed(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Folders that live for the whole file (tempDir() ones go after each test). */
const kept: string[] = [];
function keptDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  kept.push(d);
  return d;
}
const outcomes: Record<string, Record<'none' | 'all' | 'interrupted' | 'finished', number>> = {};
function tally(op: string, what: 'none' | 'all' | 'interrupted' | 'finished'): void {
  outcomes[op] ??= { none: 0, all: 0, interrupted: 0, finished: 0 };
  outcomes[op][what]++;
}
afterAll(() => {
  kept.forEach((d) => rmSync(d, { recursive: true, force: true }));
  // how the kills landed (both outcomes should appear over many runs)
  console.log(`[crash] seed ${startSeed}, windows ${JSON.stringify(fx?.window)} ms, outcomes ${JSON.stringify(outcomes)}`);
});

beforeAll(async () => {
  const source = Core.open({ dataDir: keptDir('plandesk-crash-src-') });
  const planId = addBulkPlan(source, BULK);
  const store = keptDir('plandesk-crash-files-');
  const packageFile = join(store, 'bulk.plandesk');
  writeFileAtomic(packageFile, exportPackage(source, [planId]).bytes);
  const backupFile = createBackup(source.db, store, 'manual').file;
  source.close();

  const template = keptDir('plandesk-crash-template-');
  Core.open({ dataDir: template }).close();
  fx = { template, packageFile, backupFile, window: { import: 0, export: 0, restore: 0 } };

  // the same operations in this process, to know how long the window is
  const bytes = new Uint8Array(readFileSync(packageFile));
  let core = Core.open({ dataDir: freshDataDir() });
  fx.window.import = await timed(() => importPackage(core, bytes, 'bulk.plandesk'));
  fx.window.export = await timed(() => writeFileAtomic(join(core.dataDir, 'export.plandesk'), exportPackage(core, [1, 2, 3, 4, 5, 6]).bytes));
  core.close();
  core = Core.open({ dataDir: freshDataDir() });
  fx.window.restore = await timed(() => restoreBackup(core, backupFile));
  core.close();
}, 120_000);

/**
 * Run the child, kill it `delay` ms after it says "ready"; returns whether it finished first.
 * A run that finished tells how long the operation really takes in a child: later kills aim
 * inside that window (the machine's load changes while the suite runs).
 */
async function runAndKill(op: keyof Fixture['window'], dataDir: string, file: string, fraction: number): Promise<{ finished: boolean; delay: number }> {
  const delay = fraction * fx.window[op] * 1.1;
  const r = await spawnAndKill(op, dataDir, file, delay);
  if (r.finished && r.took !== null) fx.window[op] = Math.min(fx.window[op], r.took);
  tally(op, r.finished ? 'finished' : 'interrupted');
  return { finished: r.finished, delay };
}

function spawnAndKill(op: string, dataDir: string, file: string, delay: number): Promise<{ finished: boolean; took: number | null }> {
  return new Promise((resolve, reject) => {
    // `node --import tsx`, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL would not reach
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/crash-child.ts'), op, dataDir, file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    let readyAt = 0;
    let took: number | null = null;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (c: string) => (err += c));
    child.stdout.on('data', (c: string) => {
      out += c;
      if (!timer && out.includes('ready')) {
        readyAt = performance.now();
        timer = setTimeout(() => child.kill('SIGKILL'), delay);
      }
      if (took === null && out.includes('done')) took = performance.now() - readyAt;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child failed (${code}): ${err}`));
      else resolve({ finished: out.includes('done'), took });
    });
  });
}

/** After a kill: the database opens writable, is sound, and says how many tasks it holds. */
function inspectAfterKill(dataDir: string): { tasks: number; imports: number } {
  const core = Core.open({ dataDir, backups: false });
  try {
    expect(core.readOnly, core.readOnlyReason ?? '').toBe(false);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    expect(readdirSync(dataDir).filter((n) => n.includes('.restore-'))).toEqual([]);
    return { tasks: count(core, 'tasks'), imports: count(core, 'package_imports') };
  } finally {
    core.close();
  }
}

const kills = (op: keyof Fixture['window']) =>
  Array.from({ length: RUNS }, (_, i) => i).map((i) => [i + 1, op] as const);

describe(`crash-proof writes: SIGKILL at random moments (${RUNS} per operation, seed ${startSeed})`, () => {
  it.each(kills('import'))('kill %i during a 10,000-task package import: all or nothing', async () => {
    const dir = freshDataDir();
    const { finished, delay } = await runAndKill('import', dir, fx.packageFile, random());
    const after = inspectAfterKill(dir);
    expect([SEEDED_TASKS, SEEDED_TASKS + BULK], `delay ${delay.toFixed(0)} ms`).toContain(after.tasks);
    expect(after.imports).toBe(after.tasks === SEEDED_TASKS ? 0 : 1);
    if (finished) expect(after.tasks).toBe(SEEDED_TASKS + BULK);
    tally('import', after.tasks === SEEDED_TASKS ? 'none' : 'all');
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups.filter((n) => n.includes('.part'))).toEqual([]); // the next start cleaned any
  }, 60_000);

  it.each(kills('export'))('kill %i during a package export next to the database: the file is whole or absent', async () => {
    const dir = freshDataDir();
    const before = inspectAfterKill(dir);
    const out = join(dir, 'export.plandesk');
    const { finished, delay } = await runAndKill('export', dir, out, random());
    if (existsSync(out)) {
      const pkg = readPackage(new Uint8Array(readFileSync(out)));
      expect(pkg.manifest.counts.tasks).toBe(SEEDED_TASKS);
      tally('export', 'all');
    } else {
      tally('export', 'none');
      expect(finished, `delay ${delay.toFixed(0)} ms`).toBe(false);
    }
    expect(inspectAfterKill(dir)).toEqual(before);
  }, 60_000);

  it.each(kills('restore'))('kill %i during a restore: the old database or the restored one, never a mix', async () => {
    const dir = freshDataDir();
    const { finished, delay } = await runAndKill('restore', dir, fx.backupFile, random());
    const after = inspectAfterKill(dir);
    expect([SEEDED_TASKS, SEEDED_TASKS + BULK], `delay ${delay.toFixed(0)} ms`).toContain(after.tasks);
    if (finished) expect(after.tasks).toBe(SEEDED_TASKS + BULK);
    tally('restore', after.tasks === SEEDED_TASKS ? 'none' : 'all');
    expect(basename(fx.backupFile)).toMatch(/manual\.sqlite$/);
  }, 60_000);
});
