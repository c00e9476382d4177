import type { DichotomiseResult } from '../../explain/dichotomise.ts';
import type { Estimate } from '../../explain/proportionSummary.ts';
import type { DichotomiseInputs } from '../../explain/sections/dichotomise.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';
import { num, percent } from './say.ts';

/** Section 3 of the explanation page in words: every conclusion follows from the computed numbers. */

const at = (r: DichotomiseResult | null, t: number) => r?.responder.find((p) => p.threshold === t);

export function dichotomiseText(i: DichotomiseInputs, r: DichotomiseResult | null): string[] {
  const p = at(r, i.threshold);
  const noise =
    i.noisePct > 0
      ? `It also counts noise: the T25FW varies by about ${i.noisePct}% between visits with no true change, so ${percent(p?.noiseShare)} of the simulated "responders" at ${i.threshold}% crossed the line only because of measurement noise.`
      : 'With no visit-to-visit noise, every simulated responder truly improved by the threshold.';
  return [
    `Take the same simulated patients, ${i.nPerArm} per arm, with T25FW changes like the EDSS 6.0–6.5 subgroup's (${num(TRIAL_FACTS.t25fwMscNpMean.value)} ± ${num(TRIAL_FACTS.t25fwMscNpSd.value)}% on MSC-NP, ${num(TRIAL_FACTS.t25fwSalineMean.value)} ± ${num(TRIAL_FACTS.t25fwSalineSd.value)}% on saline), and analyse them three ways. Welch's t-test on the % change finds the difference ${percent(r?.welch.value)} of the time and the Mann–Whitney rank test ${percent(r?.mannWhitney.value)}; counting patients who improved by at least ${i.threshold}% finds it ${percent(p?.power.value)} of the time.`,
    `A responder split throws away how much each patient changed. ${noise} On saline, ${percent(p?.controlRate)} count as responders. ${splitVerdict(r, p?.power ?? null)}`,
  ];
}

/** The responder analysis against the better of the two analyses of the % change, judged with Monte Carlo intervals. */
export function splitVerdict(r: Pick<DichotomiseResult, 'welch' | 'mannWhitney'> | null, split: Estimate | null): string {
  if (r === null || split === null) return '';
  const [name, best] = r.mannWhitney.value > r.welch.value ? ['the Mann–Whitney test', r.mannWhitney] : ["Welch's t-test", r.welch];
  const vs = `(${percent(split.value)} against ${percent(best.value)})`;
  if (split.hi < best.lo) return `At this threshold the split finds the difference less often than ${name} ${vs}: dichotomising costs power.`;
  if (split.lo > best.hi) return `At this threshold the split finds it more often than ${name} ${vs}: with data this skewed, a threshold can beat the tests on the % change.`;
  return `At this threshold the split does about as well as ${name} ${vs}.`;
}
