import { candidateContrasts } from '../contrasts.ts';
import { maxContrastPowerPerArm, type MaxContrastPower } from '../maxContrastPower.ts';
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
 * sigma)). Homoscedastic normal data with the pooled variance; with dropout pass the expected completers. `df` =
 * Infinity gives the known-variance power (an upper bound, and ~10× faster: no chi-square lattice).
 * @example trendPowerAt(classic, [40, 40, 40, 40, 40]).power // → 0.531 (powMCT; fit/sampleSize.test.ts)
 */
export function trendPowerAt(o: TrendPowerOptions, n: readonly number[], df = n.reduce((a, b) => a + b, 0) - n.length): MaxContrastPower {
  const C = candidateContrasts(o.candidates, o.doses, n);
  return maxContrastPowerPerArm(C, n, o.means, n.map(() => o.sd), o.sign, o.alpha, df);
}

export interface TrendSampleSize {
  /** Smallest N reaching the target, its group sizes, power and 3-QMC-SE error. */
  N: number;
  n: number[];
  power: number;
  error: number;
}

/**
 * Smallest N in [lo, hi] whose MCP-step power at group sizes nFor(N) reaches `target` (power rises with N). nFor maps
 * N to every arm's size, e.g. Stride's N = control n with treatment arms round(N·allocation), or DoseFinding's
 * round(N·alRatio). First the smallest N₀ with the known-variance power (ν = ∞, cheap) on target, by doubling and
 * bisection: with ν = Σn − arms the power is lower, so N ≥ N₀; then the exact power from N₀ up, galloping and
 * bisecting (two or three exact evaluations, ~0.2 s each). Unlike sampSizeMCT, which stops once within 0.001 of the
 * target, this is the smallest N (up to the power's QMC error, ~1e-4, where it sits on the target). null when hi does
 * not reach it.
 * @example trendSampleSize(classic, 0.8, (N) => [N, N, N, N, N])?.N // → 75 (powMCT: 0.7994 at 74, 0.8050 at 75)
 */
export function trendSampleSize(
  o: TrendPowerOptions,
  target: number,
  nFor: (N: number) => number[],
  lo = 2,
  hi = 100_000,
): TrendSampleSize | null {
  const known = smallestN((N) => trendPowerAt(o, nFor(N), Infinity), target, lo, hi, lo);
  if (known === null) return null;
  const exact = (N: number) => trendPowerAt(o, nFor(N));
  const first = exact(known.N);
  let found: Found | null;
  // N₀ already reaches it: confirm N₀ − 1 does not (the bound makes this the answer), else search below.
  if (first.power >= target) {
    found = known.N === lo || !(exact(known.N - 1).power >= target) ? { N: known.N, p: first } : smallestN(exact, target, lo, known.N, lo);
  } else found = known.N >= hi ? null : smallestN(exact, target, known.N + 1, hi, known.N + 1);
  return found === null ? null : { N: found.N, n: nFor(found.N), power: found.p.power, error: found.p.error };
}

export interface Found {
  N: number;
  p: MaxContrastPower;
}

/** Smallest N in [lo, hi] with power(N) ≥ target, galloping up from `start` (steps 1, 2, 4, …) then bisecting. */
export function smallestN(power: (N: number) => MaxContrastPower, target: number, lo: number, hi: number, start: number): Found | null {
  let below = lo - 1;
  let above = start;
  let p = power(above);
  for (let step = 1; !(p.power >= target); step *= 2) {
    if (above >= hi) return null;
    below = above;
    above = Math.min(hi, above + step);
    p = power(above);
  }
  while (above - below > 1) {
    const mid = Math.floor((below + above) / 2);
    const q = power(mid);
    if (q.power >= target) {
      above = mid;
      p = q;
    } else below = mid;
  }
  return { N: above, p };
}
