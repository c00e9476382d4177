import type { NullDifferenceParams, NullDifferenceResult } from '../../../core/explain/nullDifference.ts';
import type { PowerByDifferenceParams, PowerByDifferenceResult } from '../../../core/explain/powerByDifference.ts';
import { SEED } from '../../../core/explain/seedFacts.ts';
import type { HistogramData, LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import { crossing, figureNotes, grid, percent, points } from './say.ts';

export interface TrialAsRunInputs {
  /** Observed EDSS Plus improvement rates, %. */
  salinePct: number;
  mscNpPct: number;
  test: 'chi-square' | 'fisher';
}

export const trialAsRunDefaults = (): TrialAsRunInputs => ({
  salinePct: SEED.edssPlusSaline.value * 100,
  mscNpPct: SEED.edssPlusMscNp.value * 100,
  test: 'chi-square',
});

const N0 = SEED.analysedSaline.value;
const N1 = SEED.analysedMscNp.value;
const TEST_NAME = { 'chi-square': 'chi-square test', fisher: "Fisher's exact test" } as const;

export function powerParams(i: TrialAsRunInputs, seed: string): PowerByDifferenceParams {
  const control = i.salinePct / 100;
  const differences = grid(-0.3, 0.4, 0.025).filter((d) => control + d >= 0 && control + d <= 1);
  return { seed, sims: 10_000, control, differences, nControl: N0, nTreatment: N1, test: i.test, alpha: SEED.alpha.value };
}

export function nullParams(i: TrialAsRunInputs, seed: string): NullDifferenceParams {
  // Bins one responder wide in the smaller arm, centred on multiples of it: the difference lives on the
  // lattice a/n₁ − b/n₀, and narrower or offset bins alias into a comb.
  const width = 1 / Math.min(N0, N1);
  const half = Math.ceil(0.6 / width);
  const rate = (N0 * i.salinePct + N1 * i.mscNpPct) / 100 / (N0 + N1);
  return {
    seed,
    sims: 100_000,
    rate,
    nControl: N0,
    nTreatment: N1,
    observed: (i.mscNpPct - i.salinePct) / 100,
    bins: { lo: -(half + 0.5) * width, width, count: 2 * half + 1 },
    test: i.test,
    alpha: SEED.alpha.value,
  };
}

export function trialAsRunText(i: TrialAsRunInputs, power: PowerByDifferenceResult | null, nul: NullDifferenceResult | null): string[] {
  const at = (d: number) => power?.points.find((p) => Math.abs(p.difference - d) < 1e-9)?.power.value;
  const curve = (power?.points ?? []).filter((p) => p.difference >= 0).map((p) => ({ x: p.difference, y: p.power.value }));
  const needed = crossing(curve, 0.8);
  const obs = (i.mscNpPct - i.salinePct) / 100;
  return [
    `The trial randomised ${SEED.randomisedPerArm.value} patients per arm and analysed ${N1} on MSC-NP and ${N0} on saline. EDSS Plus improved in ${percent(i.mscNpPct / 100)} on MSC-NP and ${percent(i.salinePct / 100)} on saline: a difference of ${points(obs)}.`,
    `Had MSC-NP truly added 10 points to the improvement rate, a trial this size would have found it (${TEST_NAME[i.test]}, p < 0.05) ${percent(at(0.1))} of the time; 20 points, ${percent(at(0.2))}. Reaching 80% power needed a true difference of ${needed === null ? 'more than 40 points' : `about ${points(needed)}`}.`,
    `If MSC-NP did nothing, chance alone spreads the observed difference with a standard deviation of ${points(nul?.sd ?? NaN, 1).replace(/^\+/, '')}, and a difference at least as large as ${points(obs)} (either way) turns up in ${percent(nul?.asExtreme.value)} of such trials. A ${percent(i.mscNpPct / 100)}-vs-${percent(i.salinePct / 100)} result is ordinary noise.`,
  ];
}

export function powerChart(i: TrialAsRunInputs, r: PowerByDifferenceResult, seed: string): LineChartData {
  const obs = (i.mscNpPct - i.salinePct) / 100;
  return {
    title: `Power of the seed trial's primary analysis (${N1} vs ${N0} analysed) by true difference in EDSS Plus improvement`,
    notes: figureNotes(`saline improvement rate ${percent(i.salinePct / 100)} (reported); ${N1} MSC-NP vs ${N0} saline analysed (reported); ${TEST_NAME[i.test]}, two-sided α = 0.05.`, r.points[0]?.power.trials ?? 0, seed),
    series: [
      { label: 'simulated power ± 95% MC band', color: PALETTE[0], points: r.points.map((p) => ({ x: p.difference, y: p.power.value, lo: p.power.lo, hi: p.power.hi })) },
      { label: 'exact (enumeration)', color: PALETTE[0], dashed: true, points: r.points.map((p) => ({ x: p.difference, y: p.exact })) },
    ],
    markers: [{ x: obs, label: `observed ${points(obs)}`, color: PALETTE[1] }],
    highlights: [],
    xLabel: 'True difference, MSC-NP − saline (percentage points)',
    yLabel: 'Power',
    xFormat: 'points',
    yFormat: 'percent',
  };
}

export function nullChart(i: TrialAsRunInputs, p: NullDifferenceParams, r: NullDifferenceResult, seed: string): HistogramData {
  return {
    title: `Observed difference in EDSS Plus improvement when MSC-NP does nothing (${N1} vs ${N0} analysed)`,
    notes: figureNotes(`both arms improve at ${percent(p.rate)}, the pooled observed rate (derived); ${N1} vs ${N0} analysed (reported).`, r.trials, seed),
    lo: p.bins.lo,
    width: p.bins.width,
    counts: r.counts,
    highlighted: r.extremeCounts,
    base: { kind: 'box', label: 'all null trials', color: '#9fb6cd' },
    highlight: { kind: 'box', label: `at least as far from 0 as ${points(p.observed)}`, color: PALETTE[1] },
    markers: [{ x: p.observed, label: `observed ${points(p.observed)}`, color: '#7a3b00' }],
    xLabel: 'Observed difference, MSC-NP − saline (percentage points)',
    xFormat: 'points',
  };
}
