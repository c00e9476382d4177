/** Approximate power of ANCOVA with one baseline covariate. */
import { tTestPower } from './tTestPower.ts';

/** Inputs for ancovaPower: common outcome sd, correlation rho between baseline covariate and outcome. */
export interface AncovaPowerInput {
  diff: number;
  sd: number;
  rho: number;
  n1: number;
  n2: number;
  alpha: number;
  sides: 1 | 2;
  /** Only the tail in the treatment's favour. */
  benefitOnly?: boolean;
}

/**
 * ANCOVA power: noncentral t with ν = n1+n2−3 and residual sd σ√(1−ρ²), δ = diff/(σ√(1−ρ²)·√(1/n1+1/n2))
 * (the usual approximation that ignores chance covariate imbalance; e.g. Borm et al. 2007).
 * @example
 * ancovaPower({ diff: 0.5, sd: 1, rho: 0.5, n1: 50, n2: 50, alpha: 0.05, sides: 2 }) // → 0.8154331979 (scipy nct)
 */
export function ancovaPower({ diff, sd, rho, n1, n2, alpha, sides, benefitOnly }: AncovaPowerInput): number {
  if (!(n1 >= 1 && n2 >= 1 && n1 + n2 > 3 && sd > 0 && rho > -1 && rho < 1) || Number.isNaN(diff)) return NaN;
  const residualSd = sd * Math.sqrt(1 - rho * rho);
  return tTestPower(diff / (residualSd * Math.sqrt(1 / n1 + 1 / n2)), n1 + n2 - 3, alpha, sides, benefitOnly);
}
