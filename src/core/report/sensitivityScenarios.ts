import { clampValue, effectPlan } from '../effects/effectPlan.ts';
import type { ResultRow } from '../results/types.ts';
import { nForTarget } from '../results/nForTarget.ts';
import { headlineRows } from '../results/headlineRows.ts';
import type { Arm, ResolvedScenario } from '../scenario/types.ts';
import { validateScenario } from '../scenario/validate.ts';

/** Multipliers of the planned difference for the power-vs-effect curve. */
export const EFFECT_SCALES = [0.25, 0.5, 0.75, 1, 1.25, 1.5] as const;
/** Multipliers of every arm's variance (the sd is scaled by the square root). */
export const VARIANCE_SCALES = [0.5, 2] as const;
/** Trials per derived scenario: secondary runs, so fewer than the main run. */
export const SENSITIVITY_SIMS = 2000;

export interface SensitivityCase {
  kind: 'effect' | 'variance';
  /** The multiplier of the planned difference ('effect') or of the variance ('variance'). */
  factor: number;
  scenario: ResolvedScenario;
}

/**
 * Derived scenarios for a sensitivity analysis at one sample size: the planned difference of every
 * treatment arm (after the planning basis and any dose-response model) scaled by each EFFECT_SCALES
 * factor, then, at the planned effect, every sd scaled by √factor for VARIANCE_SCALES (not for rates).
 * Each is a plain two-or-more-arm scenario with explicit values, n = [n], no prior and `sims` trials,
 * passed through the validator. Values are kept inside what the endpoint allows.
 * @example sensitivityScenarios(t25fw, 14).map((c) => c.factor) // → [0.25, 0.5, 0.75, 1, 1.25, 1.5, 0.5, 2]
 */
export function sensitivityScenarios(s: ResolvedScenario, n: number, sims = SENSITIVITY_SIMS): SensitivityCase[] {
  const plan = effectPlan(s);
  const binary = s.endpoint.type === 'binary';
  const c0 = plan.values[0];
  const derive = (scale: number, sdScale: number): ResolvedScenario => {
    const arms = s.arms.map((a, i): Arm => {
      const value = i === 0 ? c0 : clampValue(s, c0 + scale * plan.planned[i]);
      const own = s.written.arms[i].dropout; // a per-arm dropout as written (else the design's)
      const base: Arm = { label: a.label, ...(own === undefined ? {} : { dropout: own }) };
      return binary ? { ...base, rate: value } : { ...base, mean: value, sd: a.sd * Math.sqrt(sdScale) };
    });
    const input = {
      name: s.name,
      endpoint: s.written.endpoint,
      arms,
      analysis: s.analysis,
      design: { ...s.design, nPerArm: [n] },
      simulation: { sims, seed: s.simulation.seed },
    };
    const v = validateScenario(JSON.parse(JSON.stringify(input)));
    if (!v.ok) throw new Error(`sensitivity scenario is invalid: ${v.errors.map((e) => e.message).join('; ')}`);
    return v.scenario;
  };
  const cases: SensitivityCase[] = EFFECT_SCALES.map((f) => ({ kind: 'effect', factor: f, scenario: derive(f, 1) }));
  if (!binary) for (const f of VARIANCE_SCALES) cases.push({ kind: 'variance', factor: f, scenario: derive(1, f) });
  return cases;
}

/**
 * The default n for the sensitivity analysis: the smallest simulated n at which any treatment arm
 * reaches the target power, else the largest simulated n.
 * @example defaultSensitivityN(s, rows) // → 14
 */
export function defaultSensitivityN(s: ResolvedScenario, rows: readonly ResultRow[]): number {
  const hits = nForTarget(headlineRows(s, rows.filter((r) => r.sims > 0)), s.design.targetPower).flatMap((t) => (t.nPerArm === null ? [] : [t.nPerArm]));
  return hits.length > 0 ? Math.min(...hits) : s.design.nPerArm[s.design.nPerArm.length - 1];
}
