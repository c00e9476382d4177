import { safeCsvFormat } from '../../core/results/safeCsv.ts';
import { count } from '../../core/report/numberText.ts';
import { sensitivityRunText, sensitivitySims } from '../../core/report/sensitivityScenarios.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';
import type { LineChartData } from '../charts/figureTypes.ts';
import { armColor } from '../charts/palette.ts';
import type { SensitivityPoint } from '../../state/sensitivityState.svelte.ts';
import { figureNotes } from './toChartData.ts';
import { headlineIsBenefit, headlineName, headlineRows } from '../../core/results/headlineRows.ts';

/** Power (two-sided: power to show benefit) against the effect multiplier, one line per treatment arm (reshaping only). */
export function sensitivityChartData(s: ResolvedScenario, n: number, points: readonly SensitivityPoint[]): LineChartData {
  const effect = points.filter((p) => p.kind === 'effect');
  const series = s.arms.slice(1).map((a, i) => ({
    label: a.label,
    color: armColor(i),
    points: effect.flatMap((p) => {
      const r = headlineRows(s, p.rows).find((x) => x.armIndex === i + 1);
      return r ? [{ x: p.factor, y: r.power, lo: r.ci95[0], hi: r.ci95[1] }] : [];
    }),
  }));
  return {
    series,
    markers: [{ x: 1, label: 'as planned', color: '#6b7280', dashed: true }],
    highlights: [],
    xLabel: 'Effect as a multiple of the planned difference',
    yLabel: headlineIsBenefit(s) ? 'Power to show benefit' : 'Power',
    xFormat: 'decimal',
    yFormat: 'percent',
    title: `${s.name ?? 'Sensitivity'}: ${headlineName(s, true)} against the effect at n = ${count(n)} per arm`,
    notes: [...figureNotes(s, sensitivitySims(s)), `Sensitivity runs: ${sensitivityRunText(s, 'trials per point')}.`],
  };
}

export interface VarianceRow {
  arm: string;
  half: number | null;
  planned: number | null;
  double: number | null;
}

/** Power (two-sided: power to show benefit) per arm at ½×, 1× and 2× the variance (null until that run is done). */
export function varianceRows(s: ResolvedScenario, points: readonly SensitivityPoint[]): VarianceRow[] {
  const at = (kind: SensitivityPoint['kind'], factor: number, i: number) =>
    headlineRows(s, points.find((p) => p.kind === kind && p.factor === factor)?.rows ?? []).find((r) => r.armIndex === i)?.power ?? null;
  return s.arms.slice(1).map((a, j) => ({ arm: a.label, half: at('variance', 0.5, j + 1), planned: at('effect', 1, j + 1), double: at('variance', 2, j + 1) }));
}

/** Every sensitivity point as CSV: kind, factor, arm, n, power, MCSE, power to show benefit and its MCSE (unrounded). */
export function sensitivityCsv(n: number, points: readonly SensitivityPoint[]): string {
  return safeCsvFormat(
    points.flatMap((p) =>
      p.rows.map((r) => ({ kind: p.kind, factor: p.factor, arm: r.arm, nPerArm: n, sims: r.sims, power: r.power, mcse: r.mcse, powerBenefit: r.powerBenefit, powerBenefitMcse: r.powerBenefitMcse })),
    ),
  );
}
