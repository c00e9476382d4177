import { effectPlan } from '../effects/effectPlan.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { displayScenario } from './displayScenario.ts';
import { differenceUnit, listJoin } from './formatReport.ts';
import { fmtDiff, pct, signed } from './numberText.ts';

/** One treatment arm's planned difference, on the display scale (rates in percentage points). */
export interface PlannedArm {
  arm: string;
  /** Treatment − control difference as given (observed, or as the dose-response model gives it). */
  observed: number;
  /** Its standard error from the source's n per arm. */
  se: number;
  /** The difference the simulation plans on. */
  planned: number;
  /** The arm's simulated mean (or rate, as a proportion): control value + planned difference, kept in range. */
  simulated: number;
}

/** What the simulation plans on, and why: the basis, the observed values beside the planned ones. */
export interface PlannedEffect {
  basis: ResolvedScenario['effect']['basis'];
  shrinkage: number;
  confidence: number;
  sourceN: number;
  /** The given differences come from a dose-response model (not observed directly). */
  fromModel: boolean;
  unit: string;
  control: string;
  arms: PlannedArm[];
}

/**
 * The planned difference of every treatment arm with its basis and the observed value beside it.
 * @example plannedEffect(t25fwShrunk).arms[0] // → { arm: 'MSC-NP', observed: 58.1, planned: 29.05, simulated: -25.35, … }
 */
export function plannedEffect(s: ResolvedScenario): PlannedEffect {
  const p = effectPlan(s);
  const k = s.endpoint.type === 'binary' ? 100 : 1;
  const e = s.effect;
  return {
    basis: e.basis,
    shrinkage: e.shrinkage,
    confidence: e.confidence,
    sourceN: e.sourceN,
    fromModel: s.doseResponse !== undefined && s.doseResponse.model !== 'explicit',
    unit: differenceUnit(s),
    control: s.arms[0].label,
    arms: s.arms.slice(1).map((a, j) => ({ arm: a.label, observed: k * p.observed[j + 1], se: k * p.se[j + 1], planned: k * p.planned[j + 1], simulated: p.values[j + 1] })),
  };
}

/** The basis in words: "the observed difference shrunk ×0.5". */
export function basisPhrase(p: PlannedEffect): string {
  const given = p.fromModel ? "dose-response model's difference" : 'observed difference';
  if (p.basis === 'shrunk') return `the ${given} shrunk ×${p.shrinkage}`;
  if (p.basis === 'lower-bound') {
    const se = listJoin(p.arms.map((a) => fmtDiff(a.se)));
    return `the bound of a one-sided ${pct(p.confidence)} confidence interval for the ${given}, toward no effect (SE ${se}, from ${p.sourceN} patients per arm)`;
  }
  return `the ${given}, unshrunk`;
}

/**
 * The planned difference with its basis and the observed value beside it.
 * @example plannedEffectSentence(plannedEffect(t25fwShrunk)) // → "The simulation plans on a difference from Saline of 29.1 percentage points for MSC-NP (observed 58.1): the observed difference shrunk ×0.5."
 */
export function plannedEffectSentence(p: PlannedEffect): string {
  const unit = p.unit ? ` ${p.unit}` : '';
  const planned = listJoin(p.arms.map((a) => fmtDiff(a.planned)));
  const observed = listJoin(p.arms.map((a) => fmtDiff(a.observed)));
  const armsWord = listJoin(p.arms.map((a) => a.arm));
  const given = p.fromModel ? 'model' : 'observed';
  const same = p.arms.every((a) => fmtDiff(a.planned) === fmtDiff(a.observed));
  const beside = same ? `, as ${p.fromModel ? 'the model gives it' : 'observed'}` : ` (${given} ${observed})`;
  const plural = p.arms.length > 1;
  const what = plural ? 'differences' : 'a difference';
  return `The simulation plans on ${what} from ${p.control} of ${planned}${unit} for ${armsWord}${beside}: ${plural ? 'each ' : ''}${basisPhrase(p)}.`;
}

/** The simulated values of arms that differ from those given, in words (empty when none differ). */
export function simulatedValuesSentence(s: ResolvedScenario, p: PlannedEffect): string {
  const shown = displayScenario(s);
  const binary = s.endpoint.type === 'binary';
  const unit = s.endpoint.type === 'continuous' ? '' : '%';
  const moved = p.arms.flatMap((a, j) => {
    const given = binary ? shown.arms[j + 1].rate : shown.arms[j + 1].mean;
    const sim = binary ? +a.simulated.toFixed(4) : +a.simulated.toFixed(2);
    if (given === sim) return [];
    return [binary ? `${a.arm} a response rate of ${pct(sim)}` : `${a.arm} a mean of ${signed(sim)}${unit}`];
  });
  if (moved.length === 0) return '';
  return `The simulation therefore gives ${listJoin(moved)}${binary ? '' : ` (${moved.length > 1 ? 'SDs' : 'SD'} as given)`}.`;
}
