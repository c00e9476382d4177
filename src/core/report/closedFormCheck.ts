import { armModels } from '../endpoints/armModel.ts';
import type { ResultRow } from '../results/types.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { listJoin } from './formatReport.ts';
import { fixed, fmtDiff, pctFixed } from './numberText.ts';

/** Monte Carlo SEs beyond which the closed form is said to differ from the simulation (two-sided 0.3%). */
export const DIFFERS_AT_MCSE = 3;

/** The closed form beside the simulated value at one row, and, when they differ, the computed reasons. */
export interface ClosedFormCheck {
  value: number;
  method: string;
  simulated: number;
  /** Simulated − closed form, as a proportion. */
  difference: number;
  /** The difference in Monte Carlo standard errors. */
  z: number;
  differs: boolean;
  /** Why the simulation can differ, each from this scenario's numbers; empty when nothing known applies. */
  reasons: string[];
}

/**
 * Skewness of each arm's simulated % improvement on a timed walk (null for other endpoints). The change is
 * log-normal: e^D has skewness (e^{σ²} + 2)·√(e^{σ²} − 1); a time improvement 100·(1 − e^D) flips its sign.
 */
export function armSkewness(s: ResolvedScenario): number[] | null {
  if (s.endpoint.type !== 'timed-walk') return null;
  return armModels(s).map((m) => {
    if (m.kind !== 'log-change') return 0;
    const w = Math.exp(m.sdD * m.sdD);
    const g = (w + 2) * Math.sqrt(w - 1);
    return m.measure === 'distance' ? g : -g;
  });
}

function reasonsFor(s: ResolvedScenario, row: ResultRow, method: string, undefinedTrials: number): string[] {
  return closedFormReasons(s, row.armIndex, method, undefinedTrials);
}

/** Why a simulation of treatment arm `armIndex` can differ from its closed form (`method`), from the scenario's numbers. */
export function closedFormReasons(s: ResolvedScenario, armIndex: number, method: string, undefinedTrials = 0): string[] {
  const row = { armIndex };
  const out: string[] = [];
  const skew = armSkewness(s);
  if (skew && s.analysis.test !== 'mann-whitney') {
    const arms = [0, row.armIndex].map((i) => `${fmtDiff(skew[i])} in ${s.arms[i].label}`);
    out.push(`the simulated % improvement is skewed (skewness ${listJoin(arms)}) where the closed form assumes normal data`);
  }
  const drop = (i: number) => s.arms[i].dropout;
  if (/approximation/.test(method) && !skew) out.push('the closed form is itself an approximation');
  if (undefinedTrials > 0) out.push(`${undefinedTrials} simulated trials at this n could not be analysed and count as not significant`);
  if (drop(0) > 0 || drop(row.armIndex) > 0) out.push('the closed form uses the expected number of completers where each simulated trial draws its own');
  return out;
}

/**
 * Compares a row's closed form with its simulated value (null without a closed form). `differs` when they
 * are more than DIFFERS_AT_MCSE Monte Carlo SEs apart (the SE floored at one trial's worth, so a simulated
 * 100% is not infinitely precise).
 */
export function closedFormCheck(s: ResolvedScenario, row: ResultRow, undefinedTrials = 0): ClosedFormCheck | null {
  if (row.analyticPower === null || !Number.isFinite(row.analyticPower) || row.sims <= 0) return null;
  const method = row.analyticMethod ?? 'closed form';
  const p = Math.min(1 - 0.5 / row.sims, Math.max(0.5 / row.sims, row.power));
  const se = Math.sqrt((p * (1 - p)) / row.sims);
  const difference = row.power - row.analyticPower;
  const z = difference / se;
  const differs = Math.abs(z) > DIFFERS_AT_MCSE;
  return { value: row.analyticPower, method, simulated: row.power, difference, z, differs, reasons: differs ? reasonsFor(s, row, method, undefinedTrials) : [] };
}

/**
 * The check in words: agreement within Monte Carlo error, or the size of the gap and why.
 * @example closedFormSentence(check) // → "The closed form (noncentral t …) gives 74.2% there, 7.6 points below the simulation (19.5 Monte Carlo SEs): the simulated % improvement is skewed …"
 */
export function closedFormSentence(c: ClosedFormCheck): string {
  const lead = `The closed form (${c.method}) gives ${pctFixed(c.value)} there`;
  if (!c.differs) return `${lead}, within Monte Carlo error of the simulation.`;
  const gap = `${fixed(Math.abs(c.difference) * 100, 1)} points ${c.difference > 0 ? 'below' : 'above'} the simulation (${fixed(Math.abs(c.z), 1)} Monte Carlo SEs)`;
  const why = c.reasons.length > 0 ? `; it differs because ${c.reasons.join('; and because ')}` : ', a gap that Monte Carlo error does not explain';
  return `${lead}, ${gap}${why}.`;
}
