import { effectPlan } from '../core/effects/effectPlan.ts';
import { referenceArm } from '../core/effects/priorWeights.ts';
import type { ValidScenario } from '../core/scenario/types.ts';

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
export function effectSummary(s: ValidScenario): EffectSummary {
  const p = effectPlan(s);
  // Rates are shown as percentage points; the prior sd stays on the analysed scale (what the field takes).
  const k = s.endpoint.type === 'binary' ? 100 : 1;
  const rows = s.arms.slice(1).map((a, j) => ({ arm: a.label, observed: k * p.observed[j + 1], se: k * p.se[j + 1], planned: k * p.planned[j + 1] }));
  return { rows, defaultPriorSd: p.se[referenceArm(s)], unit: differenceUnit(s) };
}

/** The unit a treatment − control difference is in. */
export function differenceUnit(s: ValidScenario): string {
  const e = s.endpoint;
  const src = e.type === 'responder' ? e.source : e;
  return src.type === 'continuous' ? (src.unit ?? '') : 'percentage points';
}

/** A difference for display with a true minus and at most `digits` decimals: −12.35 → "−12.4". */
export function fmtDiff(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return '–';
  const t = v.toFixed(digits).replace(/\.?0+$/, '');
  return t.startsWith('-') && t !== '-0' ? `−${t.slice(1)}` : t === '-0' ? '0' : t;
}
