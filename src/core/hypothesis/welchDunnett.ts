import { dunnettCdf } from '../distributions/dunnett.ts';
import type { Workspace } from '../workspace.ts';
import { dunnettBounds, type DunnettBounds } from './dunnettBounds.ts';
import { tPValue } from './tCritical.ts';
import type { ManyToOneTest, TestOptions } from './types.ts';

/**
 * Correlations are capped here so the quadrature's step in z (∝ √(1 − λ²)) stays finite; a cap of
 * 0.9999 (correlation 0.9998) is reached only when one arm's variance of the mean is ~10⁴ times another's.
 */
const MAX_LAMBDA = 0.9999;

/**
 * Many-to-one comparisons under unequal variances: the "PI" procedure of Hasler & Hothorn (2008,
 * Biometrical Journal 50:793–800), as implemented in their R package SimComp (SimTestDiff with
 * covar.equal = FALSE). Each comparison is Welch's: T_i = (ȳi − ȳ0)/√(v0 + vi), vj = sj²/mj.
 * The statistics' correlation is plugged in from the arms' own variances,
 * corr(Ti, Tj) = v0/√((v0 + vi)(v0 + vj)) = λiλj with λi = √(v0/(v0 + vi)) — Dunnett's one-factor
 * structure, so the existing quadrature (dist/dunnett.ts) applies. Comparison i is judged against the
 * multivariate t with its own Satterthwaite df, floored to an integer and at least 2 (as SimComp does;
 * mvtnorm's pmvt takes integer df only). Flooring gives up less than one df, which is conservative.
 *
 * The correlation changes with every trial's variances, so decisions use cached bounds
 * (tests/dunnettBounds.ts) and evaluate the exact multivariate t CDF only in the narrow band between.
 * @example
 * const trial = arms([4.1, 5.2, 6.3, 5.0, 4.8, 5.9], [6.0, 7.1, 5.8, 6.9, 7.4, 6.2], [5.0, 5.6, 6.4, 4.9, 6.1, 5.3]);
 * decide(new WelchDunnettTest({ level: 0.05, sides: 2, sign: 1 }, 3), trial, 1).stat // → 3.229681502 (scipy Welch t)
 * decide(new WelchDunnettTest({ level: 0.05, sides: 2, sign: 1 }, 3), trial, 1).reject // → true (R mvtnorm: c = 2.59 at ⌊ν⌋ = 9)
 */
export class WelchDunnettTest implements ManyToOneTest {
  private readonly bounds: DunnettBounds;
  private readonly v: Float64Array;
  /** Per arm i ≥ 1: λi, and the integer df of comparison i (NaN when it cannot be computed). */
  private readonly lambda: Float64Array;
  private readonly df: Float64Array;
  /** λ of the comparisons in the current family, packed (views[c] = its first c entries); sub: the same for a subset. */
  private readonly packed: Float64Array;
  private readonly views: Float64Array[];
  private readonly sub: Float64Array;
  private readonly subViews: Float64Array[];
  private count = 0;

  constructor(
    private readonly o: TestOptions,
    arms: number,
  ) {
    this.bounds = dunnettBounds(o.level, o.sides);
    this.v = new Float64Array(arms);
    this.lambda = new Float64Array(arms);
    this.df = new Float64Array(arms);
    this.packed = new Float64Array(arms);
    this.views = Array.from({ length: arms + 1 }, (_, c) => this.packed.subarray(0, c));
    this.sub = new Float64Array(arms);
    this.subViews = Array.from({ length: arms + 1 }, (_, c) => this.sub.subarray(0, c));
  }

  /** Variances of the means, the λs and each comparison's df; a comparison without two completers per arm is left out. */
  prepare(ws: Workspace): void {
    for (let j = 0; j < ws.arms; j++) this.v[j] = ws.m[j] >= 2 ? ws.ss[j] / (ws.m[j] - 1) / ws.m[j] : NaN;
    const v0 = this.v[0];
    const m0 = ws.m[0];
    let c = 0;
    for (let i = 1; i < ws.arms; i++) {
      const vi = this.v[i];
      const s = v0 + vi;
      if (!(s > 0)) {
        this.lambda[i] = this.df[i] = NaN;
        continue;
      }
      const l = Math.min(Math.sqrt(v0 / s), MAX_LAMBDA);
      this.lambda[i] = l;
      this.packed[c++] = l;
      const nu = (s * s) / ((v0 * v0) / (m0 - 1) + (vi * vi) / (ws.m[i] - 1));
      this.df[i] = Math.max(2, Math.floor(nu));
    }
    this.count = c;
  }

  statistic(ws: Workspace, i: number): number {
    const df = this.df[i];
    if (df !== df) return NaN;
    return (this.o.sign * (ws.mean[i] - ws.mean[0])) / Math.sqrt(this.v[0] + this.v[i]);
  }

  rejects(ws: Workspace, i: number): boolean {
    return this.bounds.exceeds(this.oriented(ws.stat[i]), this.views[this.count], this.df[i]);
  }

  /** Adjusted p-value: P(max over the family ≥ observed) at comparison i's df. */
  pValue(ws: Workspace, i: number): number {
    const a = this.oriented(ws.stat[i]);
    if (a !== a) return 1;
    return 1 - dunnettCdf(a, this.views[this.count], this.df[i], this.o.sides);
  }

  /** Comparisons differ in df, so the step-down orders them by their own Welch p-value (smaller first). */
  significance(ws: Workspace, i: number): number {
    return -tPValue(ws.stat[i], this.df[i], this.o.sides);
  }

  exceedsAmong(ws: Workspace, i: number, members: Int32Array, from: number, to: number): boolean {
    let c = 0;
    for (let r = from; r < to; r++) {
      const l = this.lambda[members[r]];
      if (l === l) this.sub[c++] = l;
    }
    return this.bounds.exceeds(this.oriented(ws.stat[i]), this.subViews[c], this.df[i]);
  }

  private oriented(t: number): number {
    return this.o.sides === 2 ? Math.abs(t) : t;
  }
}
