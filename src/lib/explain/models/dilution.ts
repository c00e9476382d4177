import type { DilutionParams, DilutionPoint } from '../../../core/explain/dilution.ts';
import { SEED } from '../../../core/explain/seedFacts.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import { figureNotes, grid, percent, points } from './say.ts';
import type { TrialAsRunInputs } from './trialAsRun.ts';

export interface DilutionInputs {
  /** Share of analysed patients at EDSS 6.0–6.5, %. */
  sharePct: number;
  /** Extra improvement rate in those patients, percentage points. */
  benefitPts: number;
}

export const dilutionDefaults = (): DilutionInputs => ({ sharePct: SEED.subgroupShare.value * 100, benefitPts: 25 });

export function dilutionParams(i: DilutionInputs, trial: TrialAsRunInputs, seed: string): DilutionParams {
  return {
    seed,
    sims: 10_000,
    control: trial.salinePct / 100,
    benefit: i.benefitPts / 100,
    shares: grid(0.05, 1, 0.05, [i.sharePct / 100]),
    nControl: SEED.analysedSaline.value,
    nTreatment: SEED.analysedMscNp.value,
    test: trial.test,
    alpha: SEED.alpha.value,
  };
}

const near = (pts: readonly DilutionPoint[], share: number) => pts.find((p) => Math.abs(p.share - share) < 1e-9);

export function dilutionText(i: DilutionInputs, pts: readonly DilutionPoint[] | null): string[] {
  const chosen = near(pts ?? [], i.sharePct / 100);
  const all = near(pts ?? [], 1);
  return [
    `Suppose only patients at EDSS 6.0–6.5 can benefit: about ${percent(i.sharePct / 100)} of those analysed (inferred from the trial's stratification; change it below). If MSC-NP adds ${points(i.benefitPts / 100)} to their improvement rate and nothing for the rest, the whole-trial difference is only ${points((i.sharePct / 100) * (i.benefitPts / 100), 1)}.`,
    `With ${SEED.analysedMscNp.value} vs ${SEED.analysedSaline.value} patients analysed, power falls from ${percent(all?.power.value)} (if every patient could benefit) to ${percent(chosen?.power.value)}. The benefit is diluted by the patients who cannot have it.`,
  ];
}

export function dilutionChart(i: DilutionInputs, trial: TrialAsRunInputs, pts: readonly DilutionPoint[], seed: string): LineChartData {
  const chosen = near(pts, i.sharePct / 100);
  return {
    title: `Power of the whole-trial comparison when a ${points(i.benefitPts / 100)} benefit is confined to a share of patients`,
    notes: figureNotes(
      `saline improvement ${percent(trial.salinePct / 100)} (reported); benefit ${points(i.benefitPts / 100)} in the responsive group only (assumed); ${SEED.analysedMscNp.value} vs ${SEED.analysedSaline.value} analysed; two-sided α = 0.05.`,
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
