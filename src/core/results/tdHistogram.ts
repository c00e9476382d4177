import type { TdSummary } from '../mcpmod/fit/index.ts';
import { monteCarloSe } from './wilson.ts';
import { TdCarry } from './tdCarry.ts';

/** Bins over [0, top dose]: percentiles to 1/4096 of the top dose, far inside their Monte Carlo error. */
export const TD_BINS = 4096;

/**
 * One grid point's Mod-step outcome merged over chunks in bounded memory: trials, hits and a fixed histogram of TD̂
 * on [0, top dose] (TD̂ lies there by definition). Integer counts, so chunks merge exactly in any order, and memory
 * stays 16 kB per point at any number of trials (storing every TD̂ would take 8 MB per point at a million).
 * @example const h = new TdHistogram(20, 2.5); h.add(1000, 300, [2.4, 2.6]); h.summary().tdEstimated // → 0.3
 */
export class TdHistogram {
  trials = 0;
  hits = 0;
  count = 0;
  private readonly bins = new Uint32Array(TD_BINS);
  /** Which planned dose each trial carries forward (counted from the exact TD̂, before binning). */
  readonly carry: TdCarry;

  constructor(
    readonly maxDose: number,
    readonly trueTd: number,
    doses: readonly number[] = [0, maxDose],
  ) {
    this.carry = new TdCarry(doses);
  }

  /** A chunk's trials, hits and TD̂ values. */
  add(trials: number, hits: number, values: ArrayLike<number>): void {
    this.trials += trials;
    this.hits += hits;
    for (let i = 0; i < values.length; i++) {
      const b = Math.floor((values[i] / this.maxDose) * TD_BINS);
      this.bins[Math.min(TD_BINS - 1, Math.max(0, b))]++;
      this.count++;
    }
    this.carry.add(values);
  }

  /**
   * The histogram on `bins` equal bins over [0, top dose] (bins must divide 4096): sums of the merged bins, so the
   * counts are exact integers whatever the chunking.
   * @example new TdHistogram(20, 2.5).coarse(64).length // → 64
   */
  coarse(bins: number): number[] {
    const per = TD_BINS / bins;
    if (!Number.isInteger(per) || per < 1) throw new RangeError(`TdHistogram.coarse: ${bins} bins do not divide ${TD_BINS}`);
    const out = new Array<number>(bins).fill(0);
    for (let b = 0; b < TD_BINS; b++) out[Math.floor(b / per)] += this.bins[b];
    return out;
  }

  /** The order statistic k (0-based) of the TD̂, placed evenly within its bin. */
  private orderStat(k: number): number {
    let below = 0;
    for (let b = 0; b < TD_BINS; b++) {
      const c = this.bins[b];
      if (k < below + c) return ((b + (k - below + 0.5) / c) / TD_BINS) * this.maxDose;
      below += c;
    }
    return NaN;
  }

  /** Percentile p by R's type 7 between the (binned) order statistics. */
  quantile(p: number): number {
    const h = (this.count - 1) * p;
    const lo = Math.floor(h);
    const a = this.orderStat(lo);
    return lo + 1 < this.count ? a + (h - lo) * (this.orderStat(lo + 1) - a) : a;
  }

  summary(): TdSummary {
    const ok = this.trueTd > 0 && this.trials > 0;
    const p = this.trials > 0 ? this.hits / this.trials : NaN;
    return {
      tdEstimated: ok ? p : null,
      tdEstimatedMcse: ok ? monteCarloSe(p, this.trials) : null,
      tdQuantiles:
        this.count === 0 || !(this.trials > 0)
          ? null
          : { p10: this.quantile(0.1), p50: this.quantile(0.5), p90: this.quantile(0.9), share: this.count / this.trials },
    };
  }
}
