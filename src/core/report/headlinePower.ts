import type { PointSummary, ResultRow } from '../results/types.ts';
import { headlineIsBenefit, headlineName, headlineRows as engineHeadlineRows } from '../results/headlineRows.ts';
import type { ResolvedScenario } from '../scenario/types.ts';

/** What the report's power statements measure: plain power, or (two-sided tests) power to show benefit. */
export interface HeadlineMeasure {
  /** True when the statements use the power to show benefit (significant and favouring treatment). */
  benefit: boolean;
  /** "power" or "power to show benefit". */
  word: string;
  /** The same with its gloss where it is first stated: "power to show benefit (significant in the treatment's favour)". */
  long: string;
}

/**
 * The one place the report chooses which power it states: two-sided tests count significant results in
 * either direction, so they headline the power to show benefit (the engine's headlineRows rule).
 */
export function headlineMeasure(s: ResolvedScenario): HeadlineMeasure {
  return { benefit: headlineIsBenefit(s), word: headlineName(s, true), long: headlineName(s) };
}

/** Rows with the headline measure in `power`, `mcse`, `ci95`, `analyticPower` and assurance. */
export const headlineRows = (s: ResolvedScenario, rows: readonly ResultRow[]): ResultRow[] => engineHeadlineRows(s, rows);

/** Grid points with the headline measure of "at least one arm significant" in `anyPower` and `anyMcse`. */
export function headlinePoints(m: HeadlineMeasure, points: readonly PointSummary[]): PointSummary[] {
  if (!m.benefit) return [...points];
  return points.map((p) => (typeof p.anyPowerBenefit === 'number' ? { ...p, anyPower: p.anyPowerBenefit, anyMcse: p.anyPowerBenefitMcse } : p));
}
