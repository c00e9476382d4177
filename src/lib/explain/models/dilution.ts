import type { DilutionParams, DilutionPoint } from '../../../core/explain/dilution.ts';
import { TRIAL_FACTS } from '../../../core/trialFacts.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import type { Estimate } from '../../../core/explain/proportionSummary.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../inputs/fieldCheck.ts';
import { figureNotes, grid, percent, points, provenanceOf } from './say.ts';
import type { TrialAsRunInputs } from './trialAsRun.ts';

export interface DilutionInputs {
  /** Share of analysed patients at EDSS 6.0–6.5, %. */
  sharePct: number;
  /** Extra improvement rate in those patients, percentage points. */
  benefitPts: number;
}

export const dilutionDefaults = (): DilutionInputs => ({ sharePct: TRIAL_FACTS.subgroupShare.value * 100, benefitPts: 25 });

export function dilutionParams(i: DilutionInputs, trial: TrialAsRunInputs, seed: string): DilutionParams {
  return {
    seed,
    sims: 10_000,
    control: trial.salinePct / 100,
    benefit: i.benefitPts / 100,
    shares: grid(0.05, 1, 0.05, [i.sharePct / 100]),
    nControl: TRIAL_FACTS.analysedSaline.value,
    nTreatment: TRIAL_FACTS.analysedMscNp.value,
    test: trial.test,
    alpha: TRIAL_FACTS.alpha.value,
  };
}

const near = (pts: readonly DilutionPoint[], share: number) => pts.find((p) => Math.abs(p.share - share) < 1e-9);

/** Inputs of section 2; the benefit must keep the treated rate within 100% of the saline rate above. */
export function checkDilution(raw: Raw<DilutionInputs>, trial: TrialAsRunInputs): FieldErrors {
  const e = checkNumbers(raw, {
    sharePct: { label: 'Patients at EDSS 6.0–6.5', lo: 5, hi: 100, unit: '%' },
    benefitPts: { label: 'Benefit in them', lo: 0, hi: 60, unit: ' points' },
  });
  const room = Math.round((100 - trial.salinePct) * 1e6) / 1e6;
  if (e.benefitPts === undefined && raw.benefitPts !== null && raw.benefitPts > room)
    e.benefitPts = `Benefit in them must be at most ${room} points: saline improves at ${trial.salinePct}% (section 1) and a rate cannot pass 100%, got ${raw.benefitPts} points`;
  return e;
}

export function dilutionText(i: DilutionInputs, pts: readonly DilutionPoint[] | null): string[] {
  const chosen = near(pts ?? [], i.sharePct / 100);
  const all = near(pts ?? [], 1);
  const share = i.sharePct / 100;
  const whole = share * (i.benefitPts / 100);
  const source = provenanceOf(i.sharePct, dilutionDefaults().sharePct, TRIAL_FACTS.subgroupShare.provenance) === 'assumed' ? 'your choice' : `${TRIAL_FACTS.subgroupShare.provenance} from the trial's stratification; change it below`;
  return [
    `Suppose only patients at EDSS 6.0–6.5 can benefit: about ${percent(share)} of those analysed (${source}). If MSC-NP adds ${points(i.benefitPts / 100)} to their improvement rate and nothing for the rest, the whole-trial difference is ${share < 1 ? 'only ' : ''}${points(whole, 1)}.`,
    `With ${TRIAL_FACTS.analysedMscNp.value} vs ${TRIAL_FACTS.analysedSaline.value} patients analysed, ${dilutionVerdict(i, all?.power ?? null, chosen?.power ?? null)}`,
  ];
}

/** Power with every patient able to benefit against power at the chosen share, judged with their Monte Carlo intervals. */
export function dilutionVerdict(i: DilutionInputs, all: Estimate | null, chosen: Estimate | null): string {
  const a = percent(all?.value);
  const c = percent(chosen?.value);
  if (i.benefitPts === 0) return `power is only the test's false-positive rate (${c}): with no benefit there is nothing to dilute.`;
  if (i.sharePct >= 100) return `power is ${a} when every patient can benefit: nothing is diluted.`;
  if (all === null || chosen === null) return `power falls from ${a} (if every patient could benefit) to ${c}.`;
  if (chosen.hi < all.lo) return `power falls from ${a} (if every patient could benefit) to ${c}. The benefit is diluted by the patients who cannot have it.`;
  return `power is ${c}, about the same as the ${a} if every patient could benefit: at this share and benefit, dilution costs little.`;
}

export function dilutionChart(i: DilutionInputs, trial: TrialAsRunInputs, pts: readonly DilutionPoint[], seed: string): LineChartData {
  const chosen = near(pts, i.sharePct / 100);
  return {
    title: `Power of the whole-trial comparison when a ${points(i.benefitPts / 100)} benefit is confined to a share of patients`,
    notes: figureNotes(
      `saline improvement ${percent(trial.salinePct / 100)} (${provenanceOf(trial.salinePct, TRIAL_FACTS.edssPlusSaline.value * 100, 'reported')}); benefit ${points(i.benefitPts / 100)} in the responsive group only (assumed); ${TRIAL_FACTS.analysedMscNp.value} vs ${TRIAL_FACTS.analysedSaline.value} analysed; two-sided α = 0.05.`,
      pts[0]?.power.trials ?? 0,
      seed,
    ),
    series: [
      { label: 'simulated power ± 95% MC band', color: PALETTE[0], points: pts.map((p) => ({ x: p.share, y: p.power.value, lo: p.power.lo, hi: p.power.hi })) },
      { label: 'exact (enumeration)', color: PALETTE[0], dashed: true, points: pts.map((p) => ({ x: p.share, y: p.exact })) },
    ],
    markers: [],
    highlights: chosen ? [{ x: chosen.share, y: chosen.power.value, color: PALETTE[1], label: `${percent(chosen.share)} can benefit: ${percent(chosen.power.value)}` }] : [],
    xLabel: 'Share of patients who can benefit',
    yLabel: 'Power',
    xFormat: 'percent',
    yFormat: 'percent',
  };
}
