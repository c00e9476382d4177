import type { LossPointResult } from '../../../core/explain/lossOfAmbulation.ts';
import { capFor, HARMS, lossBiasWalk, type LossBiasInputs } from '../../../core/explain/sections/lossBias.ts';
import { figureNotes, num, percent } from '../../../core/report/explain/say.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';

/** Section 8 of the explanation page as a figure (the experiment's numbers, reshaped). */

export function lossBiasChart(i: LossBiasInputs, r: readonly LossPointResult[], seed: string): LineChartData {
  const w = lossBiasWalk();
  const series = (label: string, color: string, k: 'exclude' | 'worstRank', side: 'better' | 'worse', dashed = false) => ({
    label,
    color,
    dashed,
    dots: !dashed,
    points: r.map((q, j) => ({ x: HARMS[j], y: q.strategies[k][side].value, lo: q.strategies[k][side].lo, hi: q.strategies[k][side].hi })),
  });
  const p = r[HARMS.indexOf(i.harmPct)];
  const test = i.excludeTest === 'welch' ? 'Welch' : 'Mann–Whitney';
  return {
    title: `Leaving out patients who stop walking: a harmful treatment can look better (${i.nPerArm} per arm)`,
    notes: figureNotes(
      `both arms' T25FW % change ${num(w.mean)} ± ${num(w.sd)} (saline, reported), log-normal time ratio; baseline log time N(ln 10, 0.5²) (assumed); unable to walk = follow-up time above the cap: ${num(capFor(i.controlUnablePct / 100))} s on saline (${i.controlUnablePct}% unable, assumed), lowered on the treatment to lose the extra share (assumed); ${i.nPerArm} per arm; two-sided α = 0.05; unable left out: ${test}; unable ranked worst: Mann–Whitney with the unable tied below every walker; "says better/worse": significant in that direction; bands: 95% Monte Carlo intervals.`,
      r[0]?.strategies.exclude.power.trials ?? 0,
      seed,
    ),
    series: [
      series('left out: says better', PALETTE[1], 'exclude', 'better'),
      series('left out: says worse', PALETTE[1], 'exclude', 'worse', true),
      series('ranked worst: says worse', PALETTE[0], 'worstRank', 'worse'),
      series('ranked worst: says better', PALETTE[0], 'worstRank', 'better', true),
    ],
    markers: [{ x: i.harmPct, label: `+${i.harmPct}%`, color: '#6b7280', dashed: true }],
    highlights: p
      ? [
          { x: i.harmPct, y: p.strategies.exclude.better.value, color: PALETTE[1], label: percent(p.strategies.exclude.better.value) },
          { x: i.harmPct, y: p.strategies.worstRank.worse.value, color: PALETTE[0], label: percent(p.strategies.worstRank.worse.value) },
        ]
      : [],
    xLabel: 'Extra share of treated patients unable to walk (the harm, %)',
    yLabel: 'Significant results',
    xFormat: 'integer',
    yFormat: 'percent',
  };
}
