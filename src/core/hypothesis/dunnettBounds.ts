import { dunnettCdf, dunnettCritical } from '../distributions/dunnett.ts';
import { tQuantile } from '../distributions/studentT.ts';

/**
 * Grid of the bounding critical values: uniform in σ = √(1 − λ²), steps of 1/STEPS. c changes little
 * with λ at low correlation and fast as λ → 1, where this grid is finest (λ step ≈ 0.006 at λ = 0.97).
 */
const STEPS = 40;
const MAX_CACHED = 20_000;
/**
 * The in-band check first uses the quadrature with twice the step (about 4× fewer nodes), whose error in
 * P is ≤ 6e-5 over random designs (k 1–5, λ up to 0.9999, ν ≥ 2; tests/core/hypothesis/dunnettBounds.test.ts);
 * only when that P is within COARSE_MARGIN of 1 − α is the full-accuracy quadrature evaluated.
 */
const COARSE = 2;
const COARSE_MARGIN = 1e-3;

/** dfCell of integer df below CELLS, cached (index 2·df + up): it costs a log and an exp. */
const CELLS = 8192;
const cells = new Float64Array(2 * CELLS).fill(NaN);

/** df grid: exact up to 12, then about 5% apart, so a run visits a few dozen df cells at most. */
function dfCell(df: number, up: boolean): number {
  if (df <= 12) return up ? Math.ceil(df) : Math.max(1, Math.floor(df));
  if (df < CELLS && Number.isInteger(df)) {
    const at = 2 * df + (up ? 1 : 0);
    let c = cells[at];
    if (c !== c) c = cells[at] = dfCellOf(df, up);
    return c;
  }
  return dfCellOf(df, up);
}

function dfCellOf(df: number, up: boolean): number {
  const step = Math.log(1.05);
  const r = Math.log(df / 12) / step;
  return Math.round(12 * Math.exp((up ? Math.ceil(r) : Math.floor(r)) * step) * 1e6) / 1e6;
}

/**
 * Decides "statistic beyond the many-to-one critical value" for correlations λiλj that change from
 * trial to trial (completer counts, or each arm's own variance in the Hasler–Hothorn procedure).
 *
 * Cheapest first, all rigorous: c(λ, ν) lies between the marginal t quantile (max T ≥ T1) and the
 * Šidák (1967) value t_ν at (1 − α)^{1/k} — these settle most comparisons. Then, since c falls as
 * any λi rises (Šidák 1968 for |T|; Slepian 1962 one-sided) and as ν rises,
 * c(all λ = max λ↑, ν↑) ≤ c(λ, ν) ≤ c(all λ = min λ↓, ν↓), equicorrelated values on a cached grid.
 * Only a statistic between those needs the exact rule a > c ⇔ P(max T ≤ a) > 1 − α: one CDF
 * (a coarse one first, see COARSE).
 * Bounds depend only on their grid cell, never on the order trials arrive in, so decisions are the
 * same for any split of the trials over workers.
 * @example
 * new DunnettBounds(0.05, 2).exceeds(2.40, Float64Array.of(Math.SQRT1_2, Math.SQRT1_2), 20) // → true (R: c = 2.3787)
 * new DunnettBounds(0.05, 2).exceeds(2.36, Float64Array.of(Math.SQRT1_2, Math.SQRT1_2), 20) // → false (scipy)
 */
export class DunnettBounds {
  private readonly cache = new Map<number, number>();

  constructor(
    readonly level: number,
    readonly sides: 1 | 2,
  ) {}

  /**
   * Whether a (|T| two-sided, T one-sided) exceeds the critical value of max over these comparisons at df.
   * `recurring`: these λ come again in later trials (completer counts), so the CDF's rule is memoised.
   */
  exceeds(a: number, lambdas: Float64Array, df: number, recurring = false): boolean {
    if (!(a === a) || !(df > 0)) return false;
    const dims = lambdas.length;
    if (dims === 0) return false;
    const dfUp = dfCell(df, true);
    const dfDown = dfCell(df, false);
    if (!(a > this.bound(1, 0, dfUp))) return false; // below the marginal quantile
    if (dims === 1 && df === dfUp) return true;
    if (a > this.bound(dims, -1, dfDown)) return true; // beyond Šidák's
    let lmin = 1;
    let lmax = 0;
    for (let g = 0; g < dims; g++) {
      const l = lambdas[g];
      if (l < lmin) lmin = l;
      if (l > lmax) lmax = l;
    }
    // largest λ = smallest σ, rounded down; smallest λ = largest σ, rounded up
    if (!(a > this.bound(dims, Math.floor(Math.sqrt(1 - lmax * lmax) * STEPS), dfUp))) return false;
    if (a > this.bound(dims, Math.ceil(Math.sqrt(1 - lmin * lmin) * STEPS), dfDown)) return true;
    const target = 1 - this.level;
    const rough = dunnettCdf(a, lambdas, df, this.sides, COARSE, recurring);
    if (rough > target + COARSE_MARGIN) return true;
    if (rough < target - COARSE_MARGIN) return false;
    return dunnettCdf(a, lambdas, df, this.sides, 1, recurring) > target;
  }

  /** Critical value for `dims` comparisons at df: equicorrelated at σ = step/STEPS, or Šidák's for step −1; cached. */
  private bound(dims: number, step: number, df: number): number {
    const key = ((step + 1) * 8 + dims) * 1e7 + df;
    let c = this.cache.get(key);
    if (c === undefined) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      const { level, sides } = this;
      if (step < 0) {
        const p = Math.pow(1 - level, 1 / dims);
        c = tQuantile(sides === 2 ? 0.5 + 0.5 * p : p, df);
      } else if (step === 0 || dims === 1) c = tQuantile(1 - level / sides, df); // λ = 1: one comparison
      else {
        const sigma = Math.min(step / STEPS, 1);
        c = dunnettCritical(level, new Float64Array(dims).fill(Math.sqrt(1 - sigma * sigma)), df, sides);
      }
      this.cache.set(key, c);
    }
    return c;
  }
}

const shared = new Map<string, DunnettBounds>();

/**
 * One bounds cache per (level, sides), shared by every grid point a worker simulates.
 * @example
 * dunnettBounds(0.05, 1).exceeds(2.04, Float64Array.of(Math.SQRT1_2, Math.SQRT1_2), 20) // → true (R: c = 2.0273)
 * dunnettBounds(0.05, 1).exceeds(2.01, Float64Array.of(Math.SQRT1_2, Math.SQRT1_2), 20) // → false (scipy)
 */
export function dunnettBounds(level: number, sides: 1 | 2): DunnettBounds {
  const key = `${level}|${sides}`;
  let b = shared.get(key);
  if (b === undefined) {
    if (shared.size > 16) shared.clear();
    shared.set(key, (b = new DunnettBounds(level, sides)));
  }
  return b;
}
