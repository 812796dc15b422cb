/** Timing helpers: warm-up, repeated runs, median / p95 / spread. */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

export interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { median: at(0.5), p95: at(0.95), min: s[0]!, max: s[s.length - 1]! };
}

export async function timeRuns(fn: () => unknown, iterations: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

/**
 * A case and its baseline run in turns (case, baseline, case, …) after a warm-up of each, so
 * both see the same state of the machine and of the heap: run one after the other, the
 * baseline of a 10,000-row dry-run moved from 215 to 365 ms between two runs of the bench.
 */
export async function timeInTurns(fn: () => unknown, baseline: () => unknown, iterations: number, warmup = 1): Promise<{ samples: number[]; baselineSamples: number[] }> {
  for (let i = 0; i < warmup; i++) {
    await fn();
    await baseline();
  }
  const samples: number[] = [];
  const baselineSamples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    let t = performance.now();
    await fn();
    samples.push(performance.now() - t);
    t = performance.now();
    await baseline();
    baselineSamples.push(performance.now() - t);
  }
  return { samples, baselineSamples };
}

/** Longest gap of the main event loop: a 1 ms probe plus perf_hooks' histogram. */
export async function longestPause(fn: () => Promise<unknown>): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  let last = performance.now();
  let worst = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  h.enable();
  await fn();
  h.disable();
  clearInterval(probe);
  worst = Math.max(worst, performance.now() - last);
  return Math.max(worst, h.max / 1e6);
}
