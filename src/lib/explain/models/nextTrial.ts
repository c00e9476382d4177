import { observedT25fwDifference, SEED, subgroupStandardError } from '../../../core/explain/seedFacts.ts';
import type { ResultRow } from '../../../core/results/types.ts';
import { nForTarget } from '../../../core/results/nForTarget.ts';
import type { Scenario } from '../../../core/scenario/types.ts';
import { presetScenario } from '../../../share/presets.ts';
import type { BarChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../inputs/fieldCheck.ts';
import { figureNotes, grid, num, percent } from './say.ts';

export interface NextTrialInputs {
  /** Share of the observed difference to plan on (0–1). */
  shrink: number;
  /** Design prior sd for assurance, in points of T25FW % improvement. */
  priorSd: number;
}

export const nextTrialDefaults = (): NextTrialInputs => ({
  shrink: 0.5,
  priorSd: Math.round(subgroupStandardError(SEED.subgroupPerArm.value) * 100) / 100,
});

export type PlanKind = 'observed' | 'shrunk' | 'assurance';
export const PLAN_KINDS: readonly PlanKind[] = ['observed', 'shrunk', 'assurance'];
const SIMS = 5000;
const TARGET = 0.8;

/**
 * The planner scenarios behind each bar: the seed T25FW scenario as shipped (observed effect), with
 * the effect shrunk, and with a normal design prior around the shrunk effect (assurance). Each grid
 * reaches past where its curve crosses 80%.
 */
export function nextTrialScenarios(i: NextTrialInputs, seed: string): Record<PlanKind, Scenario> {
  const base = presetScenario('t25fw-edss6') as Scenario;
  const make = (name: string, nPerArm: number[], extra: Partial<Scenario>): Scenario => ({
    ...base,
    ...extra,
    name,
    design: { ...base.design, nPerArm, targetPower: TARGET },
    simulation: { sims: SIMS, seed },
  });
  const effect = { basis: 'shrunk' as const, shrinkage: i.shrink, sourceN: SEED.subgroupPerArm.value };
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

const baseDropout = (): number => (presetScenario('t25fw-edss6') as Scenario).design.dropout ?? 0;

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

const nText = (a: PlanAnswer | null) => (a === null ? '…' : a.n !== null ? `${a.n} per arm` : `more than ${a.gridMax} per arm`);

/** Inputs of section 7. */
export function checkNextTrial(raw: Raw<NextTrialInputs>): FieldErrors {
  return checkNumbers(raw, {
    shrink: { label: 'Share of the observed effect', lo: 0.1, hi: 1 },
    priorSd: { label: 'Prior sd for assurance', lo: 1, hi: 60, unit: ' points' },
  });
}

export function nextTrialText(i: NextTrialInputs, a: Record<PlanKind, PlanAnswer | null>, shrunkRows: readonly ResultRow[] | undefined): string[] {
  const obs = observedT25fwDifference();
  const atObs = a.observed?.n != null ? shrunkRows?.find((r) => r.nPerArm === a.observed!.n)?.power : undefined;
  const pct = Math.round(i.shrink * 100);
  const thatTrial = a.observed !== null && a.observed.n === null ? '' : `that trial has ${percent(atObs)} power, and `;
  const sd = Math.abs(i.priorSd - nextTrialDefaults().priorSd) < 1e-9 ? ` (the standard error of a ${SEED.subgroupPerArm.value}-per-arm subgroup estimate)` : '';
  return [
    `Planned on the ${num(obs)}-point T25FW difference the subgroup showed, a follow-up needs ${nText(a.observed)} (randomised, with ${percent(baseDropout())} dropout) for 80% power. If the truth is ${pct}% of that (${num(obs * i.shrink)} points), ${thatTrial}80% needs ${nText(a.shrunk)}.`,
    `Assurance averages power over what the effect might be: here a normal prior around ${num(obs * i.shrink)} points with sd ${num(i.priorSd)}${sd}. 80% assurance needs ${nText(a.assurance)}${a.assurance?.n === null ? `; it reaches ${percent(a.assurance.best)} there` : ''}. Each bar opens the planner with its scenario.`,
  ];
}

export function nextTrialChart(i: NextTrialInputs, a: Record<PlanKind, PlanAnswer | null>, seed: string): BarChartData {
  const obs = observedT25fwDifference();
  const bar = (label: string, x: PlanAnswer | null, color: string) => ({
    label,
    value: x?.n ?? null,
    color,
    text: x === null ? 'simulating…' : x.n !== null ? `n = ${x.n}` : `> ${x.gridMax} (${percent(x.best)} at most)`,
  });
  return {
    title: 'Patients per arm a follow-up T25FW trial needs for 80% power (or assurance)',
    notes: figureNotes(
      `T25FW % improvement, saline ${num(SEED.t25fwSalineMean.value)} ± ${num(SEED.t25fwSalineSd.value)} (reported), MSC-NP effect ${num(obs)} observed, ×${num(i.shrink, 2)} shrunk (assumed), prior sd ${num(i.priorSd)} (${Math.abs(i.priorSd - nextTrialDefaults().priorSd) < 1e-9 ? `derived from ${SEED.subgroupPerArm.value} per arm, inferred` : 'assumed'}); log-normal time ratio; Welch t-test, two-sided α = 0.05; ${percent(baseDropout())} dropout.`,
      SIMS,
      seed,
    ),
    bars: [
      bar(`Observed effect (${num(obs)} points)`, a.observed, PALETTE[0]),
      bar(`${Math.round(i.shrink * 100)}% of it (${num(obs * i.shrink)} points)`, a.shrunk, PALETTE[1]),
      bar(`Assurance, prior sd ${num(i.priorSd)}`, a.assurance, PALETTE[2]),
    ],
    xLabel: 'Patients randomised per arm',
    xFormat: 'integer',
    legend: [],
  };
}
