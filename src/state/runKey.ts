import type { ValidScenario } from '../core/scenario/types.ts';

/**
 * What decides a run's numbers. Names, descriptions, notes, provenance and the target power do not,
 * so editing them updates the text at once without simulating again.
 */
export function runKey(s: ValidScenario): string {
  const { label: _label, ...endpoint } = s.endpoint;
  return JSON.stringify({
    endpoint,
    arms: s.arms.map((a) => [a.label, a.mean, a.sd, a.rate, a.dropout]),
    analysis: s.analysis,
    design: { ...s.design, targetPower: 0 },
    simulation: s.simulation,
  });
}
