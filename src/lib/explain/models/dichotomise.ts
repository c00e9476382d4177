import type { DichotomiseParams, DichotomiseResult } from '../../../core/explain/dichotomise.ts';
import { TRIAL_FACTS } from '../../../core/trialFacts.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import type { Estimate } from '../../../core/explain/proportionSummary.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../inputs/fieldCheck.ts';
import { figureNotes, grid, num, percent, provenanceOf } from './say.ts';

export interface DichotomiseInputs {
  nPerArm: number;
  /** Visit-to-visit T25FW variation with no true change, %. */
  noisePct: number;
  /** Responder threshold, % improvement (a multiple of 5: the simulated grid). */
  threshold: number;
  test: 'chi-square' | 'fisher';
}

export const dichotomiseDefaults = (): DichotomiseInputs => ({
  nPerArm: TRIAL_FACTS.subgroupPerArm.value,
  noisePct: TRIAL_FACTS.visitNoisePct.value,
  threshold: TRIAL_FACTS.responderThreshold.value,
  test: 'chi-square',
});

export const THRESHOLDS = grid(0, 50, 5);

export function dichotomiseParams(i: DichotomiseInputs, seed: string): DichotomiseParams {
  return {
    seed,
    sims: 10_000,
    nPerArm: i.nPerArm,
    control: { mean: TRIAL_FACTS.t25fwSalineMean.value, sd: TRIAL_FACTS.t25fwSalineSd.value },
    treatment: { mean: TRIAL_FACTS.t25fwMscNpMean.value, sd: TRIAL_FACTS.t25fwMscNpSd.value },
    noisePct: i.noisePct,
    thresholds: THRESHOLDS,
    responderTest: i.test,
    alpha: TRIAL_FACTS.alpha.value,
  };
}

const at = (r: DichotomiseResult | null, t: number) => r?.responder.find((p) => p.threshold === t);

/** Inputs of section 3. */
export function checkDichotomise(raw: Raw<DichotomiseInputs>): FieldErrors {
  return checkNumbers(raw, {
    threshold: { label: 'Responder threshold', lo: THRESHOLDS[0], hi: THRESHOLDS[THRESHOLDS.length - 1], integer: true, unit: '%' },
    noisePct: { label: 'Visit-to-visit noise', lo: 0, hi: 30, unit: '%' },
    nPerArm: { label: 'Patients per arm', lo: 4, hi: 200, integer: true },
  });
}

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

export function dichotomiseChart(i: DichotomiseInputs, r: DichotomiseResult, seed: string): LineChartData {
  const flat = (e: { value: number }) => THRESHOLDS.map((x) => ({ x, y: e.value }));
  const p = at(r, i.threshold);
  return {
    title: `Power of three analyses of the same simulated T25FW data (${i.nPerArm} per arm, ${i.noisePct}% visit-to-visit noise)`,
    notes: figureNotes(
      `true % improvement ${num(TRIAL_FACTS.t25fwMscNpMean.value)} ± ${num(TRIAL_FACTS.t25fwMscNpSd.value)} (MSC-NP) and ${num(TRIAL_FACTS.t25fwSalineMean.value)} ± ${num(TRIAL_FACTS.t25fwSalineSd.value)} (saline), reported, log-normal time ratio; ${i.nPerArm} per arm (${provenanceOf(i.nPerArm, TRIAL_FACTS.subgroupPerArm.value, TRIAL_FACTS.subgroupPerArm.provenance)}); noise sd ${i.noisePct}% on the log time ratio (${provenanceOf(i.noisePct, TRIAL_FACTS.visitNoisePct.value, 'reported range')}); two-sided α = 0.05.`,
      r.welch.trials,
      seed,
    ),
    series: [
      { label: 'Welch t on % change', color: PALETTE[0], dots: false, points: flat(r.welch) },
      { label: 'Mann–Whitney', color: PALETTE[2], dots: false, points: flat(r.mannWhitney) },
      {
        label: `responders ≥ threshold (${i.test === 'fisher' ? 'Fisher' : 'chi-square'})`,
        color: PALETTE[1],
        points: r.responder.map((q) => ({ x: q.threshold, y: q.power.value, lo: q.power.lo, hi: q.power.hi })),
      },
    ],
    markers: [{ x: i.threshold, label: `≥ ${i.threshold}%`, color: '#6b7280', dashed: true }],
    highlights: p ? [{ x: p.threshold, y: p.power.value, color: PALETTE[1], label: percent(p.power.value) }] : [],
    xLabel: 'Responder threshold (% improvement in T25FW)',
    yLabel: 'Power',
    xFormat: 'integer',
    yFormat: 'percent',
  };
}
