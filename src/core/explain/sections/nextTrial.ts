import { checkNumbers, type FieldErrors, type Raw } from '../fieldCheck.ts';
import { grid } from '../grid.ts';
import { TRIAL_FACTS, subgroupStandardError } from '../../trialFacts.ts';
import { nForTarget } from '../../results/nForTarget.ts';
import type { ResultRow } from '../../results/types.ts';
import type { Scenario } from '../../scenario/types.ts';

/** Section 7 of the explanation page: the reader's inputs, their checks and the experiment's parameters. */

export interface NextTrialInputs {
  /** Share of the observed difference to plan on (0–1). */
  shrink: number;
  /** Design prior sd for assurance, in points of T25FW % improvement. */
  priorSd: number;
}

export const nextTrialDefaults = (): NextTrialInputs => ({
  shrink: 0.5,
  priorSd: Math.round(subgroupStandardError(TRIAL_FACTS.subgroupPerArm.value) * 100) / 100,
});

export type PlanKind = 'observed' | 'shrunk' | 'assurance';
export const PLAN_KINDS: readonly PlanKind[] = ['observed', 'shrunk', 'assurance'];
export const SIMS = 5000;
const TARGET = 0.8;

/**
 * The planner scenarios behind each bar: the seed T25FW scenario as shipped (observed effect), with
 * the effect shrunk, and with a normal design prior around the shrunk effect (assurance). Each grid
 * reaches past where its curve crosses 80%. `base` is the shipped T25FW scenario (share/presets.ts).
 */
export function nextTrialScenarios(base: Scenario, i: NextTrialInputs, seed: string): Record<PlanKind, Scenario> {
  const make = (name: string, nPerArm: number[], extra: Partial<Scenario>): Scenario => ({
    ...base,
    ...extra,
    name,
    design: { ...base.design, nPerArm, targetPower: TARGET },
    simulation: { sims: SIMS, seed },
  });
  const effect = { basis: 'shrunk' as const, shrinkage: i.shrink, sourceN: TRIAL_FACTS.subgroupPerArm.value };
  const pct = Math.round(i.shrink * 100);
  return {
    observed: make('Next trial: T25FW, observed subgroup effect', grid(4, 40, 2), {}),
    shrunk: make(`Next trial: T25FW, ${pct}% of the observed effect`, grid(4, 40, 2, grid(44, 160, 4)), { effect }),
    assurance: make(`Next trial: T25FW, assurance around ${pct}% of the observed effect`, grid(10, 300, 10), {
      effect,
      effectPrior: { type: 'normal', sd: i.priorSd },
    }),
  };
}

/** `#scenario=` link the planner loads and runs. */
export const plannerHash = (s: Scenario): string => `#scenario=${encodeURIComponent(JSON.stringify(s))}`;

export interface PlanAnswer {
  n: number | null;
  /** Largest value reached on the grid when the target is not. */
  best: number;
  gridMax: number;
}

/** First grid n whose power (or assurance) reaches 80%, as the planner reports it. */
export function answer(rows: readonly ResultRow[] | undefined, kind: PlanKind): PlanAnswer | null {
  if (!rows || rows.length === 0) return null;
  const use = kind === 'assurance' ? rows.map((r) => ({ ...r, power: r.assurance ?? NaN, sims: r.assuranceSims })) : rows;
  const t = nForTarget(use, TARGET)[0];
  return { n: t?.nPerArm ?? null, best: Math.max(...use.map((r) => (Number.isFinite(r.power) ? r.power : 0))), gridMax: Math.max(...rows.map((r) => r.nPerArm)) };
}

/** Inputs of section 7. */
export function checkNextTrial(raw: Raw<NextTrialInputs>): FieldErrors {
  return checkNumbers(raw, {
    shrink: { label: 'Share of the observed effect', lo: 0.1, hi: 1 },
    priorSd: { label: 'Prior sd for assurance', lo: 1, hi: 60, unit: ' points' },
  });
}
