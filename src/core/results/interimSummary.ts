import type { ResolvedScenario } from '../scenario/types.ts';
import { headlineRows } from './headlineRows.ts';
import type { ResultRow, SimulationResult } from './types.ts';

/** One look of a group-sequential design on the z scale (null: no bound at that look). */
export interface InterimLook {
  look: number;
  rate: number;
  /** Efficacy bound: stop and reject when z ≥ it (null: the look cannot stop for efficacy). */
  efficacyZ: number | null;
  nominalAlpha: number;
  /** Futility bound: stop when z < it (null at the final look and without a rule). */
  futilityZ: number | null;
}

/** One treatment arm's stopping chances per look at one n. */
export interface StoppingAtN {
  arm: string;
  nPerArm: number;
  /** Headline power at that n (the chance of crossing an efficacy bound at any look). */
  power: number;
  efficacy: number[];
  futility: number[];
}

/** What the app's interim panel draws: bounds per look, expected n against n, stopping chances at the chosen n. */
export interface InterimSummary {
  looks: InterimLook[];
  /** Whether the futility rule is binding (null without one). */
  futilityBinding: boolean | null;
  expectedN: { arm: string; points: { nPerArm: number; expectedNPerArm: number }[] }[];
  stopping: StoppingAtN[];
}

/**
 * The interim panel's numbers, from the engine's result only (bounds from result.interim, per-look chances and
 * expected n from the rows). The stopping chances are shown at the smallest grid n whose headline power reaches
 * the target (the largest n simulated when none does), per treatment arm. Null for a single-analysis design.
 * @example interimSummary(twoLookScenario, result)?.looks.map((l) => l.efficacyZ) // → result.interim.criticalZ
 */
export function interimSummary(s: ResolvedScenario, result: SimulationResult): InterimSummary | null {
  const b = result.interim;
  if (!s.interim || !b) return null;
  const f = s.interim.futility;
  const last = b.informationRates.length - 1;
  const looks = b.informationRates.map((rate, k): InterimLook => ({
    look: k + 1,
    rate,
    efficacyZ: Number.isFinite(b.criticalZ[k]) ? b.criticalZ[k] : null,
    nominalAlpha: b.nominalAlpha[k],
    futilityZ: f && k < last ? f.z : null,
  }));
  const rows = headlineRows(s, result.rows.filter((r) => r.sims > 0 && r.expectedNPerArm !== undefined));
  const arms = s.arms.slice(1).map((a) => a.label);
  const byArm = (arm: string) => rows.filter((r) => r.arm === arm).sort((x, y) => x.nPerArm - y.nPerArm);
  const expectedN = arms.map((arm) => ({ arm, points: byArm(arm).map((r) => ({ nPerArm: r.nPerArm, expectedNPerArm: r.expectedNPerArm as number })) }));
  const stopping = arms.flatMap((arm): StoppingAtN[] => {
    const own = byArm(arm);
    const r: ResultRow | undefined = own.find((x) => x.power >= s.design.targetPower) ?? own[own.length - 1];
    return r ? [{ arm, nPerArm: r.nPerArm, power: r.power, efficacy: r.stopEfficacy ?? [], futility: r.stopFutility ?? [] }] : [];
  });
  return { looks, futilityBinding: f ? f.binding : null, expectedN, stopping };
}
