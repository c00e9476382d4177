import { clampValue, effectPlan } from '../effects/effectPlan.ts';
import type { ResultRow } from '../results/types.ts';
import { nForTarget } from '../results/nForTarget.ts';
import { headlineRows } from '../results/headlineRows.ts';
import type { Arm, ResolvedScenario } from '../scenario/types.ts';
import { validateScenario } from '../scenario/validate.ts';
import { count, fixed } from './numberText.ts';

/** Multipliers of the planned difference for the power-vs-effect curve. */
export const EFFECT_SCALES = [0.25, 0.5, 0.75, 1, 1.25, 1.5] as const;
/** Multipliers of every arm's variance (the sd is scaled by the square root). */
export const VARIANCE_SCALES = [0.5, 2] as const;
/** Trials per derived scenario at most: secondary runs, so fewer than a main run of the usual size. */
export const SENSITIVITY_SIMS = 2000;

/**
 * Trials per derived scenario of `s`: SENSITIVITY_SIMS, or the main run's own number when that is smaller (a quick
 * 500-trial look gets 500-trial sensitivity points, not four times its own work).
 * @example sensitivitySims(t25fw) // → 2000 (its main run has 10,000); with simulation.sims 500 → 500
 */
export const sensitivitySims = (s: ResolvedScenario): number => Math.min(SENSITIVITY_SIMS, s.simulation.sims);

/**
 * How the sensitivity points' trials compare with the main run's, with the largest Monte Carlo SE they allow
 * (power ½: 0.5/√trials), for the panel and (`unit` 'trials per point') the exported figure.
 * @example sensitivityRunText(t25fw) // → '2,000 trials (fewer than the main run, so a Monte Carlo SE of up to about 1.1 points)'
 */
export function sensitivityRunText(s: ResolvedScenario, unit = 'trials'): string {
  const k = sensitivitySims(s);
  const than = k < s.simulation.sims ? 'fewer than the main run' : 'as many as the main run';
  return `${count(k)} ${unit} (${than}, so a Monte Carlo SE of up to about ${fixed(50 / Math.sqrt(k), 1)} points)`;
}

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
 * Each is a plain two-or-more-arm scenario with explicit values, n = [n], no prior and `sims` trials (sensitivitySims),
 * passed through the validator. Values are kept inside what the endpoint allows.
 * @example sensitivityScenarios(t25fw, 14).map((c) => c.factor) // → [0.25, 0.5, 0.75, 1, 1.25, 1.5, 0.5, 2]
 */
export function sensitivityScenarios(s: ResolvedScenario, n: number, sims = sensitivitySims(s)): SensitivityCase[] {
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
