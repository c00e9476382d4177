import type { ShapeModel } from '../core/doses/types.ts';
import { defaultCandidates } from '../core/mcpmod/defaultCandidates.ts';
import type { CandidateModel, EstimateModel } from '../core/mcpmod/types.ts';
import type { TrendTestSpec } from '../core/scenario/types.ts';
import type { CandidateForm, FormState, TrendForm } from './formTypes.ts';
import { numberOrText } from './numberOrText.ts';
import { shapePriorOf, weightRowKey } from './shapePriorForm.ts';

const SHAPE_MODELS: readonly ShapeModel[] = ['emax', 'linear', 'log-linear', 'exponential', 'quadratic'];
const text = (v: number | undefined): string => (v === undefined || !Number.isFinite(v) ? '' : String(v));
const num = (raw: string, fallback: number): number => {
  const v = numberOrText(raw);
  return typeof v === 'number' ? v : fallback;
};

function row(c: CandidateModel, on: boolean): CandidateForm {
  const p = c.params;
  return { model: c.model, on, ed50: text(p.ed50), hill: text(p.ed50 === undefined ? undefined : (p.hill ?? 1)), offset: text(p.offset), delta: text(p.delta) };
}

/** The form's doses and assumed shape, read the way the validator reads them (empty dose = 0). */
function dosesAndAssumed(f: FormState): { doses: number[]; assumed?: CandidateModel } {
  const doses = f.arms.map((a) => num(a.dose, 0));
  const m = f.doseModel;
  if (m === 'none' || m === 'explicit') return { doses };
  const params = m === 'emax' ? { ed50: num(f.ed50, NaN), hill: num(f.hill, 1) } : m === 'log-linear' ? { offset: num(f.offset, 1) } : m === 'linear' ? {} : { delta: num(f.delta, NaN) };
  return { doses, assumed: { model: m, params } };
}

/** Every shape once, for shapes the list lacks: unticked, with the default parameters at the form's top dose. */
function withMissingShapes(f: FormState, rows: CandidateForm[]): CandidateForm[] {
  const { doses } = dosesAndAssumed(f);
  const defaults = defaultCandidates(doses.length ? doses : [0, 1]);
  const fallback = (m: ShapeModel): CandidateModel =>
    defaults.find((c) => c.model === m) ?? { model: m, params: m === 'log-linear' ? { offset: 1 } : m === 'emax' ? { ed50: 1, hill: 1 } : m === 'linear' ? {} : { delta: 1 } };
  const missing = SHAPE_MODELS.filter((m) => !rows.some((r) => r.model === m));
  return [...rows, ...missing.map((m) => row(fallback(m), false))];
}

/**
 * The engine's default candidates for the form as it stands (what `trendCandidates` computes), ticked,
 * followed by the other shapes unticked.
 */
export function defaultTrendRows(f: FormState): CandidateForm[] {
  const { doses, assumed } = dosesAndAssumed(f);
  return withMissingShapes(f, defaultCandidates(doses, assumed).map((c) => row(c, true)));
}

/** The one-sided level the engine uses when none is given: analysis alpha / sides, as text. */
export function defaultTrendAlpha(f: FormState): string {
  const a = num(f.alpha, NaN) / Number(f.sides);
  return Number.isFinite(a) ? String(a) : '';
}

/** What the trend section shows: the form's own values, or the defaults while untouched. */
export function trendView(f: FormState): TrendForm & { candidates: CandidateForm[] } {
  const t = f.trend;
  return { enabled: t?.enabled ?? true, alpha: t?.alpha ?? '', variance: t?.variance ?? 'pooled', candidates: t?.candidates ?? defaultTrendRows(f), estimate: t?.estimate, shapePrior: t?.shapePrior };
}

/** The form's trend settings, created on first edit (until then the scenario has no `trendTest`). */
export function touchTrend(f: FormState): TrendForm {
  f.trend ??= { enabled: true, alpha: '', variance: 'pooled', candidates: null };
  return f.trend;
}

const withWeight = (r: CandidateForm, weight: number | undefined): CandidateForm => (weight === undefined ? r : { ...r, weight: String(weight) });

/** The candidate rows, filled with the defaults on first edit. */
export function touchCandidates(f: FormState): CandidateForm[] {
  const t = touchTrend(f);
  t.candidates ??= defaultTrendRows(f);
  return t.candidates;
}

/** The Mod step's model choice ('none': the trial does not estimate the target dose); keeps a typed tolerance. */
export function setEstimateModel(f: FormState, m: EstimateModel | 'none'): void {
  const t = touchTrend(f);
  if (m === 'none') delete t.estimate;
  else t.estimate = { model: m, tolerance: t.estimate?.tolerance ?? '' };
}

/** The Mod step's tolerance as typed (only while a model is chosen). */
export function setEstimateTolerance(f: FormState, v: string): void {
  const e = touchTrend(f).estimate;
  if (e) e.tolerance = v;
}

/** "Average over shapes" on or off; the prior pairs weights with written candidates, so turning it on writes them out. */
export function setShapePrior(f: FormState, on: boolean): void {
  touchCandidates(f);
  if (on) touchTrend(f).shapePrior = true;
  else delete touchTrend(f).shapePrior;
}

/** "Use defaults": the default candidate set, written out. */
export function useTrendDefaults(f: FormState): void {
  touchTrend(f).candidates = defaultTrendRows(f);
}

/** The editor's trend settings for a loaded scenario; null when it had no `trendTest`. */
export function trendForm(f: FormState, input: unknown, valid: TrendTestSpec | undefined): TrendForm | null {
  if (input === undefined || valid === undefined) return null;
  return {
    enabled: valid.enabled ?? true,
    alpha: text(valid.alpha),
    variance: valid.variance ?? 'pooled',
    candidates: valid.candidates ? withMissingShapes(f, valid.candidates.map((c, i) => withWeight(row(c, true), valid.shapePrior?.[i]))) : null,
    ...(valid.estimate ? { estimate: { model: valid.estimate.model, tolerance: text(valid.estimate.tolerance) } } : {}),
    ...(valid.shapePrior ? { shapePrior: true } : {}),
  };
}

/** The scenario's `trendTest` as untrusted data: only the ticked shapes, each with its own parameters. */
export function trendTestOf(t: TrendForm): Record<string, unknown> {
  const candidates = t.candidates
    ?.filter((c) => c.on)
    .map((c) => ({
      model: c.model,
      ed50: c.model === 'emax' ? numberOrText(c.ed50) : undefined,
      hill: c.model === 'emax' ? numberOrText(c.hill) : undefined,
      offset: c.model === 'log-linear' ? numberOrText(c.offset) : undefined,
      delta: c.model === 'exponential' || c.model === 'quadratic' ? numberOrText(c.delta) : undefined,
    }));
  const variance = t.variance === 'pooled' ? undefined : t.variance;
  const estimate = t.estimate && { model: t.estimate.model, tolerance: numberOrText(t.estimate.tolerance) };
  const shapePrior = shapePriorOf(t);
  return { enabled: t.enabled ? undefined : false, alpha: numberOrText(t.alpha), variance, candidates, estimate, shapePrior };
}

/** Field key of a ticked candidate's error: the validator counts ticked shapes, the editor shows every row. */
export function trendRowKey(path: string, f: FormState): string {
  const w = weightRowKey(path, f);
  if (w !== path) return w;
  const m = /^trendTest\.candidates\[(\d+)\](.*)$/.exec(path);
  if (!m || !f.trend?.candidates) return path;
  let seen = -1;
  const j = f.trend.candidates.findIndex((c) => c.on && ++seen === Number(m[1]));
  return j < 0 ? path : `trendTest.rows[${j}]${m[2]}`;
}

/** Keys of the trend fields the editor shows. */
export function trendKeys(f: FormState): string[] {
  const keys = ['trendTest', 'trendTest.enabled', 'trendTest.alpha', 'trendTest.variance', 'trendTest.candidates'];
  keys.push('trendTest.estimate', 'trendTest.estimate.model', 'trendTest.estimate.tolerance', 'trendTest.shapePrior');
  f.trend?.candidates?.forEach((c, j) => {
    keys.push(`trendTest.rows[${j}]`);
    if (f.trend?.shapePrior && c.on) keys.push(`trendTest.rows[${j}].weight`);
    if (c.model === 'emax') keys.push(`trendTest.rows[${j}].ed50`, `trendTest.rows[${j}].hill`);
    if (c.model === 'log-linear') keys.push(`trendTest.rows[${j}].offset`);
    if (c.model === 'exponential' || c.model === 'quadratic') keys.push(`trendTest.rows[${j}].delta`);
  });
  return keys;
}

const SHAPE_LABELS: Record<ShapeModel, string> = { emax: 'Emax', linear: 'Linear', 'log-linear': 'Log-linear', exponential: 'Exponential', quadratic: 'Quadratic' };

/** A candidate row's name; a second row of the same shape is numbered ("Emax 2"). */
export function candidateLabel(rows: readonly CandidateForm[], j: number): string {
  const m = rows[j].model;
  const k = rows.slice(0, j + 1).filter((r) => r.model === m).length;
  return k > 1 ? `${SHAPE_LABELS[m]} ${k}` : SHAPE_LABELS[m];
}

/** Sets one value of candidate row j, writing out the defaults first if the rows were untouched. */
export function setCandidate<K extends keyof CandidateForm>(f: FormState, j: number, k: K, v: CandidateForm[K]): void {
  touchCandidates(f)[j][k] = v;
}
