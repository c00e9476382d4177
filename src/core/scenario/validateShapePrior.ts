import { ShapePrior, topDoseArm, shapeAtTop } from '../effects/shapePrior.ts';
import { shapeClampShare, shapeRatesOutside } from '../effects/shapeRateRange.ts';
import { shapeLabel } from '../mcpmod/shapeLabel.ts';
import { trendApplies } from '../sim/trendSetup.ts';
import { shown, type Checker } from './checks.ts';
import { pctRough, signed, significant } from '../report/numberText.ts';
import type { ResolvedScenario } from './types.ts';

/** How far the weights' sum may stray from 1 (rounding in a written list such as 0.1 × 10). */
export const SHAPE_PRIOR_SUM_TOLERANCE = 1e-9;

/**
 * Validates `trendTest.shapePrior`: one weight in [0, 1] per written candidate (`candidates`: how many the scenario
 * lists, undefined when it lists none), summing to 1 within 1e-9.
 * @example validateShapePrior(c, [0.5, 0.5], 2) // → [0.5, 0.5]
 */
export function validateShapePrior(c: Checker, v: unknown, candidates: number | undefined): number[] | undefined {
  const path = 'trendTest.shapePrior';
  if (candidates === undefined) {
    c.errors.push({ path, message: `${path} needs trendTest.candidates written out: its weights go with them, in their order` });
    return undefined;
  }
  if (!Array.isArray(v) || v.length !== candidates) {
    const got = Array.isArray(v) ? `${v.length} weight${v.length === 1 ? '' : 's'}` : shown(v);
    c.errors.push({ path, message: `${path} must be a list of ${candidates} weights, one per trendTest.candidates entry, got ${got}` });
    return undefined;
  }
  const out: number[] = [];
  v.forEach((w, i) => {
    const x = c.number(`${path}[${i}]`, w, 0, 1);
    if (x !== undefined) out.push(x);
  });
  if (out.length !== candidates) return undefined;
  const sum = out.reduce((a, b) => a + b, 0);
  if (!(Math.abs(sum - 1) <= SHAPE_PRIOR_SUM_TOLERANCE)) {
    c.errors.push({ path, message: `${path} must sum to 1 (each weight is the chance that its candidate is the true shape), got a sum of ${significant(sum, 12)}` });
    return undefined;
  }
  return out;
}

/**
 * Cross-field checks of a shape prior once the doses are known: the trend test must run (the prior is over its
 * candidates), and each shape with weight must have an effect at the top dose, where every shape is anchored.
 */
export function checkShapePrior(c: Checker, s: ResolvedScenario): boolean {
  const prior = s.trendTest.shapePrior;
  if (!prior) return true;
  const path = 'trendTest.shapePrior';
  if (!trendApplies(s)) {
    c.errors.push({ path, message: `${path} needs the trend test to run (a dose-response model with two or more doses, trendTest.enabled not false)` });
    return false;
  }
  const before = c.errors.length;
  const top = s.doseResponse!.doses[topDoseArm(s)];
  s.trendTest.candidates.forEach((cand, m) => {
    const g = shapeAtTop(s, cand);
    if (prior[m] > 0 && !(Number.isFinite(g) && g !== 0)) {
      c.errors.push({
        path: `${path}[${m}]`,
        message: `${path}[${m}]: the ${shapeLabel(cand)} shape has no effect at the top dose (${top}), where every shape is anchored; give it weight 0 or change its parameters`,
      });
    }
  });
  if (c.errors.length === before && s.endpoint.type === 'binary') ratesInside(c, s, prior);
  return c.errors.length === before;
}

/** A binary endpoint's shapes hold on the probability scale: every weighted shape's rates at the planned anchor lie in (0, 1). */
function ratesInside(c: Checker, s: ResolvedScenario, prior: number[]): void {
  const p = new ShapePrior(s, prior);
  const top = `${signed(p.topPlanned)} at dose ${s.doseResponse!.doses[topDoseArm(s)]}`;
  for (const o of shapeRatesOutside(p)) {
    const path = `trendTest.shapePrior[${o.shape}]`;
    c.errors.push({
      path,
      message:
        `${path}: the ${shapeLabel(s.trendTest.candidates[o.shape])} shape, anchored at the planned top-dose rate difference (${top}), ` +
        `gives ${s.arms[o.arm].label} (dose ${s.doseResponse!.doses[o.arm]}) a response rate of ${significant(o.rate, 3)}, outside (0, 1); ` +
        `give it weight 0, change its parameters or plan on a smaller effect`,
    });
  }
}

/**
 * On a binary endpoint with an effect prior: the share of assurance trials whose drawn anchor takes some rate outside
 * [0, 1] along their shape (held at 0 or 1 there, as the effect prior holds rates), overall and per shape, in words;
 * null below 0.1%.
 */
export function shapeClampWarning(s: ResolvedScenario): string | null {
  const prior = s.trendTest.shapePrior;
  if (!prior || s.endpoint.type !== 'binary' || !s.effectPrior?.sd) return null;
  const { share, byShape } = shapeClampShare(new ShapePrior(s, prior), s.effectPrior.sd);
  if (!(share >= 0.001)) return null;
  const each = byShape.flatMap((x, m) => (prior[m] > 0 ? [`${shapeLabel(s.trendTest.candidates[m])} ${pctRough(x)}`] : [])).join(', ');
  return (
    `Under the design prior ${pctRough(share)} of assurance trials draw a top-dose difference that takes a response rate outside [0, 1] ` +
    `along their shape (${each} of the trials that draw it); those rates are held at 0 or 1, as the design prior holds every rate. ` +
    `A smaller effectPrior.sd keeps them inside.`
  );
}
