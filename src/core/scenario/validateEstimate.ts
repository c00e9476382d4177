import { ESTIMATE_MODELS, type TrendEstimate } from '../mcpmod/types.ts';
import type { Checker } from './checks.ts';
import { FIELDS } from './fields.ts';

/**
 * Validates `trendTest.estimate` (the Mod step): a model choice from ESTIMATE_MODELS and a relative tolerance in
 * (0, 1]. It needs Δ, the effect the target dose must reach: `missingDelta` says a doseResponse has no relevantEffect.
 * @example validateEstimate(c, { model: 'aic' }, false) // → { model: 'aic' }
 */
export function validateEstimate(c: Checker, v: unknown, missingDelta: boolean): TrendEstimate | undefined {
  const e = c.fields('trendTest.estimate', v, FIELDS['trendTest.estimate']);
  if (!e) return undefined;
  const model = c.oneOf('trendTest.estimate.model', e.model, ESTIMATE_MODELS);
  const out: TrendEstimate | undefined = model ? { model } : undefined;
  if (e.tolerance !== undefined) {
    const tol = c.number('trendTest.estimate.tolerance', e.tolerance, 0, 1, { loOpen: true });
    if (out) out.tolerance = tol;
  }
  if (missingDelta) {
    const message = 'trendTest.estimate needs doseResponse.relevantEffect (Δ > 0, the effect the target dose must reach)';
    c.errors.push({ path: 'trendTest.estimate', message });
  }
  return out;
}
