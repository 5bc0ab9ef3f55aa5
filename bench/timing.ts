import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number[];
  /** Median CPU time of the process over the same runs (user + system, GC threads included), in ms. */
  cpuMedian?: number;
}

export function summarise(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error('No samples to summarise.');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: [...samples] };
}

/** Medians need at least 5 runs (issue 8); one untimed warm-up first lets the JIT settle. */
export const RUNS = 5;

/**
 * Times `fn` in milliseconds: `warmUps` untimed calls, then `runs` timed ones. CPU time is kept beside the
 * wall time because on a shared machine the wall time also counts other people's work.
 */
export async function time(fn: () => unknown, runs = RUNS, warmUps = 1): Promise<Timing> {
  for (let i = 0; i < warmUps; i += 1) await fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...summarise(samples), cpuMedian: summarise(cpu).median };
}
