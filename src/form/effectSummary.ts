import { effectPlan } from '../core/effects/effectPlan.ts';
import { referenceArm } from '../core/effects/priorWeights.ts';
import { differenceUnit } from '../core/report/formatReport.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';

export interface EffectRow {
  arm: string;
  /** Treatment − control difference as given (or as the dose-response gives it). */
  observed: number;
  se: number;
  /** The difference the simulation plans on. */
  planned: number;
}

export interface EffectSummary {
  rows: EffectRow[];
  /** The prior sd used when none is typed: the standard error implied by the source's n per arm (reference arm). */
  defaultPriorSd: number;
  /** Unit of the differences, for display ("percentage points", a continuous unit, or ""). */
  unit: string;
}

/** What the "Planned effect" section shows, from the engine's effect plan (no statistics here). */
export function effectSummary(s: ResolvedScenario): EffectSummary {
  const p = effectPlan(s);
  // Rates are shown as percentage points; the prior sd stays on the analysed scale (what the field takes).
  const k = s.endpoint.type === 'binary' ? 100 : 1;
  const rows = s.arms.slice(1).map((a, j) => ({ arm: a.label, observed: k * p.observed[j + 1], se: k * p.se[j + 1], planned: k * p.planned[j + 1] }));
  return { rows, defaultPriorSd: p.se[referenceArm(s)], unit: differenceUnit(s) };
}

// Formatting and the unit live in core, where the report sentences use them too.
export { differenceUnit } from '../core/report/formatReport.ts';
export { fmtDiff } from '../core/report/numberText.ts';
