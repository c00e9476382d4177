import type { DichotomiseParams, DichotomiseResult } from '../../../core/explain/dichotomise.ts';
import { SEED } from '../../../core/explain/seedFacts.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import { figureNotes, grid, num, percent } from './say.ts';

export interface DichotomiseInputs {
  nPerArm: number;
  /** Visit-to-visit T25FW variation with no true change, %. */
  noisePct: number;
  /** Responder threshold, % improvement (a multiple of 5: the simulated grid). */
  threshold: number;
  test: 'chi-square' | 'fisher';
}

export const dichotomiseDefaults = (): DichotomiseInputs => ({
  nPerArm: SEED.subgroupPerArm.value,
  noisePct: SEED.visitNoisePct.value,
  threshold: SEED.responderThreshold.value,
  test: 'chi-square',
});

export const THRESHOLDS = grid(0, 50, 5);

export function dichotomiseParams(i: DichotomiseInputs, seed: string): DichotomiseParams {
  return {
    seed,
    sims: 10_000,
    nPerArm: i.nPerArm,
    control: { mean: SEED.t25fwSalineMean.value, sd: SEED.t25fwSalineSd.value },
    treatment: { mean: SEED.t25fwMscNpMean.value, sd: SEED.t25fwMscNpSd.value },
    noisePct: i.noisePct,
    thresholds: THRESHOLDS,
    responderTest: i.test,
    alpha: SEED.alpha.value,
  };
}

const at = (r: DichotomiseResult | null, t: number) => r?.responder.find((p) => p.threshold === t);

export function dichotomiseText(i: DichotomiseInputs, r: DichotomiseResult | null): string[] {
  const p = at(r, i.threshold);
  return [
    `Take the same simulated patients, ${i.nPerArm} per arm, with T25FW changes like the EDSS 6.0–6.5 subgroup's (${num(SEED.t25fwMscNpMean.value)} ± ${num(SEED.t25fwMscNpSd.value)}% on MSC-NP, ${num(SEED.t25fwSalineMean.value)} ± ${num(SEED.t25fwSalineSd.value)}% on saline), and analyse them three ways. Welch's t-test on the % change finds the difference ${percent(r?.welch.value)} of the time and the Mann–Whitney rank test ${percent(r?.mannWhitney.value)}; counting patients who improved by at least ${i.threshold}% finds it ${percent(p?.power.value)} of the time.`,
    `A responder split throws away how much each patient changed. It also counts noise: the T25FW varies by about ${i.noisePct}% between visits with no true change, so ${percent(p?.noiseShare)} of the simulated "responders" at ${i.threshold}% crossed the line only because of measurement noise. On saline, ${percent(p?.controlRate)} count as responders.`,
  ];
}

export function dichotomiseChart(i: DichotomiseInputs, r: DichotomiseResult, seed: string): LineChartData {
  const flat = (e: { value: number }) => THRESHOLDS.map((x) => ({ x, y: e.value }));
  const p = at(r, i.threshold);
  return {
    title: `Power of three analyses of the same simulated T25FW data (${i.nPerArm} per arm, ${i.noisePct}% visit-to-visit noise)`,
    notes: figureNotes(
      `true % improvement ${num(SEED.t25fwMscNpMean.value)} ± ${num(SEED.t25fwMscNpSd.value)} (MSC-NP) and ${num(SEED.t25fwSalineMean.value)} ± ${num(SEED.t25fwSalineSd.value)} (saline), reported, log-normal time ratio; ${i.nPerArm} per arm (inferred); noise sd ${i.noisePct}% on the log time ratio (reported range); two-sided α = 0.05.`,
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
