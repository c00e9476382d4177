import type { ValidScenario } from '../../core/scenario/types.ts';

const round = (v: number | undefined, digits: number) => (v === undefined ? undefined : Number(v.toFixed(digits)));

/**
 * The scenario with arm values rounded for sentences and figure notes: means filled in from a dose-response
 * model carry floating-point noise (−25.349999999999998). For display only; never simulate it.
 */
export function displayScenario(s: ValidScenario): ValidScenario {
  return { ...s, arms: s.arms.map((a) => ({ ...a, mean: round(a.mean, 2), sd: round(a.sd, 3), rate: round(a.rate, 4) })) };
}
