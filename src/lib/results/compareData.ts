import { assuranceApplies } from '../../core/results/assuranceApplies.ts';
import { safeCsvFormat } from '../../core/results/safeCsv.ts';
import { assuranceRows } from '../../core/report/assuranceSentence.ts';
import { analysisPhrase, armAssumptions, endpointPhrase } from '../../core/report/describeScenario.ts';
import { count, pct, pctFixed } from '../../core/report/numberText.ts';
import type { ResultRow } from '../../core/results/types.ts';
import { nForTarget } from '../../core/results/nForTarget.ts';
import { headlineRows } from '../../core/results/headlineRows.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';
import type { SavedEntry } from '../../share/savedStore.ts';
import { armColor } from '../charts/palette.ts';
import type { CurveSeries, PowerChartData, TargetMark } from '../charts/types.ts';
import { displayScenario } from './displayScenario.ts';
import { effectNotes } from './effectNotes.ts';
import { figureNotes } from './toChartData.ts';

export interface CompareColumn {
  key: string;
  name: string;
  hasResults: boolean;
  note: string;
  /** Row label → text, in COMPARE_ROWS order. */
  cells: string[];
}

export const COMPARE_ROWS = ['Endpoint', 'Arms', 'Planned effect', 'Analysis', 'Design', 'Simulation', 'n for target power', 'n for target assurance'];

/** "MSC-NP: 14 per arm (80.6%)" per arm, or "not reached (≤ 40 per arm)". */
function nPhrase(s: ResolvedScenario, rows: readonly ResultRow[], target: number): string {
  const grid = s.design.nPerArm;
  return nForTarget(rows, target)
    .map((t) => `${s.arms.length > 2 ? `${t.arm}: ` : ''}${t.nPerArm === null ? `not reached (≤ ${count(grid[grid.length - 1])} per arm)` : `${count(t.nPerArm)} per arm (${pctFixed(t.power ?? NaN)})`}`)
    .join('; ');
}

/** One column per compared design: key assumptions in words and the n for the target power and assurance. */
export function compareColumns(entries: readonly SavedEntry[]): CompareColumn[] {
  return entries.map((e) => {
    const s = e.scenario;
    const target = s.design.targetPower;
    const rows = headlineRows(s, e.results ?? []);
    const assurance = assuranceRows(rows);
    const cells = [
      endpointPhrase(s),
      armAssumptions(displayScenario(s)),
      effectNotes(s).join(' '),
      analysisPhrase(s),
      `${s.design.allocation === 1 ? '1:1' : `${s.design.allocation}:1`} allocation, ${pct(s.design.dropout)} dropout, target ${pct(target)}`,
      `${count(s.simulation.sims)} trials per n, seed "${s.simulation.seed}"`,
      e.results ? `${pct(target)}: ${nPhrase(s, rows, target)}` : 'run to compare',
      !assuranceApplies(s) ? 'no design prior' : assurance.length ? `${pct(target)}: ${nPhrase(s, assurance, target)}` : 'run to compare',
    ];
    return { key: e.key, name: e.name, hasResults: e.results !== null, note: e.resultsNote, cells };
  });
}

/** Every compared design's power curves in one chart: one series per design and arm. */
export function compareChartData(entries: readonly SavedEntry[]): PowerChartData {
  const series: CurveSeries[] = [];
  const marks: TargetMark[] = [];
  for (const e of entries) {
    if (!e.results) continue;
    const rows = headlineRows(e.scenario, e.results.filter((r) => r.sims > 0));
    e.scenario.arms.slice(1).forEach((a, i) => {
      const label = `${e.name} · ${a.label}`;
      const color = armColor(series.length);
      const rs = rows.filter((r) => r.armIndex === i + 1).sort((x, y) => x.nPerArm - y.nPerArm);
      series.push({ arm: label, color, points: rs.map((r) => ({ n: r.nPerArm, power: r.power, lo: r.ci95[0], hi: r.ci95[1], mcse: r.mcse, analytic: null })) });
      const t = nForTarget(rs, e.scenario.design.targetPower)[0];
      if (t && t.nPerArm !== null && t.power !== null) marks.push({ arm: label, color, n: t.nPerArm, power: t.power });
    });
  }
  const first = entries[0]?.scenario;
  return {
    series,
    targetPower: first?.design.targetPower ?? 0.8,
    marks,
    xLabel: 'Patients randomised per arm (control)',
    yLabel: 'Power',
    title: `Saved designs compared: ${entries.map((e) => e.name).join(', ')}`,
    notes: [
      ...entries.flatMap((e) => {
        if (!e.results) return [];
        const lines = figureNotes(e.scenario, Math.max(0, ...e.results.map((r) => r.sims)));
        return [`${e.name}: ${lines.filter((l) => !l.startsWith('Source trial')).join(' ')}`];
      }),
      ...(first ? figureNotes(first, 0).filter((l) => l.startsWith('Source trial')) : []),
    ],
  };
}

/** The comparison table as CSV: one row per design, one column per compared item. */
export function compareCsv(entries: readonly SavedEntry[]): string {
  return safeCsvFormat(compareColumns(entries).map((c) => Object.fromEntries([['design', c.name], ...COMPARE_ROWS.map((r, i) => [r, c.cells[i]])])));
}
