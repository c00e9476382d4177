import type { ChunkResult } from './chunkResult.ts';

/**
 * A worker's batch of chunk results with those of the same grid point and mode added together, in the order each
 * first appears: the counts are integers and the page only adds them up (Accumulator), so its sums are the same to
 * the last digit, and the page receives one result per point instead of one per chunk (a 20 M-trial run sent
 * 20,000; decoding them was ~10% of the page's thread work during the run). A result holding per-chunk detail
 * (interim looks, TD̂ values, shape counts) is passed on as it is.
 * @example combineChunks([a0, a1, b0]).length // → 2 (a0 + a1, b0): a and b two points in power mode
 */
export function combineChunks(results: readonly ChunkResult[]): ChunkResult[] {
  const out: ChunkResult[] = [];
  const open = new Map<string, ChunkResult>();
  for (const c of results) {
    if (c.interim !== undefined || c.td !== undefined || c.shape !== undefined) {
      out.push(c);
      continue;
    }
    const key = `${c.point}|${c.mode}`;
    const into = open.get(key);
    if (into === undefined) {
      const copy: ChunkResult = { ...c, rejections: [...c.rejections], benefits: [...c.benefits] };
      open.set(key, copy);
      out.push(copy);
      continue;
    }
    into.trials += c.trials;
    for (let i = 0; i < c.rejections.length; i++) into.rejections[i] += c.rejections[i];
    for (let i = 0; i < c.benefits.length; i++) into.benefits[i] += c.benefits[i];
    into.anyRejections += c.anyRejections;
    into.anyBenefit += c.anyBenefit;
    into.undefinedTrials += c.undefinedTrials;
    into.smallExpected += c.smallExpected;
    into.trendSignificant += c.trendSignificant;
    into.bestDoseSelected += c.bestDoseSelected;
    into.medSelected += c.medSelected;
    if (c.analytic !== undefined) into.analytic = c.analytic;
  }
  return out;
}
