import type { ExperimentChunk, MergedPoint } from './types.ts';

/**
 * Merges chunks in any order. Counts are whole numbers, summed exactly; float sums are kept per chunk
 * and added in chunk order, so the merged result never depends on the number of workers.
 */
export class ExperimentAccumulator {
  private readonly trials: number[];
  private readonly counts: number[][];
  private readonly sums: Map<number, number[]>[];
  private done = 0;

  constructor(points: number) {
    this.trials = new Array<number>(points).fill(0);
    this.counts = Array.from({ length: points }, () => []);
    this.sums = Array.from({ length: points }, () => new Map());
  }

  get trialsDone(): number {
    return this.done;
  }

  add(c: ExperimentChunk): void {
    const counts = this.counts[c.point];
    this.trials[c.point] += c.trials;
    this.done += c.trials;
    for (let i = 0; i < c.counts.length; i++) counts[i] = (counts[i] ?? 0) + c.counts[i];
    this.sums[c.point].set(c.chunk, c.sums);
  }

  result(): MergedPoint[] {
    return this.trials.map((trials, p) => {
      const sums: number[] = [];
      const chunks = [...this.sums[p].keys()].sort((a, b) => a - b);
      for (const k of chunks) this.sums[p].get(k)!.forEach((v, i) => (sums[i] = (sums[i] ?? 0) + v));
      return { trials, counts: this.counts[p].slice(), sums };
    });
  }
}

/** Merges a list of chunks (any order) into per-point totals. */
export function mergeAll(points: number, chunks: readonly ExperimentChunk[]): MergedPoint[] {
  const acc = new ExperimentAccumulator(points);
  for (const c of chunks) acc.add(c);
  return acc.result();
}
