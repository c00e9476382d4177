import { crossing } from '../../explain/crossing.ts';
import { newcombeInterval } from '../../explain/newcombe.ts';
import type { NullDifferenceResult } from '../../explain/nullDifference.ts';
import type { PowerByDifferenceResult } from '../../explain/powerByDifference.ts';
import type { Estimate } from '../../explain/proportionSummary.ts';
import type { TrialAsRunInputs } from '../../explain/sections/trialAsRun.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';
import { percent, points } from './say.ts';

/** Section 1 of the explanation page in words: every conclusion follows from the computed numbers. */

const N0 = TRIAL_FACTS.analysedSaline.value;
const N1 = TRIAL_FACTS.analysedMscNp.value;
export const TEST_NAME = { 'chi-square': 'chi-square test', fisher: "Fisher's exact test" } as const;

export function trialAsRunText(i: TrialAsRunInputs, power: PowerByDifferenceResult | null, nul: NullDifferenceResult | null): string[] {
  const obs = (i.mscNpPct - i.salinePct) / 100;
  return [
    `The trial randomised ${TRIAL_FACTS.randomisedPerArm.value} patients per arm and analysed ${N1} on MSC-NP and ${N0} on saline. EDSS Plus improved in ${percent(i.mscNpPct / 100)} on MSC-NP and ${percent(i.salinePct / 100)} on saline: a difference of ${points(obs)}.`,
    powerSentence(i, power),
    `If MSC-NP did nothing, chance alone spreads the observed difference with a standard deviation of ${points(nul?.sd ?? NaN, 1).replace(/^\+/, '')}, and a difference at least as large as ${points(obs)} (either way) turns up in ${percent(nul?.asExtreme.value)} of such trials. ${noiseVerdict(i, nul?.asExtreme ?? null)} ${intervalSentence(i)}`,
  ];
}

/** Power at +10 and +20 points (those the saline rate leaves room for) and the difference 80% power needs. */
function powerSentence(i: TrialAsRunInputs, power: PowerByDifferenceResult | null): string {
  const at = (d: number) => power?.points.find((p) => Math.abs(p.difference - d) < 1e-9)?.power.value;
  const room = [0.1, 0.2].filter((d) => i.salinePct / 100 + d <= 1 + 1e-9);
  if (room.length === 0) return `Saline already improved in ${percent(i.salinePct / 100)}, so MSC-NP could add at most ${points(1 - i.salinePct / 100)}: no trial can show much of a benefit on this scale.`;
  const [first, second] = room.map((d) => percent(at(d)));
  const curve = (power?.points ?? []).filter((p) => p.difference >= 0).map((p) => ({ x: p.difference, y: p.power.value }));
  const needed = crossing(curve, 0.8);
  const top = curve.length > 0 ? curve[curve.length - 1].x : NaN;
  const need = power === null ? '…' : needed === null ? `more than ${points(top).replace(/^\+/, '')} (none on the simulated grid reaches it)` : `about ${points(needed)}`;
  return `Had MSC-NP truly added 10 points to the improvement rate, a trial this size would have found it (${TEST_NAME[i.test]}, p < 0.05) ${first} of the time${second ? `; 20 points, ${second}` : ''}. Reaching 80% power needed a true difference of ${need}.`;
}

/**
 * What the simulated two-sided p-value (share of null trials at least as far from zero) says,
 * judged against α with its Monte Carlo interval, so the wording never outruns the simulation.
 */
export function noiseVerdict(i: TrialAsRunInputs, p: Estimate | null): string {
  if (p === null || !Number.isFinite(p.value)) return '…';
  const alpha = TRIAL_FACTS.alpha.value;
  const result = `A ${percent(i.mscNpPct / 100)}-vs-${percent(i.salinePct / 100)} result`;
  const favours = i.mscNpPct >= i.salinePct ? 'MSC-NP' : 'saline';
  const oneIn = (v: number) =>
    v >= 0.5 ? 'in most trials' : v > 0 ? `in about 1 trial in ${Math.round(1 / v).toLocaleString('en-US')}` : `in fewer than 1 trial in ${p.trials.toLocaleString('en-US')}`;
  if (p.hi < alpha) return `${result} is unlikely to be noise alone: chance gives one this far from zero ${oneIn(p.value)}, below the 5% level, so it points to a real difference in favour of ${favours}.`;
  if (p.lo <= alpha) return `${result} sits on the 5% line: within the simulation's error (${percent(p.lo)} to ${percent(p.hi)}) it cannot be told from the test's threshold.`;
  if (p.value >= ORDINARY) return `${result} is ordinary noise: chance alone gives one at least this far from zero ${oneIn(p.value)}.`;
  return `${result} is not rare enough to rule out noise at the 5% level (chance gives one ${oneIn(p.value)}): at most weak evidence of a difference in favour of ${favours}.`;
}

/** A simulated p-value at least this large is called ordinary noise (1 trial in 5 or more often). */
export const ORDINARY = 0.2;

/** Newcombe's 95% interval for the difference, and what it can rule out. */
export function intervalSentence(i: TrialAsRunInputs): string {
  const [lo, hi] = newcombeInterval(i.mscNpPct / 100, N1, i.salinePct / 100, N0);
  const range = `The 95% confidence interval for the true difference (Newcombe's score method) runs from ${points(lo)} to ${points(hi)}`;
  if (lo > 0) return `${range}: it excludes zero, so the data favour MSC-NP.`;
  if (hi < 0) return `${range}: it excludes zero, so the data favour saline.`;
  return `${range}: it includes zero (no difference)${hi >= 0.1 ? `, and also benefits as large as ${points(hi)}, so the trial could rule out neither` : ''}.`;
}
