import type { ResolvedScenario } from '../scenario/types.ts';

/**
 * Whether some patients can be unable to walk at follow-up: an arm's lossOfAmbulation above 0 or a
 * time cap, with the strategy that says how they are analysed (validation requires one with either).
 * Without them a strategy changes nothing: every trial is today's trial, draw for draw.
 * @example lossApplies(seedT25fw) // → false
 */
export function lossApplies(s: ResolvedScenario): boolean {
  if (s.analysis.intercurrent === undefined) return false;
  return s.arms.some((a) => a.lossOfAmbulation > 0) || timeCapOf(s) !== undefined;
}

/** The endpoint's time cap in seconds (a timed-walk time endpoint), if any. */
export function timeCapOf(s: ResolvedScenario): number | undefined {
  return s.endpoint.type === 'timed-walk' ? s.endpoint.timeCap : undefined;
}
