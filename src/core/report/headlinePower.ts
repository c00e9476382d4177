import type { PointSummary, ResultRow } from '../results/accumulator.ts';
import type { ValidScenario } from '../scenario/types.ts';
import { wilsonInterval } from '../results/wilson.ts';

/** What the report's power statements measure: plain power, or (two-sided tests) power to show benefit. */
export interface HeadlineMeasure {
  /** True when the statements use the power to show benefit (significant and favouring treatment). */
  benefit: boolean;
  /** The words for it: "power" or "power to show benefit". */
  word: string;
}

/**
 * The one place that chooses which power the paragraph, captions and command-line text report.
 * Two-sided tests count significant results in either direction, so once rows carry `powerBenefit`
 * (significant and favouring treatment) they headline it; until then every row reports `power`.
 */
export function headlineMeasure(s: ValidScenario, rows: readonly ResultRow[]): HeadlineMeasure {
  const benefit = s.analysis.sides === 2 && rows.length > 0 && rows.every((r) => typeof (r as { powerBenefit?: unknown }).powerBenefit === 'number');
  return { benefit, word: benefit ? 'power to show benefit' : 'power' };
}

/** A row as h3's engine gives it: with the one-directional counterparts of power and its closed form. */
type BenefitRow = ResultRow & { powerBenefit: number; powerBenefitMcse: number; analyticPowerBenefit?: number | null };

/**
 * Rows with the headline measure in `power`, `mcse`, `ci95` and `analyticPower`, so nForTarget and the
 * sentences need no second code path.
 */
export function headlineRows(s: ValidScenario, rows: readonly ResultRow[]): ResultRow[] {
  if (!headlineMeasure(s, rows).benefit) return [...rows];
  return (rows as readonly BenefitRow[]).map((r) => ({
    ...r,
    power: r.powerBenefit,
    mcse: r.powerBenefitMcse,
    ci95: wilsonInterval(Math.round(r.powerBenefit * r.sims), r.sims),
    analyticPower: r.analyticPowerBenefit ?? null,
  }));
}

/** Grid points with the headline measure of "at least one arm significant" in `anyPower` and `anyMcse`. */
export function headlinePoints(m: HeadlineMeasure, points: readonly PointSummary[]): PointSummary[] {
  if (!m.benefit) return [...points];
  type BenefitPoint = PointSummary & { anyPowerBenefit: number; anyPowerBenefitMcse: number };
  return (points as readonly BenefitPoint[]).map((p) => ({ ...p, anyPower: p.anyPowerBenefit, anyMcse: p.anyPowerBenefitMcse }));
}
