import { DOSE_MODELS } from '../doses/types.ts';
import { TREND_VARIANCES, type CandidateModel } from '../mcpmod/types.ts';
import type { Checker } from './checks.ts';
import { FIELDS, SHAPE_PARAMS } from './fields.ts';
import type { TrendTestSpec } from './types.ts';
import { validateEstimate } from './validateEstimate.ts';
import { validateShapePrior } from './validateShapePrior.ts';

const SHAPES = DOSE_MODELS.filter((m) => m !== 'explicit');

/** Validates `trendTest`: up to 8 candidate shapes with their parameters, a level in (0, 0.5), the variance estimate,
 * the Mod step (missingDelta: a doseResponse without relevantEffect). */
export function validateTrend(c: Checker, v: unknown, missingDelta = false): TrendTestSpec | undefined {
  if (v === undefined) return {};
  const t = c.fields('trendTest', v, FIELDS.trendTest);
  if (!t) return undefined;
  const out: TrendTestSpec = {};
  if (t.enabled !== undefined) {
    if (typeof t.enabled !== 'boolean') c.fail('trendTest.enabled', 'must be true or false', t.enabled);
    else out.enabled = t.enabled;
  }
  if (t.alpha !== undefined) out.alpha = c.number('trendTest.alpha', t.alpha, 0, 0.5, { loOpen: true, hiOpen: true });
  if (t.variance !== undefined) {
    const v = c.oneOf('trendTest.variance', t.variance, TREND_VARIANCES);
    if (v) out.variance = v;
  }
  if (t.estimate !== undefined) {
    const e = validateEstimate(c, t.estimate, missingDelta);
    if (e) out.estimate = e;
  }
  if (t.candidates !== undefined) {
    if (!Array.isArray(t.candidates) || t.candidates.length < 1 || t.candidates.length > 8) {
      c.fail('trendTest.candidates', 'must be a list of 1 to 8 candidate shapes', t.candidates);
      return undefined;
    }
    const list: CandidateModel[] = [];
    t.candidates.forEach((raw, i) => {
      const path = `trendTest.candidates[${i}]`;
      const m = c.object(path, raw);
      if (!m) return;
      const model = c.oneOf(`${path}.model`, m.model, SHAPES);
      if (!model) return;
      const keys = ['model', ...SHAPE_PARAMS[model]] as const;
      const o = c.fields(path, m, FIELDS['trendTest.candidates[i]'].filter((k) => (keys as readonly string[]).includes(k)), {
        keys: FIELDS['trendTest.candidates[i]'],
        by: `the ${model} shape`,
      });
      if (!o) return;
      const params: CandidateModel['params'] = {};
      if (model === 'emax') {
        params.ed50 = c.positive(`${path}.ed50`, o.ed50, 1e6);
        params.hill = c.positive(`${path}.hill`, o.hill ?? 1, 20);
      } else if (model === 'log-linear') params.offset = c.positive(`${path}.offset`, o.offset ?? 1, 1e6);
      else if (model === 'exponential') params.delta = c.positive(`${path}.delta`, o.delta, 1e6);
      else if (model === 'quadratic') params.delta = c.number(`${path}.delta`, o.delta, -1e6, 1e6);
      list.push({ model, params });
    });
    out.candidates = list;
  }
  if (t.shapePrior !== undefined) {
    const w = validateShapePrior(c, t.shapePrior, Array.isArray(t.candidates) ? t.candidates.length : undefined);
    if (w) out.shapePrior = w;
  }
  return out;
}
