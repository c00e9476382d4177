/** Power for comparing two independent proportions: normal approximation and exact enumeration. */
import { binomialPmfTable } from '../distributions/binomial.ts';
import { fisherTwoSidedPValues, hypergeometricPmfTable } from '../distributions/hypergeometric.ts';
import { normalCdf, normalQuantile } from '../distributions/normal.ts';

/** Inputs for the binary-endpoint power functions; the one-sided alternative is p2 > p1 (treatment higher). */
export interface TwoProportionInput {
  p1: number;
  p2: number;
  n1: number;
  n2: number;
  alpha: number;
  sides: 1 | 2;
}

/** Tolerance for "p-value ≤ α" so that floating-point noise cannot flip an exact tie. */
const P_TOL = 1 + 1e-10;
/** Most (x1, x2) cells exactBinaryPower enumerates (~0.1–0.5 s); larger designs get NaN (use the normal approximation). */
export const MAX_EXACT_CELLS = 4e7;

function validInput({ p1, p2, n1, n2, alpha, sides }: TwoProportionInput): boolean {
  return (
    p1 >= 0 && p1 <= 1 && p2 >= 0 && p2 <= 1 && n1 >= 1 && n2 >= 1 && alpha > 0 && alpha < 1 && (sides === 1 || sides === 2)
  );
}

/** Φ(num/den), with den = 0 treated as the limiting step function. */
function phiRatio(num: number, den: number): number {
  return den > 0 ? normalCdf(num / den) : num > 0 ? 1 : 0;
}

/**
 * Normal-approximation power (Fleiss 1981: pooled SE under H0, unpooled under H1, both tails if two-sided);
 * with continuity = true the Fleiss–Tytun–Ury (1980) correction (1/n1 + 1/n2)/2 is subtracted from |Δ|
 * (the usual approximation for Fisher's exact test).
 * @example
 * twoProportionPower({ p1: 0.3, p2: 0.5, n1: 100, n2: 100, alpha: 0.05, sides: 2, continuity: false }) // → 0.828109771966 (scipy)
 */
export function twoProportionPower(input: TwoProportionInput & { continuity: boolean; benefitOnly?: boolean }): number {
  if (!validInput(input)) return NaN;
  const { p1, p2, n1, n2, alpha, sides, continuity, benefitOnly } = input;
  const pbar = (n1 * p1 + n2 * p2) / (n1 + n2);
  const se0 = Math.sqrt(pbar * (1 - pbar) * (1 / n1 + 1 / n2));
  const se1 = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const cc = continuity ? 0.5 * (1 / n1 + 1 / n2) : 0;
  const z = normalQuantile(1 - alpha / sides);
  const delta = p2 - p1;
  const upper = phiRatio(delta - cc - z * se0, se1);
  return sides === 2 && !benefitOnly ? Math.min(1, upper + phiRatio(-delta - cc - z * se0, se1)) : upper;
}

/**
 * Exact power by full enumeration of (x1, x2) ~ Bin(n1,p1) × Bin(n2,p2), summing the probability of tables the test
 * rejects (O(n1·n2)): 'chi-square' = Pearson z = (p̂2 − p̂1)/√(p̄(1−p̄)(1/n1+1/n2)) without continuity correction
 * (never rejects when p̄ ∈ {0,1}); 'fisher' = Fisher's exact test as R's fisher.test (one-sided: P(X2 ≥ x2 | margins) ≤ α).
 * NaN when (n1 + 1)(n2 + 1) > MAX_EXACT_CELLS.
 * @example
 * exactBinaryPower({ p1: 0.3, p2: 0.6, n1: 30, n2: 30, alpha: 0.05, sides: 2, test: 'chi-square' }) // → 0.6631173992 (scipy enumeration)
 */
export function exactBinaryPower(input: TwoProportionInput & { test: 'chi-square' | 'fisher' }): number {
  if (!validInput(input) || !Number.isInteger(input.n1) || !Number.isInteger(input.n2)) return NaN;
  if (!((input.n1 + 1) * (input.n2 + 1) <= MAX_EXACT_CELLS)) return NaN;
  const { p1, p2, n1, n2, alpha, sides, test } = input;
  const b1 = binomialPmfTable(n1, p1);
  const b2 = binomialPmfTable(n2, p2);
  let power = 0;
  if (test === 'chi-square') {
    const zc = normalQuantile(1 - alpha / sides);
    const inv = 1 / n1 + 1 / n2;
    for (let x1 = 0; x1 <= n1; x1++) {
      if (b1[x1] === 0) continue;
      let acc = 0;
      for (let x2 = 0; x2 <= n2; x2++) {
        const pbar = (x1 + x2) / (n1 + n2);
        if (pbar <= 0 || pbar >= 1 || b2[x2] === 0) continue;
        const z = (x2 / n2 - x1 / n1) / Math.sqrt(pbar * (1 - pbar) * inv);
        if (sides === 2 ? Math.abs(z) > zc : z > zc) acc += b2[x2];
      }
      power += b1[x1] * acc;
    }
    return Math.min(1, power);
  }
  if (test !== 'fisher') return NaN;
  for (let s = 0; s <= n1 + n2; s++) {
    let lo: number;
    let pValues: Float64Array;
    if (sides === 2) ({ lo, pValues } = fisherTwoSidedPValues(s, n1, n2));
    else {
      // group 2 higher ⇔ X1 small: p = P(X1 ≤ x1 | margins)
      const table = hypergeometricPmfTable(s, n1, n2);
      lo = table.lo;
      pValues = table.pmf;
      for (let i = 1; i < pValues.length; i++) pValues[i] += pValues[i - 1];
    }
    for (let i = 0; i < pValues.length; i++) {
      const x1 = lo + i;
      if (pValues[i] <= alpha * P_TOL) power += b1[x1] * b2[s - x1];
    }
  }
  return Math.min(1, power);
}
