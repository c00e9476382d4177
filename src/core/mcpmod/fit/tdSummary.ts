/** TD̂'s distribution over the trials that have one: 10th, 50th, 90th percentiles and their share of all trials. */
export interface TdQuantiles {
  p10: number;
  p50: number;
  p90: number;
  share: number;
}

export interface TdSummary {
  /** P(MCP step significant and TD̂ within ±tolerance·TD of the true TD); null when the true TD does not exist. */
  tdEstimated: number | null;
  tdEstimatedMcse: number | null;
  /** null when no trial has a TD̂. */
  tdQuantiles: TdQuantiles | null;
}

/**
 * Whether an estimated target dose counts as a hit: it exists and |TD̂ − TD| ≤ tolerance·TD (relative).
 * @example tdWithin(11, 10, 0.25) // → true
 */
export function tdWithin(td: number, trueTd: number, tolerance: number): boolean {
  return td === td && trueTd > 0 && Math.abs(td - trueTd) <= tolerance * trueTd;
}

/**
 * Quantile of sorted values by linear interpolation between order statistics (R's default, type 7); NaN when empty.
 * @example quantileSorted([1, 2, 3, 4], 0.5) // → 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The summary of `trials` simulated trials, `hits` of which were significant with TD̂ within tolerance, and the
 * TD̂ of those that had one (trials without a TD̂ count as misses): tdEstimated = hits/trials with MCSE
 * √(p(1 − p)/trials), and TD̂'s percentiles with share = (trials with a TD̂)/trials.
 * @example tdSummary(3, 4, [9, 10, 12], true).tdEstimated // → 0.75
 */
export function tdSummary(hits: number, trials: number, tds: ArrayLike<number>, trueTdExists: boolean): TdSummary {
  const p = trials > 0 ? hits / trials : NaN;
  const ok = trueTdExists && trials > 0;
  const sorted = Float64Array.from(tds).sort();
  return {
    tdEstimated: ok ? p : null,
    tdEstimatedMcse: ok ? Math.sqrt((p * (1 - p)) / trials) : null,
    tdQuantiles:
      sorted.length === 0 || !(trials > 0)
        ? null
        : { p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9), share: sorted.length / trials },
  };
}

/**
 * Collects one grid point's TD̂ trial by trial (per worker chunk; merge() joins chunks) for tdSummary. The TD̂
 * values are kept (they are needed for the percentiles): 8 bytes per trial that has one.
 * @example const acc = new TdAccumulator(10, 0.25); acc.add(true, 11); acc.summary().tdEstimated // → 1
 */
export class TdAccumulator {
  trials = 0;
  hits = 0;
  count = 0;
  private buf = new Float64Array(256);

  constructor(
    readonly trueTd: number,
    readonly tolerance: number,
  ) {}

  /** One trial: whether its MCP step was significant and its TD̂ (NaN when none). */
  add(significant: boolean, td: number): void {
    this.trials++;
    if (!significant || td !== td) return;
    if (tdWithin(td, this.trueTd, this.tolerance)) this.hits++;
    this.push(td);
  }

  /** The TD̂ collected so far (a view). */
  values(): Float64Array {
    return this.buf.subarray(0, this.count);
  }

  /** Adds another chunk's counts and values (same true TD and tolerance). */
  merge(o: { trials: number; hits: number; values(): ArrayLike<number> }): void {
    const v = o.values();
    for (let i = 0; i < v.length; i++) this.push(v[i]);
    this.trials += o.trials;
    this.hits += o.hits;
  }

  summary(): TdSummary {
    return tdSummary(this.hits, this.trials, this.values(), this.trueTd > 0);
  }

  private push(td: number): void {
    if (this.count === this.buf.length) {
      const next = new Float64Array(2 * this.buf.length);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.count++] = td;
  }
}
