import type { ResolvedScenario } from './types.ts';
import { fixed } from '../report/numberText.ts';

/** Largest-to-smallest arm SD ratio beyond which a pooled-variance analysis is warned about. */
export const POOLED_SD_RATIO = 1.5;

/**
 * A warning in words when the scenario's analysis pools the variance over arms whose SDs differ by
 * more than 1.5×: Student's t (alone or with Dunnett, Holm, …) and ANCOVA assume one common
 * variance, and with unequal SDs (worst with unequal group sizes) their false-positive rate is not
 * alpha — the shipped dose study's Student–Dunnett rejected about 12% under no effect at a nominal 5%.
 * Null when the analysis does not pool, or the SDs are close enough.
 * @example pooledVarianceWarning(s) // → "Student's t pools the variance of all arms, but their SDs differ 3.1-fold …"
 */
export function pooledVarianceWarning(s: ResolvedScenario): string | null {
  const { test, multiplicity } = s.analysis;
  if (test !== 'student' && test !== 'ancova') return null;
  let lo = -1;
  let hi = -1;
  s.arms.forEach((a, j) => {
    const sd = a.sd;
    if (sd === undefined || !(sd > 0)) return;
    if (lo < 0 || sd < (s.arms[lo].sd as number)) lo = j;
    if (hi < 0 || sd > (s.arms[hi].sd as number)) hi = j;
  });
  if (lo < 0) return null;
  const min = s.arms[lo].sd as number;
  const max = s.arms[hi].sd as number;
  const ratio = max / min;
  if (!(ratio > POOLED_SD_RATIO)) return null;
  const spread = `the arms' SDs differ ${fixed(ratio, 1)}-fold (${min} in ${s.arms[lo].label}, ${max} in ${s.arms[hi].label})`;
  const consequence = 'so its false-positive rate is not alpha and the simulated power is not that of a valid test';
  if (test === 'ancova')
    return (
      `ANCOVA pools the residual variance of all arms, but ${spread}, ${consequence}. ` +
      `Welch's t-test (analysis.test "welch") allows each arm its own variance.`
    );
  const dunnett = multiplicity === 'dunnett' || multiplicity === 'dunnett-stepdown';
  return (
    `Student's t pools the variance of all arms, but ${spread}, ${consequence}. ` +
    (dunnett
      ? `Use Welch's t-test (analysis.test "welch"): with ${multiplicity} it becomes the Hasler–Hothorn procedure for unequal variances.`
      : `Use Welch's t-test (analysis.test "welch"), which allows each arm its own variance.`)
  );
}
