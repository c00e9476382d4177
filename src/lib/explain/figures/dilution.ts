import type { DilutionPoint } from '../../../core/explain/dilution.ts';
import type { DilutionInputs } from '../../../core/explain/sections/dilution.ts';
import type { TrialAsRunInputs } from '../../../core/explain/sections/trialAsRun.ts';
import { TRIAL_FACTS } from '../../../core/trialFacts.ts';
import { figureNotes, percent, points, provenanceOf } from '../../../core/report/explain/say.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';

/** Section 2 of the explanation page as a figure (the experiment's numbers, reshaped). */

const near = (pts: readonly DilutionPoint[], share: number) => pts.find((p) => Math.abs(p.share - share) < 1e-9);

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
