import { safeCsvFormat } from '../../core/results/safeCsv.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';
import type { LineChartData } from '../charts/figureTypes.ts';
import { PALETTE } from '../charts/palette.ts';
import { figureNotes } from './toChartData.ts';
import type { TrendSummary as TrendRow } from '../../core/results/trendSummary.ts';

/** The trend test's three probabilities against n, as line-chart data (reshaping only). */
export function trendChartData(s: ResolvedScenario, rows: readonly TrendRow[]): LineChartData {
  const series: LineChartData['series'] = [
    { label: 'dose-response shown', color: PALETTE[0], points: rows.map((t) => ({ x: t.nPerArm, y: t.significant })) },
    { label: `best dose (${rows[0]?.trueBestArm ?? '–'}) picked`, color: PALETTE[1], points: rows.map((t) => ({ x: t.nPerArm, y: t.bestDoseSelected })) },
  ];
  if (rows.some((t) => t.medSelected !== null))
    series.push({ label: `MED (${rows[0]?.trueMedArm ?? '–'}) picked`, color: PALETTE[2], points: rows.flatMap((t) => (t.medSelected === null ? [] : [{ x: t.nPerArm, y: t.medSelected }])) });
  return {
    series,
    markers: [],
    highlights: [],
    xLabel: 'Patients randomised per arm',
    yLabel: 'Probability',
    xFormat: 'integer',
    yFormat: 'percent',
    title: `${s.name ?? 'Dose finding'}: MCP-Mod trend test`,
    notes: figureNotes(s, Math.max(0, ...rows.map((t) => t.sims))),
  };
}

/** The trend table as CSV (unrounded; empty MED columns without a relevant effect). */
export function trendCsv(rows: readonly TrendRow[]): string {
  return safeCsvFormat(
    // the Mod step's carry-forward shares and TD̂ histogram have a CSV of their own (targetDoseCsv.ts)
    rows.map(({ tdQuantiles, tdCarry, tdHistogram, ...t }) => ({
      ...t,
      medSelected: t.medSelected ?? '',
      medMcse: t.medMcse ?? '',
      trueMedArm: t.trueMedArm ?? '',
      // trendTest.estimate: TD̂'s percentiles as columns of their own (no nested object in a CSV cell)
      ...(tdQuantiles === undefined
        ? {}
        : { tdP10: tdQuantiles?.p10 ?? '', tdP50: tdQuantiles?.p50 ?? '', tdP90: tdQuantiles?.p90 ?? '', tdShare: tdQuantiles?.share ?? '' }),
    })),
  );
}
