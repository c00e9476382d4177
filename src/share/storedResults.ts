import type { ResultRow } from '../core/results/types.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import { runKey } from '../core/scenario/runKey.ts';
import { planPoints } from '../core/sim/plan.ts';

/** What a saved entry keeps of its last run: enough to draw its curves and state its n. */
export interface StoredResults {
  key: string;
  rows: StoredRow[];
}

export interface StoredRow {
  armIndex: number;
  nPerArm: number;
  sims: number;
  power: number;
  mcse: number;
  ci95: [number, number];
  powerBenefit: number;
  powerBenefitMcse: number;
  assurance: number | null;
  assuranceMcse: number | null;
  assuranceBenefit: number | null;
  assuranceBenefitMcse: number | null;
  assuranceSims: number;
  undefinedTrials: number;
}

/** The stored form of a finished run's rows, tied to the scenario's run key. */
export function storeResults(s: ResolvedScenario, rows: readonly ResultRow[]): StoredResults {
  return {
    key: runKey(s),
    rows: rows.map((r) => ({
      armIndex: r.armIndex,
      nPerArm: r.nPerArm,
      sims: r.sims,
      power: r.power,
      mcse: r.mcse,
      ci95: [r.ci95[0], r.ci95[1]],
      powerBenefit: r.powerBenefit,
      powerBenefitMcse: r.powerBenefitMcse,
      assurance: r.assurance,
      assuranceMcse: r.assuranceMcse,
      assuranceBenefit: r.assuranceBenefit,
      assuranceBenefitMcse: r.assuranceBenefitMcse,
      assuranceSims: r.assuranceSims,
      undefinedTrials: r.undefinedTrials,
    })),
  };
}

const prob = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const probOrNull = (v: unknown): v is number | null => v === null || prob(v);

/**
 * Reads untrusted stored results back as result rows for `s`, or a reason they cannot be used:
 * every number in range, arms and sample sizes those of the scenario, the run key unchanged.
 * @example readStoredResults({key: 'x', rows: []}, s) // → {ok: false, reason: 'they belong to an earlier version of this scenario'}
 */
export function readStoredResults(raw: unknown, s: ResolvedScenario): { ok: true; rows: ResultRow[] } | { ok: false; reason: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'they are not a results object' };
  const r = raw as { key?: unknown; rows?: unknown };
  if (r.key !== runKey(s)) return { ok: false, reason: 'they belong to an earlier version of this scenario' };
  if (!Array.isArray(r.rows) || r.rows.length === 0 || r.rows.length > 600) return { ok: false, reason: 'they hold no rows' };
  // The arms' sizes at each grid n, as the engine plans them.
  const grid = new Map(planPoints(s).map((p) => [p.nControl, p]));
  const rows: ResultRow[] = [];
  for (const x of r.rows as unknown[]) {
    const o = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
    const ci = o.ci95;
    const ok =
      Number.isInteger(o.armIndex) && (o.armIndex as number) >= 1 && (o.armIndex as number) < s.arms.length &&
      grid.has(o.nPerArm as number) && Number.isInteger(o.sims) && (o.sims as number) >= 0 && Number.isInteger(o.assuranceSims) &&
      prob(o.power) && prob(o.mcse) && Array.isArray(ci) && ci.length === 2 && prob(ci[0]) && prob(ci[1]) &&
      probOrNull(o.assurance) && probOrNull(o.assuranceMcse);
    if (!ok) return { ok: false, reason: 'a stored row is damaged' };
    // Saved before rows recorded the direction of significant results: the headline cannot be shown.
    if (!prob(o.powerBenefit) || !prob(o.powerBenefitMcse) || !probOrNull(o.assuranceBenefit) || !probOrNull(o.assuranceBenefitMcse))
      return { ok: false, reason: 'they were saved by an earlier version of Stride' };
    const arm = o.armIndex as number;
    const p = grid.get(o.nPerArm as number)!;
    rows.push({
      arm: s.arms[arm].label, armIndex: arm, nPerArm: p.nControl, nControl: p.nControl, nTreatment: p.nTreatment, nTotal: p.n.reduce((a, b) => a + b, 0),
      sims: o.sims as number, power: o.power as number, mcse: o.mcse as number, ci95: [ci[0], ci[1]], analyticPower: null, analyticMethod: null,
      powerBenefit: o.powerBenefit as number, powerBenefitMcse: o.powerBenefitMcse as number, analyticPowerBenefit: null,
      assurance: o.assurance as number | null, assuranceMcse: o.assuranceMcse as number | null, assuranceSims: o.assuranceSims as number,
      assuranceBenefit: o.assuranceBenefit as number | null, assuranceBenefitMcse: o.assuranceBenefitMcse as number | null,
      undefinedTrials: Number.isInteger(o.undefinedTrials) && (o.undefinedTrials as number) >= 0 ? (o.undefinedTrials as number) : 0,
    });
  }
  return { ok: true, rows };
}
