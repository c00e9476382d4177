import type { ResolvedScenario } from '../scenario/types.ts';
import { headlineMeasure } from './headlinePower.ts';
import type { AssumptionSummary, Unanalysable } from './assumptionSummary.ts';
import { count, fmtDiff, pct, pctFixed } from './numberText.ts';

/** The assumed dose-response model in words (empty without one). */
export function doseModelSentence(s: ResolvedScenario): string {
  const dr = s.doseResponse;
  if (!dr) return '';
  const shape =
    dr.model === 'emax' ? `Emax, ED50 ${dr.ed50}, Hill ${dr.hill}` : dr.model === 'log-linear' ? `log-linear, offset ${dr.offset}` : dr.delta !== undefined ? `${dr.model}, δ ${dr.delta}` : dr.model;
  // A binary endpoint's reference effect is a difference of rates: in percentage points, as every rate difference is written.
  const effect = (e: number) => (s.endpoint.type === 'binary' ? `${fmtDiff(100 * e, 2)} percentage points` : fmtDiff(e));
  const anchor = dr.reference ? `, effect ${effect(dr.reference.effect)} at dose ${dr.reference.dose}` : '';
  return `Dose-response (assumed): ${shape}${anchor}; doses ${dr.doses.join(', ')}${dr.unit ? ` ${dr.unit}` : ''}.`;
}

/** The design prior in words (empty without one). */
export function priorSentence(s: ResolvedScenario, unit: string): string {
  const p = s.effectPrior;
  if (!p) return '';
  const scale = s.endpoint.type === 'binary' ? 100 : 1;
  const power = headlineMeasure(s).benefit ? 'the power to show benefit' : 'power';
  return (
    `Assurance averages ${power} over a normal design prior on the true difference, centred on the planned difference with SD ${fmtDiff(scale * p.sd, 2)}${unit ? ` ${unit}` : ''}` +
    `${s.doseResponse && s.doseResponse.model !== 'explicit' ? ' (on the reference dose; every dose moves along the model)' : ''}.`
  );
}

export const CAUTION =
  'Caution: the given values come from a small exploratory subgroup, so the unshrunk effect planned on is probably inflated (the winner\'s curse); ' +
  'a shrunk effect, a lower confidence bound or assurance under a design prior is more realistic.';

/** A share that can be tiny but is never 0 when stated: 0.00001 → "under 0.01%". */
const smallShare = (p: number): string => (p < 0.0001 ? 'under 0.01%' : pctFixed(p, 2));

/** The share of trials that could not be analysed, in words. */
export function unanalysableSentence(u: Unanalysable): string {
  return (
    `${count(u.trials)} of ${count(u.total)} simulated trials (${smallShare(u.trials / u.total)}; at most ${smallShare(u.worstShare)}, at ${count(u.worstN)} per arm) ` +
    'could not be analysed (for example an arm without variation) and count as not significant.'
  );
}

/** With several treatment arms: when at least one reaches significance (in the headline measure). */
export function anyArmSentence(m: AssumptionSummary): string {
  const a = m.anyArm;
  if (!a) return '';
  const k = m.scenario.arms.length - 1;
  const what = `The chance that at least one of the ${k} treatment arms is significant${m.measure.benefit ? ' in favour of treatment' : ''}`;
  const at = `${pctFixed(a.value.anyPower)} (Monte Carlo SE ${pctFixed(a.value.anyMcse, 2)})`;
  return a.reached
    ? `${what} first reaches the ${pct(m.scenario.design.targetPower)} target at ${count(a.nPerArm)} per arm: ${at}.`
    : `${what} does not reach the ${pct(m.scenario.design.targetPower)} target within the simulated range; the highest is ${at} at ${count(a.nPerArm)} per arm.`;
}

/** How the trend test treats the arms' variances, in words (binary and responder: generalised MCP-Mod on log-odds). */
function trendScale(m: AssumptionSummary, variance: string): string {
  const type = m.scenario.endpoint.type;
  if (type === 'binary' || type === 'responder') return "on the log-odds of response, each arm's estimated variance";
  return variance === 'per-arm' ? "each arm's own variance" : 'pooled variance';
}

/** The MCP-Mod trend test's results in words (empty without one). */
export function trendSentence(m: AssumptionSummary): string {
  const t = m.trend;
  if (!t) return '';
  const v = t.value;
  const lead = `The MCP-Mod trend test (${t.candidates} candidate shape${t.candidates === 1 ? '' : 's'}, one-sided α = ${fmtDiff(t.alpha, 4)}, ${trendScale(m, t.variance)}) shows a dose-response in ${pctFixed(v.significant)} of trials (Monte Carlo SE ${pctFixed(v.significantMcse, 2)}) at ${count(t.nPerArm)} per arm`;
  const where = t.reached ? `, the first simulated n reaching ${pct(m.scenario.design.targetPower)}` : `, the highest within the simulated range (the ${pct(m.scenario.design.targetPower)} target is not reached)`;
  const med = v.medSelected !== null && v.trueMedArm ? ` and the minimum effective dose (${v.trueMedArm}) in ${pctFixed(v.medSelected)}` : '';
  return `${lead}${where}; it then picks the truly best dose (${v.trueBestArm}) in ${pctFixed(v.bestDoseSelected)}${med}.`;
}
