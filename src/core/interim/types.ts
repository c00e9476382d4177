/** Types of a group-sequential design (issue 12): looks, efficacy spending, optional futility rule. */

/** Lan–DeMets α-spending approximations to O'Brien–Fleming (rpact `asOF`) and Pocock (`asP`), or no early efficacy stop. */
export const EFFICACY_SPENDING = ['obrien-fleming', 'pocock', 'none'] as const;
export type EfficacySpending = (typeof EFFICACY_SPENDING)[number];

/** Stop at an interim look when z < `z`; `binding` means the efficacy bounds are recomputed assuming the rule is obeyed. */
export interface FutilityRule {
  z: number;
  binding: boolean;
}

/** The `interim` block of a scenario, as validated. */
export interface InterimSpec {
  /** Information fractions of the looks: increasing in (0, 1], the last equal to 1. */
  informationRates: number[];
  efficacy: EfficacySpending;
  futility?: FutilityRule;
}

/** Boundaries on the z scale, one entry per look; a look that cannot stop for efficacy has criticalZ = Infinity. */
export interface GroupSequentialBounds {
  /** Efficacy bound: reject H0 at look k when Z_k ≥ criticalZ[k]. */
  criticalZ: number[];
  /** One-sided nominal level of each look: 1 − Φ(criticalZ[k]). */
  nominalAlpha: number[];
  /** Futility bound: stop at look k when Z_k < futilityZ[k]; −Infinity at the final look and without a rule. */
  futilityZ: number[];
  /** Cumulative one-sided type I error spent by look k under the design's own stopping rules (as computed). */
  alphaSpent: number[];
}

/** Exact stopping probabilities per look for a given drift, futility obeyed. */
export interface CrossingProbabilities {
  /** P(stop at look k and reject H0). */
  efficacy: number[];
  /** P(stop at look k for futility) (0 at the final look: not rejecting there is not a futility stop). */
  futility: number[];
  /** P(reject H0 at any look). */
  power: number;
  /** P(the trial ends at look k), for either reason (at the final look: 1 − P(stopped earlier)). */
  stop: number[];
}
