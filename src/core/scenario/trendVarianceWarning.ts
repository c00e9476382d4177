import { trendApplies } from '../sim/trendSetup.ts';
import type { ResolvedScenario } from './types.ts';
import { fmtDiff, significant } from '../report/numberText.ts';

/** SDs further apart than this make a pooled variance misleading (the threshold; see trendPerArmCalibration.test.ts). */
const MAX_SD_RATIO = 1.5;

/**
 * A warning in words when the MCP-Mod trend test pools the variance over arms whose SDs differ by more than 1.5-fold:
 * its rate under a flat dose-response is then not its level (about twice it on the shipped dose-finding SDs). Null
 * when the test is off, per-arm, or the SDs are close.
 * @example trendVarianceWarning(doseFindingT25fw) // → 'The trend test (MCP-Mod) pools the variance of arms whose SDs…'
 */
export function trendVarianceWarning(s: ResolvedScenario): string | null {
  if (s.trendTest.variance === 'per-arm' || !trendApplies(s)) return null;
  const sds = s.arms.map((a) => a.sd);
  let hi = 0;
  let lo = 0;
  sds.forEach((sd, i) => {
    if (sd > sds[hi]) hi = i;
    if (sd < sds[lo]) lo = i;
  });
  const ratio = sds[hi] / sds[lo];
  if (!(ratio > MAX_SD_RATIO)) return null;
  return (
    `The trend test (MCP-Mod) pools the variance of arms whose SDs differ ${fmtDiff(ratio, 1)}-fold ` +
    `(${s.arms[hi].label} ${significant(sds[hi], 3)}, ${s.arms[lo].label} ${significant(sds[lo], 3)}), so its chance of ` +
    'showing a dose-response that is not there is not its nominal level. Use each arm\'s own variance instead: ' +
    'trendTest.variance: "per-arm" (in the planner: Trend test, Variance, "Each arm\'s own").'
  );
}
