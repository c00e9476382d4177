import { count, pctFixed } from '../report/numberText.ts';
import { plannedDirection } from '../effects/plannedDirection.ts';
import { closedFormReasons } from '../report/closedFormCheck.ts';
import { noTargetReason } from '../report/noTargetReason.ts';
import { headlineIsBenefit } from '../results/headlineRows.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { allowedN } from './allowedN.ts';
import { closedFormN } from './closedFormN.ts';
import { crossing } from './crossing.ts';
import { smallestLookN } from './smallestLookN.ts';
import { simulatedPower, type ArmCounts, type SolveOn } from './simulatedPower.ts';

/** Monte Carlo SEs around the target within which two n are not told apart. */
export const TELL_APART_MCSE = 2;

/** One treatment arm's solved sample size (control arm, before dropout). */
export interface ArmSolution {
  arm: string;
  /** Smallest n whose simulated power (or assurance) is ≥ the target, with the one at n − 1 below it; null if unreachable. */
  nPerArm: number | null;
  power: number | null;
  mcse: number | null;
  /** The simulated value at n − 1 (null at the smallest allowed n). */
  powerBelow: number | null;
  /** The closed form's answer (the search's starting point), when the scenario has one. */
  closedForm: { nPerArm: number; power: number; method: string } | null;
  /** The n whose simulated value lies within TELL_APART_MCSE MCSEs of the target: not told apart within the trials run. */
  indistinguishable: { from: number; to: number | null } | null;
  /** True when n − 1 is more than TELL_APART_MCSE MCSEs below the target and n as far above it. */
  resolved: boolean;
  /** The answer in words: what was simulated, whether it is resolved, and the closed form beside it. */
  note: string;
  /** The closed form beside the answer, and why they differ (the last sentence of `note`). */
  closedFormNote: string;
}

export interface SolveNResult {
  target: number;
  on: SolveOn;
  /** The result field solved on: power, powerBenefit (two-sided tests), assurance or assuranceBenefit. */
  quantity: string;
  sims: number;
  /** Per treatment arm; `solution` is the largest reachable one (null if no arm reaches the target). */
  solutions: ArmSolution[];
  solution: ArmSolution | null;
  warnings: string[];
}

/**
 * For each treatment arm, the smallest control-arm n whose simulated power (assurance) reaches `target`:
 * starts at the closed form's n, then confirms with simulations on common random numbers (simulatedPower.ts).
 * @example solveN(studentD05, 0.8).solution?.nPerArm // → 64 (±1)
 */
export function solveN(s: ResolvedScenario, target: number, on: SolveOn = 'power'): SolveNResult {
  const benefit = headlineIsBenefit(s);
  const quantity = (on === 'assurance' ? 'assurance' : 'power') + (benefit ? 'Benefit' : '');
  const hi = allowedN(s);
  // An interim design's looks need LIMITS.minN patients each: the search starts where they have them.
  const lo = smallestLookN(s, hi);
  const cache = new Map<number, ArmCounts>();
  const counts = (n: number) => {
    let c = cache.get(n);
    if (c === undefined) cache.set(n, (c = simulatedPower(s, n, on, 'n')));
    return c;
  };
  const M = s.simulation.sims;
  const se = Math.sqrt((target * (1 - target)) / M);
  const warnings: string[] = [];
  const direction = plannedDirection(s);
  const solutions = s.arms.slice(1).map((a, j): ArmSolution => {
    const none = { arm: a.label, nPerArm: null, power: null, mcse: null, powerBelow: null, closedForm: null, indistinguishable: null, resolved: false, closedFormNote: '' };
    // An effect that is zero or favours the control never reaches the target however large the trial: not searched.
    const reason = noTargetReason(s, j + 1, direction);
    if (reason) return { ...none, note: `${a.label}: ${reason}` };
    const f = (n: number) => counts(n).successes[j] / counts(n).trials;
    const cf = closedFormN(s, target, j + 1, lo, hi);
    const start = cf?.n ?? s.design.nPerArm[0];
    const n = crossing(f, target, start, lo, hi);
    const closedForm = cf && { nPerArm: cf.n, power: cf.power, method: cf.method };
    if (n === null) {
      warnings.push(`${a.label}: the simulated ${quantity} does not reach ${pctFixed(target)} at any n up to ${hi} per arm (the most this scenario allows; ${pctFixed(f(hi))} there): no sample size is given for this arm`);
      return { ...none, closedForm, note: warnings[warnings.length - 1] };
    }
    const p = f(n);
    const from = crossing(f, target - TELL_APART_MCSE * se, n, lo, hi) ?? n;
    const to = target + TELL_APART_MCSE * se < 1 ? crossing(f, target + TELL_APART_MCSE * se, n, lo, hi) : null;
    const resolved = from === n && to === n;
    const sol: ArmSolution = {
      arm: a.label,
      nPerArm: n,
      power: p,
      mcse: Math.sqrt((p * (1 - p)) / M),
      powerBelow: n > lo ? f(n - 1) : null,
      closedForm,
      indistinguishable: { from, to },
      resolved,
      note: '',
      closedFormNote: '',
    };
    sol.closedFormNote = closedFormNote(s, sol, j + 1);
    sol.note = noteFor(sol, quantity, target, M);
    return sol;
  });
  const reached = solutions.filter((x) => x.nPerArm !== null);
  const solution = reached.length ? reached.reduce((a, b) => ((b.nPerArm ?? 0) > (a.nPerArm ?? 0) ? b : a)) : null;
  return { target, on, quantity, sims: M, solutions, solution, warnings };
}

function noteFor(x: ArmSolution, quantity: string, target: number, M: number): string {
  const n = x.nPerArm as number;
  const what = quantity.endsWith('Benefit') ? `${quantity} (significant in the treatment's favour; the headline of a two-sided test)` : quantity;
  const below = x.powerBelow === null ? '' : ` and n = ${n - 1} gives ${pctFixed(x.powerBelow)}`;
  const head = `${x.arm}: n = ${n} per arm gives a simulated ${what} of ${pctFixed(x.power as number)} (MCSE ${pctFixed(x.mcse as number)})${below}, on the same ${count(M)} simulated trials at every n.`;
  const band = x.indistinguishable;
  const told = x.resolved
    ? ` n − 1 is more than ${TELL_APART_MCSE} Monte Carlo SEs below ${pctFixed(target)} and n as far above it, so the answer is resolved.`
    : ` Within ${count(M)} trials, n from ${band?.from} to ${band?.to ?? 'beyond'} cannot be told apart (their ${quantity} is within ${TELL_APART_MCSE} Monte Carlo SEs of ${pctFixed(target)}); more trials (--sims, simulation.sims) narrow this.`;
  return `${head}${told} ${x.closedFormNote}`;
}

function closedFormNote(s: ResolvedScenario, x: ArmSolution, armIndex: number): string {
  const cf = x.closedForm;
  const band = x.indistinguishable;
  if (cf === null) return 'There is no closed form to set beside it.';
  const inside = band !== null && cf.nPerArm >= band.from && (band.to === null || cf.nPerArm <= band.to);
  const reasons = closedFormReasons(s, armIndex, cf.method);
  const why = inside ? 'within Monte Carlo error of the simulated answer' : reasons.length ? `it differs because ${reasons.join('; and because ')}` : 'a gap that Monte Carlo error does not explain';
  return `The closed form (${cf.method}) gives n = ${cf.nPerArm}: ${why}.`;
}
