import { checkNumbers, type FieldErrors, type Raw } from '../fieldCheck.ts';
import type { ManyLooksParams } from '../manyLooks.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';

/** Section 6 of the explanation page: the reader's inputs, their checks and the experiment's parameters. */

export interface ManyLooksInputs {
  /** Subgroup × endpoint comparisons tested. */
  k: number;
  /** Correlation between their test statistics. */
  rho: number;
}

/**
 * Default K = 12 (assumed): e.g. two EDSS strata × six reported outcomes (T25FW, 6MWT, 9HPT, EDSS,
 * bladder function, grey-matter atrophy). The paper does not say how many comparisons were made.
 */
export const manyLooksDefaults = (): ManyLooksInputs => ({ k: 12, rho: 0 });

export const manyLooksParams = (i: ManyLooksInputs, seed: string): ManyLooksParams => ({
  seed,
  sims: 100_000,
  kMax: Math.max(20, i.k),
  rho: i.rho,
  alpha: TRIAL_FACTS.alpha.value,
});

/** Inputs of section 6 (sliders, checked all the same). */
export function checkManyLooks(raw: Raw<ManyLooksInputs>): FieldErrors {
  return checkNumbers(raw, {
    k: { label: 'Comparisons', lo: 1, hi: 60, integer: true },
    rho: { label: 'Correlation between comparisons', lo: 0, hi: 0.9 },
  });
}
