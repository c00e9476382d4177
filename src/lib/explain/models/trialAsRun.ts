import type { NullDifferenceParams, NullDifferenceResult } from '../../../core/explain/nullDifference.ts';
import type { PowerByDifferenceParams, PowerByDifferenceResult } from '../../../core/explain/powerByDifference.ts';
import { TRIAL_FACTS } from '../../../core/trialFacts.ts';
import type { HistogramData, LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import { newcombeInterval } from '../../../core/explain/newcombe.ts';
import type { Estimate } from '../../../core/explain/proportionSummary.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../inputs/fieldCheck.ts';
import { crossing, figureNotes, grid, percent, points, provenanceOf } from './say.ts';

export interface TrialAsRunInputs {
  /** Observed EDSS Plus improvement rates, %. */
  salinePct: number;
  mscNpPct: number;
  test: 'chi-square' | 'fisher';
}

export const trialAsRunDefaults = (): TrialAsRunInputs => ({
  salinePct: TRIAL_FACTS.edssPlusSaline.value * 100,
  mscNpPct: TRIAL_FACTS.edssPlusMscNp.value * 100,
  test: 'chi-square',
});

const N0 = TRIAL_FACTS.analysedSaline.value;
const N1 = TRIAL_FACTS.analysedMscNp.value;
const TEST_NAME = { 'chi-square': 'chi-square test', fisher: "Fisher's exact test" } as const;

export function powerParams(i: TrialAsRunInputs, seed: string): PowerByDifferenceParams {
  const control = i.salinePct / 100;
  const differences = grid(-0.3, 0.4, 0.025).filter((d) => control + d >= 0 && control + d <= 1);
  return { seed, sims: 10_000, control, differences, nControl: N0, nTreatment: N1, test: i.test, alpha: TRIAL_FACTS.alpha.value };
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
    alpha: TRIAL_FACTS.alpha.value,
  };
}

/** Inputs of section 1 as typed: rates are percentages. */
export function checkTrialAsRun(raw: Raw<TrialAsRunInputs>): FieldErrors {
  return checkNumbers(raw, {
    salinePct: { label: 'Saline improved', lo: 0, hi: 100, unit: '%' },
    mscNpPct: { label: 'MSC-NP improved', lo: 0, hi: 100, unit: '%' },
  });
}

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

export function powerChart(i: TrialAsRunInputs, r: PowerByDifferenceResult, seed: string): LineChartData {
  const obs = (i.mscNpPct - i.salinePct) / 100;
  return {
    title: `Power of the seed trial's primary analysis (${N1} vs ${N0} analysed) by true difference in EDSS Plus improvement`,
    notes: figureNotes(`saline improvement rate ${percent(i.salinePct / 100)} (${provenanceOf(i.salinePct, TRIAL_FACTS.edssPlusSaline.value * 100, 'reported')}); ${N1} MSC-NP vs ${N0} saline analysed (reported); ${TEST_NAME[i.test]}, two-sided α = 0.05.`, r.points[0]?.power.trials ?? 0, seed),
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
