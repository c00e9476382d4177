import type { LooksPoint } from '../../../core/explain/manyLooks.ts';
import type { ManyLooksInputs } from '../../../core/explain/sections/manyLooks.ts';
import { figureNotes, num, percent } from '../../../core/report/explain/say.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';

/** Section 6 of the explanation page as a figure (the experiment's numbers, reshaped). */

export function manyLooksChart(i: ManyLooksInputs, pts: readonly LooksPoint[], seed: string): LineChartData {
  const p = pts.find((q) => q.k === i.k);
  return {
    title: 'Chance of at least one p < 0.05 among K comparisons when nothing works',
    notes: figureNotes(`K null comparisons, each two-sided at α = 0.05; correlation ${num(i.rho, 2)} between test statistics (assumed); K = ${i.k} marked (assumed).`, pts[0]?.anySignificant.trials ?? 0, seed),
    series: [
      { label: 'simulated ± 95% MC band', color: PALETTE[0], points: pts.map((q) => ({ x: q.k, y: q.anySignificant.value, lo: q.anySignificant.lo, hi: q.anySignificant.hi })) },
      { label: '1 − 0.95^K (independent)', color: PALETTE[3], dashed: true, points: pts.map((q) => ({ x: q.k, y: q.independent })) },
    ],
    markers: [{ x: i.k, label: `K = ${i.k}`, color: '#6b7280', dashed: true }],
    highlights: p ? [{ x: p.k, y: p.anySignificant.value, color: PALETTE[1], label: percent(p.anySignificant.value) }] : [],
    xLabel: 'Comparisons tested (K)',
    yLabel: 'P(at least one p < 0.05)',
    xFormat: 'integer',
    yFormat: 'percent',
  };
}
