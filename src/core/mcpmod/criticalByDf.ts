import { normalCdf } from '../distributions/normal.ts';
import { tCdf, tQuantile } from '../distributions/studentT.ts';
import { maxContrastCriticalDetail } from './critical.ts';

const EXACT_BELOW = 12;
const FINE_BELOW = 4;
const FINE_STEPS = 8;
const NODES = (FINE_BELOW - 1) * FINE_STEPS + EXACT_BELOW - FINE_BELOW + 1;

/**
 * The max-contrast critical value q(ν) for one correlation R and level α over the df ν a trial can have (dropout, or a
 * per-arm Satterthwaite df). Exact at the anchor ν_A, at ν = ∞ and at the nodes below ν = 12 (steps of 1/8 below 4,
 * whole numbers above); for ν ≥ 12 the t quantile of the marginal level λ(ν) = t_ν(q(ν)) taken linear in 1/ν between
 * ν_A and ∞, and between nodes λ linear in 1/ν (within 1e-3 of exact q, or 3e-4·q below ν = 4: trendPerArm.test.ts).
 * Whole ν are cached up to maxDf. A real ν is bracketed by its neighbouring nodes or whole numbers (q falls as ν
 * rises), so only a statistic inside that narrow band needs the interpolated λ and one t CDF.
 * @example new CriticalByDf(classicR, 0.05, 76, 76).at(76) // → maxContrastCritical(classicR, 76, 0.05)
 */
export class CriticalByDf {
  /** q at the anchor ν_A and its error bound. */
  readonly critical: number;
  readonly criticalError: number;
  private readonly levelStar: number;
  private readonly levelInf: number;
  private readonly qInf: number;
  private readonly qByDf: Float64Array;
  private readonly qByNode = new Float64Array(NODES).fill(NaN);
  private readonly levelByNode = new Float64Array(NODES).fill(NaN);

  constructor(
    private readonly R: readonly ArrayLike<number>[],
    private readonly alpha: number,
    readonly anchor: number,
    maxDf: number,
  ) {
    const star = maxContrastCriticalDetail(R, anchor, alpha);
    this.critical = star.q;
    this.criticalError = star.error;
    this.levelStar = tCdf(star.q, anchor);
    this.qInf = maxContrastCriticalDetail(R, Infinity, alpha).q;
    this.levelInf = normalCdf(this.qInf);
    // Cached per ν up to 100,000 (800 kB per grid point; 5 dose arms of 1e6 patients would otherwise take 40 MB each)
    this.qByDf = new Float64Array(Math.min(Math.max(maxDf, 0), 100_000) + 1).fill(NaN);
  }

  /** q for a whole number ν of df, or ∞ (NaN below 1). */
  at(df: number): number {
    if (!(df >= 1)) return NaN;
    if (df === Infinity) return this.qInf;
    if (df === this.anchor) return this.critical;
    let q = df < this.qByDf.length ? this.qByDf[df] : NaN;
    if (q !== q) {
      // Below ν = 12 the interpolation drifts (1.4e-3 at ν = 8, 2e-2 at ν = 3); these few ν are solved exactly, once.
      q = df < EXACT_BELOW ? maxContrastCriticalDetail(this.R, df, this.alpha).q : tQuantile(this.level(df), df);
      if (df < this.qByDf.length) this.qByDf[df] = q;
    }
    return q;
  }

  /** Whether t > q(ν) for a real ν ≥ 1 (false for NaN). */
  exceeds(t: number, nu: number): boolean {
    if (!(t === t && nu >= 1)) return false;
    if (nu >= EXACT_BELOW) {
      const lo = Math.floor(nu);
      if (lo === nu) return t > this.at(lo);
      if (t > this.at(lo)) return true;
      if (!(t > this.at(lo + 1))) return false;
      return tCdf(t, nu) > this.levelInf + ((this.levelStar - this.levelInf) * this.anchor) / nu;
    }
    const i = nodeIndex(nu);
    const a = nodeDf(i);
    if (a === nu) return t > this.nodeQ(i);
    if (t > this.nodeQ(i)) return true;
    if (!(t > this.nodeQ(i + 1))) return false;
    const b = nodeDf(i + 1);
    const w = (1 / a - 1 / nu) / (1 / a - 1 / b);
    return tCdf(t, nu) > this.nodeLevel(i) + w * (this.nodeLevel(i + 1) - this.nodeLevel(i));
  }

  /** λ(ν) = t_ν(q(ν)) for ν ≥ 12 (ν ≠ the anchor): linear in 1/ν between the anchor and ∞. */
  private level(nu: number): number {
    return this.levelInf + ((this.levelStar - this.levelInf) * this.anchor) / nu;
  }

  /** q at node i below ν = 12 (exact, cached; whole ν share at()'s cache). */
  private nodeQ(i: number): number {
    let q = this.qByNode[i];
    if (q !== q) {
      const nu = nodeDf(i);
      q = this.qByNode[i] = Number.isInteger(nu) ? this.at(nu) : maxContrastCriticalDetail(this.R, nu, this.alpha).q;
    }
    return q;
  }

  private nodeLevel(i: number): number {
    let l = this.levelByNode[i];
    if (l !== l) l = this.levelByNode[i] = tCdf(this.nodeQ(i), nodeDf(i));
    return l;
  }
}

/**
 * Nodes of the level interpolation below ν = 12: steps of 1/8 below ν = 4 (where λ bends most: whole steps there were
 * 5e-2 off in q at ν = 1.5), whole numbers from 4 to 12. nodeIndex: the node at or below ν.
 */
function nodeIndex(nu: number): number {
  return nu < FINE_BELOW ? Math.floor((nu - 1) * FINE_STEPS) : (FINE_BELOW - 1) * FINE_STEPS + Math.floor(nu) - FINE_BELOW;
}

function nodeDf(i: number): number {
  const fine = (FINE_BELOW - 1) * FINE_STEPS;
  return i < fine ? 1 + i / FINE_STEPS : FINE_BELOW + i - fine;
}
