import { fmtDiff, pctFixed, significant } from '../../core/report/numberText.ts';
import type { TrendSummary } from '../../core/results/trendSummary.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';
import type { HistogramData, LineChartData, Marker } from '../charts/figureTypes.ts';
import { armColor, PALETTE } from '../charts/palette.ts';
import { figureNotes } from './toChartData.ts';

const GREY = '#555555';

/** A dose as text with the scenario's unit ("2.5 mg"). */
export function doseText(s: ResolvedScenario, d: number): string {
  const unit = s.doseResponse?.unit;
  return `${significant(d, 3)}${unit ? ` ${unit}` : ''}`;
}

/** An arm's name with its dose, unless the name already says the dose ("2.5 M cells"). */
export function armDoseLabel(s: ResolvedScenario, arm: string, dose: number): string {
  return new RegExp(`(^|[^\\d.])${significant(dose, 3).replace('.', '\\.')}([^\\d.]|$)`).test(arm) ? arm : `${arm} (${doseText(s, dose)})`;
}

/** The trend rows that carry the Mod step's summaries (trendTest.estimate), sorted by n. */
export function estimateRows(rows: readonly TrendSummary[]): TrendSummary[] {
  return rows.filter((t) => t.tdCarry !== undefined).sort((a, b) => a.nPerArm - b.nPerArm);
}

const FIT: Record<string, string> = { aic: 'the significant shape with the best AIC', average: 'AIC-weighted averaging of the significant shapes' };

/** The exported figures' first note: how TD̂ was found and what counts as a hit. */
export function modStepNote(s: ResolvedScenario, rows: readonly TrendSummary[]): string {
  const e = s.trendTest.estimate;
  if (!e) return '';
  const td = rows[0]?.trueTargetDose;
  const rates = s.endpoint.type === 'binary'; // Δ a difference of response rates (the fit is on log-odds)
  const truth = td ? `the true target dose is ${doseText(s, td)}` : 'the planned dose-response never reaches Δ (no true target dose)';
  return (
    `Mod step: after a significant trend test, fit by ${FIT[e.model] ?? `the ${e.model} model`}${rates ? " to the arms' log-odds" : ''}; ` +
    `TD̂ is the smallest dose whose fitted ${rates ? "response rate improves on placebo's by" : 'effect reaches'} ` +
    `Δ = ${fmtDiff(s.doseResponse?.relevantEffect ?? NaN, 2)}; ${truth}; within ±${pctFixed(e.tolerance, 0)} counts as estimated.`
  );
}

const topDose = (s: ResolvedScenario) => Math.max(...(s.doseResponse?.doses ?? [1]));
const sims = (rows: readonly TrendSummary[]) => Math.max(0, ...rows.map((t) => t.sims));

/**
 * TD̂ against n: the median with its 10th–90th percentile band (over the trials that have a TD̂) and the true TD as a
 * flat dashed line across the grid. Reshaping only; every number is the engine's.
 */
export function tdBandData(s: ResolvedScenario, rows: readonly TrendSummary[]): LineChartData {
  const q = rows.filter((t) => t.tdQuantiles);
  const xs = rows.map((t) => t.nPerArm);
  const [x0, x1] = xs.length === 1 ? [xs[0] - 1, xs[0] + 1] : [Math.min(...xs), Math.max(...xs)];
  const trueTd = rows[0]?.trueTargetDose ?? null;
  const series: LineChartData['series'] = [
    {
      label: 'median TD̂ (band: 10th–90th percentile)',
      color: PALETTE[0],
      valueAttrs: true,
      points: q.map((t) => ({ x: t.nPerArm, y: t.tdQuantiles!.p50, lo: t.tdQuantiles!.p10, hi: t.tdQuantiles!.p90 })),
    },
  ];
  if (trueTd !== null)
    series.push({ label: `true target dose (${doseText(s, trueTd)})`, color: GREY, dashed: true, dots: false, points: [{ x: x0, y: trueTd }, { x: x1, y: trueTd }] });
  const unit = s.doseResponse?.unit;
  return {
    series,
    markers: [],
    highlights: [],
    xLabel: 'Patients randomised per arm',
    // a long unit ("million cells per injection") would not fit beside a phone-sized plot: the legend's true TD names it
    yLabel: `Target dose${unit && unit.length <= 12 ? ` (${unit})` : ''}`,
    xFormat: 'integer',
    yFormat: 'decimal',
    yDomain: [0, topDose(s)],
    title: `${s.name ?? 'Dose finding'}: estimated target dose (Mod step) against n`,
    notes: [modStepNote(s, rows), ...figureNotes(s, sims(rows))].filter(Boolean),
  };
}

/** The chance of carrying each planned dose forward (and of carrying none) against n, one line per dose. */
export function carryChartData(s: ResolvedScenario, rows: readonly TrendSummary[]): LineChartData {
  const doses = rows[0]?.tdCarry?.doses ?? [];
  const series: LineChartData['series'] = doses.map((d, j) => ({
    label: armDoseLabel(s, d.arm, d.dose),
    color: armColor(j),
    valueAttrs: true,
    points: rows.map((t) => ({ x: t.nPerArm, y: t.tdCarry!.doses[j].p })),
  }));
  series.push({ label: 'none (not significant, or no TD̂)', color: GREY, dashed: true, points: rows.map((t) => ({ x: t.nPerArm, y: t.tdCarry!.none.p })) });
  return {
    series,
    markers: [],
    highlights: [],
    xLabel: 'Patients randomised per arm',
    yLabel: 'Probability of carrying forward',
    xFormat: 'integer',
    yFormat: 'percent',
    title: `${s.name ?? 'Dose finding'}: dose carried forward (smallest planned dose ≥ estimated target dose) against n`,
    notes: [modStepNote(s, rows), ...figureNotes(s, sims(rows))].filter(Boolean),
  };
}

/**
 * TD̂'s histogram at one n: bars are shares of all simulated trials (so they sum to the share with a TD̂), with the
 * true TD and the tolerance window as reference lines.
 */
export function tdHistogramData(s: ResolvedScenario, t: TrendSummary): HistogramData {
  const h = t.tdHistogram ?? { maxDose: topDose(s), counts: [] };
  const markers: Marker[] = [];
  const td = t.trueTargetDose;
  const tol = s.trendTest.estimate?.tolerance;
  if (td) {
    markers.push({ x: td, label: `true ${significant(td, 3)}`, color: GREY });
    // The tolerance window's edges, unlabelled (the caption names them): close to the true TD their labels would collide.
    if (tol !== undefined) {
      markers.push({ x: td * (1 - tol), label: '', color: GREY, dashed: true });
      if (td * (1 + tol) <= h.maxDose) markers.push({ x: td * (1 + tol), label: '', color: GREY, dashed: true });
    }
  }
  const unit = s.doseResponse?.unit;
  return {
    lo: 0,
    width: h.counts.length > 0 ? h.maxDose / h.counts.length : 1,
    counts: h.counts,
    highlighted: [],
    total: t.sims,
    base: { kind: 'box', label: `trials with this estimated target dose (${t.nPerArm} per arm)`, color: PALETTE[0] },
    markers,
    xLabel: `Estimated target dose${unit ? ` (${unit})` : ''}`,
    xFormat: 'decimal',
    title: `${s.name ?? 'Dose finding'}: estimated target dose at ${t.nPerArm} per arm`,
    notes: [modStepNote(s, [t]), ...figureNotes(s, t.sims)].filter(Boolean),
  };
}
