import { nextTrialDefaults, type NextTrialInputs, type PlanAnswer, type PlanKind, SIMS } from '../../../core/explain/sections/nextTrial.ts';
import { observedT25fwDifference, TRIAL_FACTS } from '../../../core/trialFacts.ts';
import { figureNotes, num, percent } from '../../../core/report/explain/say.ts';
import type { BarChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';

/** Section 7 of the explanation page as a figure (the experiment's numbers, reshaped). */

export function nextTrialChart(i: NextTrialInputs, a: Record<PlanKind, PlanAnswer | null>, seed: string, dropout: number): BarChartData {
  const obs = observedT25fwDifference();
  const bar = (label: string, x: PlanAnswer | null, color: string) => ({
    label,
    value: x?.n ?? null,
    color,
    text: x === null ? 'simulating…' : x.n !== null ? `n = ${x.n}` : `> ${x.gridMax} (${percent(x.best)} at most)`,
  });
  return {
    title: 'Patients per arm a follow-up T25FW trial needs for 80% power (or assurance)',
    notes: figureNotes(
      `T25FW % improvement, saline ${num(TRIAL_FACTS.t25fwSalineMean.value)} ± ${num(TRIAL_FACTS.t25fwSalineSd.value)} (reported), MSC-NP effect ${num(obs)} observed, ×${num(i.shrink, 2)} shrunk (assumed), prior sd ${num(i.priorSd)} (${Math.abs(i.priorSd - nextTrialDefaults().priorSd) < 1e-9 ? `derived from ${TRIAL_FACTS.subgroupPerArm.value} per arm, inferred` : 'assumed'}); log-normal time ratio; Welch t-test, two-sided α = 0.05; ${percent(dropout)} dropout.`,
      SIMS,
      seed,
    ),
    bars: [
      bar(`Observed effect (${num(obs)} points)`, a.observed, PALETTE[0]),
      bar(`${Math.round(i.shrink * 100)}% of it (${num(obs * i.shrink)} points)`, a.shrunk, PALETTE[1]),
      bar(`Assurance, prior sd ${num(i.priorSd)}`, a.assurance, PALETTE[2]),
    ],
    xLabel: 'Patients randomised per arm',
    xFormat: 'integer',
    legend: [],
  };
}
