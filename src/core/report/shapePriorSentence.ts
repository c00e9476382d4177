import { topDoseArm } from '../effects/shapePrior.ts';
import { effectPlan } from '../effects/effectPlan.ts';
import { shapeLabel } from '../mcpmod/shapeLabel.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { AssumptionSummary } from './assumptionSummary.ts';
import { count, fmtDiff, pct, pctFixed } from './numberText.ts';

/** The shape prior's weights in words, e.g. "Emax (ED50 5) 40%, linear 60%"; empty without one. */
export function shapeWeightsText(s: ResolvedScenario): string {
  const w = s.trendTest.shapePrior;
  return w ? s.trendTest.candidates.map((c, m) => `${shapeLabel(c)} ${pct(w[m])}`).join(', ') : '';
}

/**
 * The shape prior in words with its weights and anchor, e.g. "a prior over the true dose-response shape (Emax (ED50 5)
 * 40%, linear 60%), every shape anchored to the planned effect at the top dose (0.5 at 20)"; on a binary endpoint the
 * shapes hold for the response rates and the anchor is a difference of rates in percentage points; on a responder
 * endpoint they hold for the outcome behind the threshold. Empty without a prior.
 */
export function shapePriorText(s: ResolvedScenario): string {
  const shapes = shapeWeightsText(s);
  if (!shapes) return '';
  const top = topDoseArm(s);
  const unit = s.doseResponse?.unit ? ` ${s.doseResponse.unit}` : '';
  const d = effectPlan(s).planned[top];
  const at = `at the top dose (${s.endpoint.type === 'binary' ? `${fmtDiff(100 * d, 2)} percentage points` : fmtDiff(d, 2)} at ${s.arms[top].dose}${unit})`;
  const anchor =
    s.endpoint.type === 'binary'
      ? `the response rates following each shape on the probability scale, anchored to the planned difference in response rates ${at}`
      : s.endpoint.type === 'responder'
        ? `every shape anchored to the planned effect on the outcome behind the responder threshold ${at}`
        : `every shape anchored to the planned effect ${at}`;
  return `a prior over the true dose-response shape (${shapes}), ${anchor}`;
}

/**
 * The trend test averaged over the shape prior (and any effect prior), at the trend sentence's n, with each shape's
 * own chance; empty without a shape prior or before its trials have run. Every number is the simulation's.
 */
export function shapePriorSentence(s: ResolvedScenario, m: AssumptionSummary): string {
  const a = m.trend?.value.shapeAssurance;
  if (!s.trendTest.shapePrior || !a || !(a.sims > 0)) return '';
  const over = `Averaged over ${shapePriorText(s)}${s.effectPrior ? ' and over the design prior' : ''}`;
  const td =
    a.tdEstimated !== null && s.trendTest.estimate
      ? `, and estimates each trial's own target dose within ±${pct(s.trendTest.estimate.tolerance)} in ${pctFixed(a.tdEstimated)} (Monte Carlo SE ${pctFixed(a.tdEstimatedMcse ?? NaN, 2)})`
      : '';
  const each = a.byShape
    .filter((b) => b.weight > 0)
    .map((b) => `${b.shape} ${pctFixed(b.significant)}`)
    .join(', ');
  return (
    `${over}, the trend test shows a dose-response in ${pctFixed(a.significant)} of trials (Monte Carlo SE ${pctFixed(a.significantMcse, 2)}) at ${count(m.trend!.nPerArm)} per arm${td}. ` +
    `By true shape: ${each}.`
  );
}
