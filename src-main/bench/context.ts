/** Where the benchmark keeps its generated office and files, and what a case receives. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedOffice } from '../core/bench/generate';

export const ROOT = join(__dirname, '..', '..');

export function benchDir(quick: boolean): string {
  return join(process.env.PLANDESK_BENCH_DIR ?? join(ROOT, '.bench'), quick ? 'quick' : 'full');
}

export interface CaseContext {
  dir: string;
  officeDir: string;
  filesDir: string;
  quick: boolean;
  office: GeneratedOffice;
}

export function loadContext(quick: boolean): CaseContext {
  const dir = benchDir(quick);
  const metaFile = join(dir, 'office.json');
  if (!existsSync(metaFile)) throw new Error(`No generated office in ${dir}: run npm run bench -- --generate`);
  return {
    dir,
    officeDir: join(dir, 'office'),
    filesDir: join(dir, 'files'),
    quick,
    office: JSON.parse(readFileSync(metaFile, 'utf8')) as GeneratedOffice,
  };
}

export interface CaseResult {
  name: string;
  samples: number[];
  baselineSamples?: number[];
  note?: string;
}

export interface BenchCase {
  name: string;
  /**
   * Parts measured each in a process of its own (e.g. one appendix file each), so a row's
   * peak memory is its own, not the highest of everything the case ran before it.
   */
  parts?(ctx: CaseContext): string[];
  run(ctx: CaseContext, part?: string): Promise<CaseResult[]>;
}
