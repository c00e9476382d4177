import type { ResultRow } from '../../core/results/types.ts';
import { nForTarget } from '../../core/results/nForTarget.ts';
import { headlineName, headlineRows } from '../../core/results/headlineRows.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';
import type { HeatmapData } from '../charts/heatmapTypes.ts';
import { figureNotes } from './toChartData.ts';
import { assuranceRows } from '../../core/report/assuranceSentence.ts';
import { shapeWeightsText } from '../../core/report/shapePriorSentence.ts';

/** "10 M cells" stays as it is; an arm whose label does not show its dose gets it appended. */
function rowLabel(label: string, dose: number | undefined): string {
  if (dose === undefined || label.includes(String(dose))) return label;
  return `${label} (${dose})`;
}

/** What the assurance heatmap averages over, with the shape prior's weights. */
export function assuranceTitle(s: ResolvedScenario): string {
  const shapes = s.trendTest.shapePrior ? `the shape prior (${shapeWeightsText(s)})` : '';
  return `assurance over ${shapes ? (s.effectPrior ? `the design prior and ${shapes}` : shapes) : 'the design prior'}`;
}

/**
 * The dose × n heatmap's data: one row per treatment arm, highest dose on top (arm order without
 * doses), one column per simulated n. Reshaping only.
 */
export function toHeatmapData(s: ResolvedScenario, rows: readonly ResultRow[], measure: 'power' | 'assurance' = 'power'): HeatmapData {
  const power = headlineRows(s, rows.filter((r) => r.sims > 0));
  // Assurance: the same reshaping of the rows' assurance (averaged over the effect and/or shape prior).
  const done = measure === 'assurance' ? assuranceRows(power) : power;
  const hits = new Set(nForTarget(done, s.design.targetPower).map((t) => `${t.arm}|${t.nPerArm}`));
  const arms = s.arms.slice(1).map((a, i) => ({ arm: a.label, label: rowLabel(a.label, a.dose), dose: a.dose, i }));
  arms.sort((a, b) => (b.dose ?? -b.i) - (a.dose ?? -a.i) || b.i - a.i);
  const unit = s.doseResponse?.unit;
  const sims = Math.max(0, ...done.map((r) => r.sims));
  return {
    rows: arms.map(({ arm, label }) => ({ arm, label })),
    ns: [...new Set(done.map((r) => r.nPerArm))].sort((a, b) => a - b),
    cells: done.map((r) => ({ arm: r.arm, n: r.nPerArm, power: r.power, mcse: r.mcse, hit: hits.has(`${r.arm}|${r.nPerArm}`) })),
    targetPower: s.design.targetPower,
    xLabel: s.design.allocation === 1 ? 'Patients randomised per arm' : `Patients randomised to ${s.arms[0].label}`,
    yLabel: unit ? 'Dose' : 'Arm',
    title: measure === 'assurance' ? `${s.name ?? 'Assurance'}: ${assuranceTitle(s)} by dose and sample size` : `${s.name ?? 'Power'}: ${headlineName(s, true)} by dose and sample size`,
    notes: figureNotes(s, sims),
    measure: measure === 'assurance' ? 'Assurance' : 'Power',
  };
}
