import type { ResolvedScenario } from '../../core/scenario/types.ts';

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/**
 * The scenario with arm values rounded for sentences and figure notes: means filled in from a dose-response
 * model carry floating-point noise (−25.349999999999998). For display only; never simulate it.
 */
export function displayScenario(s: ResolvedScenario): ResolvedScenario {
  // A binary arm's mean is its rate, shown to 4 digits.
  const digits = s.endpoint.type === 'binary' ? 4 : 2;
  const arms = s.arms.map((a) => ({ ...a, mean: round(a.mean, digits), sd: round(a.sd, 3), ...(a.rate === undefined ? {} : { rate: round(a.rate, 4) }) }));
  return { ...s, arms };
}
