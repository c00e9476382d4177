import type { ResolvedScenario } from '../scenario/types.ts';
import type { AssumptionSummary } from './assumptionSummary.ts';
import { count, fmtDiff, pct, pctFixed, significant } from './numberText.ts';

const CHOICE: Record<string, string> = {
  aic: 'the significant candidate with the best AIC',
  average: 'AIC-weighted averaging over the significant candidates',
};

/**
 * The Mod step's chance of estimating the target dose (trendTest.estimate), in words, at the trend sentence's n;
 * empty without an estimate. Every number is the simulation's (TrendSummary's tdEstimated, its MCSE, TD̂ percentiles).
 */
export function targetDoseSentence(s: ResolvedScenario, m: AssumptionSummary): string {
  const e = s.trendTest.estimate;
  const t = m.trend;
  if (!e || !t || t.value.tdEstimated === undefined) return '';
  const v = t.value;
  const unit = s.doseResponse?.unit ? ` ${s.doseResponse.unit}` : '';
  const dose = (d: number) => `${significant(d, 3)}${unit}`;
  const how = CHOICE[e.model] ?? `the ${e.model} model`;
  const delta = fmtDiff(s.doseResponse?.relevantEffect ?? NaN, 2);
  // A binary endpoint's Mod step fits log-odds and reads the target dose on the rate scale (Δ a difference of rates).
  const rates = s.endpoint.type === 'binary';
  const fits = rates ? `${how} to the arms' log-odds (generalised least squares${e.model === 'aic' || e.model === 'average' ? ', generalised AIC' : ''})` : how;
  const reach = rates ? `response rate improves on placebo's by ${delta}` : `effect over placebo reaches ${delta}`;
  const lead = `After a significant trend test the Mod step fits ${fits} and reads off the target dose, the smallest dose whose ${reach}`;
  if (v.tdEstimated === null || v.tdEstimated === undefined || !v.trueTargetDose) {
    return `${lead}; the planned dose-response never reaches ${delta} within the planned doses, so there is no true target dose to estimate.`;
  }
  const q = v.tdQuantiles;
  const spread = q
    ? ` The estimate exists in ${pctFixed(q.share)} of trials, with median ${dose(q.p50)} (10th–90th percentiles ${dose(q.p10)}–${dose(q.p90)}).`
    : '';
  return (
    `${lead}: at ${count(t.nPerArm)} per arm the chance of estimating it within ±${pct(e.tolerance)} of the true ${dose(v.trueTargetDose)} ` +
    `is ${pctFixed(v.tdEstimated)} (Monte Carlo SE ${pctFixed(v.tdEstimatedMcse ?? NaN, 2)}).${spread}`
  );
}
