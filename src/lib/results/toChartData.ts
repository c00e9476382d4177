import { ENGINE_VERSION } from '../../core/version.ts';
import { figureNotes as coreFigureNotes } from '../../core/report/figureNotes.ts';
import type { ResultRow, SimulationResult } from '../../core/results/types.ts';
import { nForTarget } from '../../core/results/nForTarget.ts';
import { headlineIsBenefit, headlineRows } from '../../core/results/headlineRows.ts';
import { plannedDirection } from '../../core/effects/plannedDirection.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';
import { armColor } from '../charts/palette.ts';
import type { CurveSeries, PowerChartData } from '../charts/types.ts';

/** Lines printed under an exported figure: written in core from the same summary as the paragraph. */
export function figureNotes(s: ResolvedScenario, sims: number, result: SimulationResult | null = null): string[] {
  return coreFigureNotes(s, sims, ENGINE_VERSION, result);
}

/**
 * The power chart's data from result rows: a series per treatment arm, the target line and the
 * first simulated n reaching it. Two-sided tests plot the power to show benefit (significant in the
 * treatment's favour) and mark no n for an arm whose planned effect is zero or favours the control.
 * Reshaping only; every number comes from the engine.
 */
export function toChartData(s: ResolvedScenario, rows: readonly ResultRow[], result: SimulationResult | null = null): PowerChartData {
  const done = headlineRows(s, rows.filter((r) => r.sims > 0));
  const direction = plannedDirection(s);
  const series: CurveSeries[] = s.arms.slice(1).map((arm, i) => ({
    arm: arm.label,
    color: armColor(i),
    points: done
      .filter((r) => r.armIndex === i + 1)
      .sort((a, b) => a.nPerArm - b.nPerArm)
      .map((r) => ({ n: r.nPerArm, power: r.power, lo: r.ci95[0], hi: r.ci95[1], mcse: r.mcse, analytic: r.analyticPower })),
    assurance: done
      .filter((r) => r.armIndex === i + 1 && r.assurance !== null && r.assuranceSims > 0)
      .sort((a, b) => a.nPerArm - b.nPerArm)
      .map((r) => ({ n: r.nPerArm, assurance: r.assurance ?? NaN, mcse: r.assuranceMcse ?? NaN })),
  }));
  const marks = nForTarget(done, s.design.targetPower).flatMap((t) => {
    const sr = series.find((x) => x.arm === t.arm);
    const favoured = direction[s.arms.findIndex((a) => a.label === t.arm)] > 0;
    return t.nPerArm === null || t.power === null || !sr || !favoured ? [] : [{ arm: t.arm, color: sr.color, n: t.nPerArm, power: t.power }];
  });
  const sims = Math.max(0, ...done.map((r) => r.sims));
  return {
    series,
    targetPower: s.design.targetPower,
    marks,
    xLabel: s.design.allocation === 1 ? 'Patients randomised per arm' : `Patients randomised to ${s.arms[0].label}`,
    yLabel: headlineIsBenefit(s) ? 'Power to show benefit' : 'Power',
    title: s.name ?? 'Power curve',
    notes: figureNotes(s, sims, result),
  };
}
