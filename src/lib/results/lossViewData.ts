import type { LossParams, LossPointResult } from '../../core/explain/lossOfAmbulation.ts';
import { count } from '../../core/report/numberText.ts';
import { strategyName, type ArmNames } from '../../core/report/lossViewText.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';
import type { LineChartData, LineSeries } from '../charts/figureTypes.ts';
import { PALETTE } from '../charts/palette.ts';
import { figureNotes } from './toChartData.ts';

/** The "patients who stop walking" view as a figure and a CSV (the experiment's numbers, reshaped). */

export const armNames = (s: ResolvedScenario): ArmNames => ({ control: s.arms[0].label, treatment: s.arms[1].label });

/** "MSC-NP: 2× the Saline rate" / "MSC-NP: none" — how the treatment arm's loss follows the x axis. */
export function ratioText(ratio: number, a: ArmNames): string {
  if (ratio === 0) return `${a.treatment}: nobody (the treatment prevents it)`;
  if (ratio === 1) return `${a.treatment}: the same share`;
  return `${a.treatment}: ${ratio}× the ${a.control} share`;
}

export function lossViewChart(s: ResolvedScenario, p: LossParams, r: readonly LossPointResult[], ratio: number): LineChartData {
  const a = armNames(s);
  const names = strategyName(p);
  const line = (k: 'reference' | 'referenceRank' | 'worstRank' | 'exclude' | 'nonResponder', color: string, dashed = false): LineSeries => ({
    label: names[k],
    color,
    dashed,
    dots: !dashed,
    points: r.map((q) => ({ x: q.loss[0], y: q.strategies[k].better.value, lo: q.strategies[k].better.lo, hi: q.strategies[k].better.hi })),
  });
  return {
    title: `${s.name ?? 'Stride'}: patients who stop walking, power against the share unable to walk (n = ${count(p.n[0])} per arm)`,
    notes: [
      // This figure's points are loss rates at one n, not sample sizes.
      ...figureNotes(s, p.sims).map((l) => l.replace(' simulated trials per n ·', ' simulated trials per point (the same patients at every point) ·')),
      `Loss of ambulation (assumed): ${ratioText(ratio, a)}; independent of the walk change, after dropout. Power to show benefit of ${a.treatment} against ${a.control}; bands: 95% Monte Carlo intervals.`,
    ],
    // With nobody unable, ranking worst is the plain Mann–Whitney test: its reference too when exclude uses Welch.
    series: [
      line('reference', '#6b7280', true),
      ...(p.excludeTest === 'welch' ? [line('referenceRank', PALETTE[5], true)] : []),
      line('worstRank', PALETTE[0]),
      line('exclude', PALETTE[1]),
      line('nonResponder', PALETTE[2]),
    ],
    // The scenario's own loss, where it has one (its treatment arm's may not follow the ratio shown).
    markers: s.arms[0].lossOfAmbulation > 0 ? [{ x: s.arms[0].lossOfAmbulation, label: 'this scenario', color: '#6b7280', dashed: true }] : [],
    highlights: [],
    xLabel: `Share of ${a.control} patients unable to walk (${ratioText(ratio, a)})`,
    yLabel: 'Power to show benefit',
    xFormat: 'percent',
    yFormat: 'percent',
  };
}
