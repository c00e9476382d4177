// The one-core trial-rate cases of `npm run bench` (n = 50 per arm), shared with rates.ts.
import { validateScenario } from '../core/scenario/validate.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';

/** A two-arm Welch scenario at n = 50 per arm, with `over` replacing whole top-level keys. */
export function benchScenario(over: Record<string, unknown>): ResolvedScenario {
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    arms: [
      { label: 'Control', mean: 0, sd: 1 },
      { label: 'Treatment', mean: 0.5, sd: 1 },
    ],
    analysis: { test: 'welch', alpha: 0.05, sides: 2 },
    design: { nPerArm: [50] },
    simulation: { sims: 1_000_000, seed: 'bench' },
    ...over,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

/** Case names the bench's ratios refer to. */
export const SHORTCUT = 'Welch, normal data (exact summary shortcut)';
export const FULL_DATA = 'Welch, normal data (full data)';
export const WALK = 'Welch, timed-walk model (full data)';
export const MANN_WHITNEY = 'Mann–Whitney, normal data';

const walk = {
  endpoint: { type: 'timed-walk' },
  arms: [
    { label: 'Saline', mean: -54.4, sd: 70.5 },
    { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
  ],
};

export interface RateCase {
  name: string;
  scenario: ResolvedScenario;
  /** Per-patient draws even where the summary shortcut applies. */
  fullData: boolean;
}

/** The cases whose name contains `only` (any case; all without it), in the bench's order. */
export function rateCases(only?: string): RateCase[] {
  const binary = { endpoint: { type: 'binary' }, arms: [{ label: 'C', rate: 0.3 }, { label: 'T', rate: 0.5 }] };
  const all: [string, Record<string, unknown>, boolean][] = [
    [SHORTCUT, {}, false],
    [FULL_DATA, {}, true],
    [WALK, walk, false],
    [MANN_WHITNEY, { analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 } }, false],
    ['Mann–Whitney, timed-walk model', { ...walk, analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 } }, false],
    ['ANCOVA, normal data', { endpoint: { type: 'continuous', baselineCorrelation: 0.5 }, analysis: { test: 'ancova', alpha: 0.05, sides: 2 } }, false],
    ['Fisher exact, binary', { ...binary, analysis: { test: 'fisher', alpha: 0.05, sides: 2 } }, false],
    ['Chi-square, binary', { ...binary, analysis: { test: 'chi-square', alpha: 0.05, sides: 2 } }, false],
  ];
  const wanted = only?.toLowerCase();
  return all
    .filter(([name]) => wanted === undefined || name.toLowerCase().includes(wanted))
    .map(([name, over, fullData]) => ({ name, scenario: benchScenario(over), fullData }));
}
