/** Approximate marginal power of one comparison in the Hasler–Hothorn many-to-one procedure. */
import { dunnettCritical } from '../distributions/dunnett.ts';
import { noncentralTCdf, noncentralTSf } from '../distributions/noncentralT.ts';

export interface WelchDunnettInput {
  /** Planned difference of every treatment arm from the control (oriented: positive = better); index 0 unused. */
  diff: number;
  /** Which treatment arm (1…k). */
  arm: number;
  /** Planned SDs and (expected) completers per arm, control first. */
  sds: readonly number[];
  n: readonly number[];
  alpha: number;
  sides: 1 | 2;
  /** Only the tail in the treatment's favour (the power to show benefit). */
  benefitOnly?: boolean;
}

const cache = new Map<string, number>();

/**
 * P(comparison `arm` rejects) under the Hasler–Hothorn (2008) PI procedure, with the planned SDs in
 * place of the sample variances: the statistic is noncentral t with Welch–Satterthwaite df ν and
 * δ = diff/√(v0 + vi), vj = sdj²/nj; the critical value is the multivariate t quantile at the
 * planned correlations λiλj, λi = √(v0/(v0 + vi)), with ⌊ν⌋ (at least 2) df, as the test uses.
 * An approximation: it ignores that the trial's correlations and df vary with its variances.
 * @example
 * welchDunnettPower({ diff: 0.8, arm: 1, sds: [1, 1, 1], n: [30, 30, 30], alpha: 0.05, sides: 2 }) // → 0.79476924 (R mvtnorm, pt)
 */
export function welchDunnettPower({ diff, arm, sds, n, alpha, sides, benefitOnly = false }: WelchDunnettInput): number {
  const k = sds.length - 1;
  if (!(arm >= 1 && arm <= k) || n.length !== sds.length || Number.isNaN(diff)) return NaN;
  if (!n.every((m) => m >= 2) || !sds.every((s) => s > 0)) return NaN;
  const v = sds.map((s, j) => (s * s) / n[j]);
  const lambdas = v.slice(1).map((vi) => Math.min(Math.sqrt(v[0] / (v[0] + vi)), 0.9999));
  const s = v[0] + v[arm];
  const nu = (s * s) / ((v[0] * v[0]) / (n[0] - 1) + (v[arm] * v[arm]) / (n[arm] - 1));
  const c = critical(alpha, lambdas, Math.max(2, Math.floor(nu)), sides);
  const ncp = diff / Math.sqrt(s);
  if (!Number.isFinite(ncp)) return (sides === 2 && !benefitOnly) || ncp > 0 ? 1 : 0;
  const upper = noncentralTSf(c, nu, ncp);
  if (benefitOnly) return upper;
  return sides === 2 ? Math.min(1, upper + noncentralTCdf(-c, nu, ncp)) : upper;
}

/** Arms at one grid point share their critical value when their df agree: solve each once. */
function critical(alpha: number, lambdas: number[], df: number, sides: 1 | 2): number {
  const key = `${alpha}|${sides}|${df}|${lambdas.join(',')}`;
  let c = cache.get(key);
  if (c === undefined) {
    if (cache.size > 1000) cache.clear();
    cache.set(key, (c = dunnettCritical(alpha, lambdas, df, sides)));
  }
  return c;
}
