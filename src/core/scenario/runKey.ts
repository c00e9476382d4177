import type { ResolvedScenario } from './types.ts';

/**
 * What decides a run's numbers. Names, descriptions, notes, provenance, the target power and the
 * exploratory flag do not, so editing them updates the text at once without simulating again.
 * Every other field counts, including ones added to the format later.
 */
export function runKey(resolved: ResolvedScenario): string {
  // From the scenario as written, so a default added to the engine does not orphan saved results.
  const s = resolved.written;
  const { name: _n, description: _d, source: _s, exploratory: _x, ...rest } = s;
  const { label: _label, ...endpoint } = s.endpoint;
  return JSON.stringify({
    ...rest,
    endpoint,
    arms: s.arms.map(({ provenance: _p, note: _note, ...a }) => a),
    design: { ...s.design, targetPower: 0 },
  });
}
