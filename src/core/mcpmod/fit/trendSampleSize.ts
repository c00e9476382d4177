import { candidateContrasts } from '../contrasts.ts';
import { maxContrastPower, type MaxContrastPower } from '../maxContrastPower.ts';
import type { CandidateModel } from '../types.ts';

export interface TrendPowerOptions {
  /** Dose of every arm, placebo first. */
  doses: readonly number[];
  candidates: readonly CandidateModel[];
  /** True arm means (arm 0 = placebo). */
  means: readonly number[];
  /** Common SD on the analysed scale. */
  sd: number;
  sign: 1 | -1;
  /** One-sided level of the max-contrast test. */
  alpha: number;
}

/**
 * Closed-form power of the MCP step at group sizes n: contrasts optimal for n (as TrendTest builds them), the
 * multivariate noncentral t with ν = Σn − arms (DoseFinding's powMCT(optContr(models, w = n), alpha, altModels, n,
 * sigma)). Homoscedastic normal data with the pooled variance; with dropout pass the expected completers.
 * @example trendPowerAt(classic, [20, 20, 20, 20, 20]).power // → powMCT's 0.55 (fit/sampleSize.test.ts)
 */
export function trendPowerAt(o: TrendPowerOptions, n: readonly number[]): MaxContrastPower {
  const C = candidateContrasts(o.candidates, o.doses, n);
  return maxContrastPower(C, n, o.means, o.sd, o.sign, o.alpha);
}

export interface TrendSampleSize {
  /** Smallest N reaching the target, its group sizes, power and 3-QMC-SE error. */
  N: number;
  n: number[];
  power: number;
  error: number;
}

/**
 * Smallest N in [lo, hi] whose MCP-step power at group sizes nFor(N) reaches `target`: doubling from lo, then
 * bisection (power rises with N). nFor maps N to every arm's size, e.g. Stride's N = control n with treatment arms
 * round(N·allocation), or DoseFinding's round(N·alRatio). Unlike sampSizeMCT, which stops once within 0.001 of the
 * target, this is the smallest N (up to the power's QMC error of ~1e-4 where it sits on the target). null when hi does
 * not reach it.
 * @example trendSampleSize(classic, 0.8, (N) => [N, N, N, N, N])?.N // → 36 (sampSizeMCT: 36 per arm)
 */
export function trendSampleSize(
  o: TrendPowerOptions,
  target: number,
  nFor: (N: number) => number[],
  lo = 2,
  hi = 100_000,
): TrendSampleSize | null {
  const at = (N: number) => trendPowerAt(o, nFor(N));
  let below = lo - 1;
  let above = lo;
  let p = at(above);
  while (!(p.power >= target)) {
    if (above >= hi) return null;
    below = above;
    above = Math.min(hi, above * 2);
    p = at(above);
  }
  while (above - below > 1) {
    const mid = Math.floor((below + above) / 2);
    const q = at(mid);
    if (q.power >= target) {
      above = mid;
      p = q;
    } else below = mid;
  }
  return { N: above, n: nFor(above), power: p.power, error: p.error };
}
