import { normalQuantile, normalSf } from '../distributions/normal.ts';
import { TCritical, tPValue } from './tCritical.ts';

/**
 * Holm and Hochberg compare p-values with the level ladder α/k < α/(k−1) < … < α. These classes
 * decide against cached critical values at each level instead, so a trial needs no CDF: they return
 * the index c of the strictest level at which a comparison rejects (levels.length if none), i.e. the
 * first c with p ≤ levels[c]. To give exactly the p-value path's answer, a statistic within a relative
 * GUARD of a critical value (where rounding could tip the comparison) is decided by its p-value.
 */
const GUARD = 1e-9;

function passes(a: number, high: number, low: number, p: () => number, level: number): number {
  if (a > high + GUARD * Math.abs(high)) return 1;
  if (!(a >= low - GUARD * Math.abs(low))) return 0;
  return p() <= level ? 1 : 0;
}

/**
 * First level passed by a t statistic (df may be fractional: critical values at ⌊df⌋ and ⌊df⌋ + 1 bound it).
 * @example
 * new StepT(Float64Array.of(0.025, 0.05), 2, 100).first(2.2, 30) // → 1 (scipy)
 */
export class StepT {
  private readonly crits: TCritical[];
  private t = NaN;
  private df = NaN;
  private readonly p = () => tPValue(this.t, this.df, this.sides);

  constructor(
    private readonly levels: Float64Array,
    private readonly sides: 1 | 2,
    maxDf: number,
  ) {
    this.crits = Array.from(levels, (l) => new TCritical(l, sides, maxDf));
  }

  first(t: number, df: number): number {
    const k = this.levels.length;
    if (t !== t) return k; // no statistic: p = 1
    this.t = t;
    this.df = df;
    const a = this.sides === 2 ? Math.abs(t) : t;
    const lo = Math.max(1, Math.floor(df));
    const hi = Math.floor(df) + 1;
    // The loosest level first: most trials without an effect stop there.
    if (!this.passesAt(k - 1, a, lo, hi)) return k;
    for (let c = 0; c < k - 1; c++) if (this.passesAt(c, a, lo, hi)) return c;
    return k - 1;
  }

  /** crit(⌊df⌋) ≥ crit(df) ≥ crit(⌊df⌋ + 1); for integer df the first is exact. */
  private passesAt(c: number, a: number, lo: number, hi: number): number {
    const crit = this.crits[c];
    const high = crit.get(lo);
    return passes(a, high, lo === this.df ? high : crit.get(hi), this.p, this.levels[c]);
  }
}

/**
 * First level passed by an asymptotically standard-normal statistic.
 * @example
 * new StepNormal(Float64Array.of(0.025, 0.05), 2).first(2.1) // → 1 (scipy)
 */
export class StepNormal {
  private readonly crits: Float64Array;
  private z = NaN;
  private readonly p = () => (this.sides === 2 ? Math.min(1, 2 * normalSf(Math.abs(this.z))) : normalSf(this.z));

  constructor(
    private readonly levels: Float64Array,
    private readonly sides: 1 | 2,
  ) {
    this.crits = levels.map((l) => normalQuantile(1 - l / sides));
  }

  first(z: number): number {
    const k = this.levels.length;
    if (z !== z) return k;
    this.z = z;
    const a = this.sides === 2 ? Math.abs(z) : z;
    const { crits, levels, p } = this;
    if (!passes(a, crits[k - 1], crits[k - 1], p, levels[k - 1])) return k;
    for (let c = 0; c < k - 1; c++) if (passes(a, crits[c], crits[c], p, levels[c])) return c;
    return k - 1;
  }
}
