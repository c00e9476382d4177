import type { EnrichmentSummary } from '../results/enrichmentSummary.ts';
import type { PointSummary, ResultRow, SimulationResult } from '../results/types.ts';
import type { TrendSummary } from '../results/trendSummary.ts';
import { nForTarget } from '../results/nForTarget.ts';
import type { TrendVariance } from '../mcpmod/types.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { trendApplies, trendCandidates } from '../sim/trendSetup.ts';
import { closedFormCheck, type ClosedFormCheck } from './closedFormCheck.ts';
import { headlineMeasure, headlinePoints, headlineRows, type HeadlineMeasure } from './headlinePower.ts';
import { scenarioLink } from '../share/shareableScenario.ts';
import { plannedEffect, type PlannedEffect } from './plannedEffect.ts';

/** One treatment arm's headline: the first n reaching the target, else the best simulated n. */
export interface ArmFinding {
  arm: string;
  reached: boolean;
  /** The row reported, in the headline measure (see headlineRows). */
  row: ResultRow;
  closedForm: ClosedFormCheck | null;
}

/** A probability at the first simulated n reaching the target (else the highest one). */
export interface AtN<T> {
  reached: boolean;
  nPerArm: number;
  value: T;
}

/** Trials that could not be analysed (an arm without variation…): counted as not significant. */
export interface Unanalysable {
  trials: number;
  total: number;
  /** The sample size with the largest share, and that share. */
  worstN: number;
  worstShare: number;
}

/** Everything the paragraph, the figure captions and the command-line text say, as data. */
export interface AssumptionSummary {
  scenario: ResolvedScenario;
  measure: HeadlineMeasure;
  effect: PlannedEffect;
  /** The plan rests on the unshrunk effect of an exploratory subgroup without a prior. */
  exploratoryCaution: boolean;
  /** Simulated trials per sample size (the most any grid point has). */
  sims: number;
  /** Rows in the headline measure, with trials. */
  rows: ResultRow[];
  /** The engine's rows with trials, as simulated (for sentences that choose their own measure). */
  raw: ResultRow[];
  findings: ArmFinding[];
  /** With two or more treatment arms: the chance that at least one is significant. */
  anyArm: AtN<PointSummary> | null;
  trend: (AtN<TrendSummary> & { candidates: number; alpha: number; variance: TrendVariance }) | null;
  enrichment: EnrichmentSummary | null;
  unanalysable: Unanalysable | null;
  partial: { done: number; total: number } | null;
  engineVersion: string;
  /** The day of the run, YYYY-MM-DD. */
  date: string;
  /** The share link of the simulated scenario (base address + `#s=…`); null when not asked for. */
  link: string | null;
}

export interface SummaryOptions {
  engineVersion: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Address the link starts with ('' for the fragment alone); omit for no link (figure captions). */
  baseUrl?: string;
  /** The run stopped early (cancelled or failed): its counts are stated. */
  partial?: boolean;
}

/** The first entry reaching `target` by `value`, in n order, else the highest (null when there are none). */
export function firstAtTarget<T extends { nPerArm: number; sims: number }>(xs: readonly T[], value: (x: T) => number, target: number): AtN<T> | null {
  const done = xs.filter((x) => x.sims > 0).sort((a, b) => a.nPerArm - b.nPerArm);
  if (done.length === 0) return null;
  const hit = done.find((x) => value(x) >= target);
  const best = hit ?? done.reduce((a, b) => (value(b) > value(a) ? b : a), done[0]);
  return { reached: hit !== undefined, nPerArm: best.nPerArm, value: best };
}

function unanalysable(points: readonly PointSummary[]): Unanalysable | null {
  const done = points.filter((p) => p.sims > 0);
  const trials = done.reduce((a, p) => a + p.undefinedTrials, 0);
  if (trials === 0) return null;
  const worst = done.reduce((a, p) => (p.undefinedTrials / p.sims > a.undefinedTrials / a.sims ? p : a), done[0]);
  return { trials, total: done.reduce((a, p) => a + p.sims, 0), worstN: worst.nPerArm, worstShare: worst.undefinedTrials / worst.sims };
}

/** The exploratory-subgroup caution applies: unshrunk observed effect, no design prior. */
export const exploratoryCaution = (s: ResolvedScenario): boolean => s.exploratory === true && s.effect.basis === 'observed' && !s.effectPrior;

/**
 * One summary of what was simulated and what it gave: a pure function of the validated scenario and the
 * simulation result (or null before any result). The paragraph, every figure caption and the CLI text
 * are written from it, so they cannot disagree.
 */
export function assumptionSummary(s: ResolvedScenario, result: SimulationResult | null, o: SummaryOptions): AssumptionSummary {
  const raw = (result?.rows ?? []).filter((r) => r.sims > 0);
  const measure = headlineMeasure(s);
  const rows = headlineRows(s, raw);
  const target = s.design.targetPower;
  const undefinedAt = (n: number) => result?.points.find((p) => p.nPerArm === n)?.undefinedTrials ?? 0;
  const findings = nForTarget(rows, target).flatMap((t): ArmFinding[] => {
    const armRows = rows.filter((r) => r.arm === t.arm);
    const hit = armRows.find((r) => r.nPerArm === t.nPerArm);
    const row = hit ?? armRows.reduce((a, b) => (b.power > a.power ? b : a), armRows[0]);
    return row ? [{ arm: t.arm, reached: hit !== undefined, row, closedForm: closedFormCheck(s, row, undefinedAt(row.nPerArm)) }] : [];
  });
  const points = headlinePoints(measure, result?.points ?? []);
  const trend = result?.trend && trendApplies(s) ? firstAtTarget(result.trend, (t) => t.significant, target) : null;
  return {
    scenario: s,
    measure,
    effect: plannedEffect(s),
    exploratoryCaution: exploratoryCaution(s),
    sims: Math.max(0, ...raw.map((r) => r.sims)),
    rows,
    raw,
    findings,
    anyArm: s.arms.length > 2 ? firstAtTarget(points, (p) => p.anyPower, target) : null,
    trend: trend && { ...trend, candidates: trendCandidates(s).length, alpha: s.trendTest.alpha, variance: s.trendTest.variance },
    enrichment: result?.enrichment ?? null,
    unanalysable: unanalysable(points),
    partial: o.partial && result ? { done: result.trialsDone, total: result.trialsTotal } : null,
    engineVersion: o.engineVersion,
    date: o.date,
    link: o.baseUrl === undefined ? null : scenarioLink(s, o.baseUrl),
  };
}
