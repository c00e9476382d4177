import { normalQuantile, normalSf } from '../distributions/normal.ts';
import { GRID_R } from './grid.ts';
import { densityAt, nextLook, START, tailMass, total, type LookState } from './recursion.ts';
import { alphaSpending } from './spending.ts';
import type { GroupSequentialBounds, InterimSpec } from './types.ts';

/** The search for an efficacy bound stops when its step or bracket is this small (z units). */
const Z_TOL = 1e-10;
/** The bracket for an efficacy bound: crossing mass above 40 is below any spend that does not underflow. */
const Z_LO = -10;
const Z_HI = 40;

/**
 * Efficacy bounds of a group-sequential design at one-sided level `alpha` (Stride passes alpha/sides):
 * at each look the bound b_k solves P_0(not stopped before k, Z_k ≥ b_k) = α*(t_k) − α*(t_{k−1}) under
 * the null's joint normal law with independent increments, by the recursive numerical integration of
 * Armitage, McPherson & Rowe (1969) on Jennison & Turnbull's grid (2000, ch. 19), as gsDesign and rpact do.
 * A non-binding futility rule is ignored here (the trials it would stop still count as continuing); a
 * binding one removes them, which lowers the later bounds. A look with nothing to spend gets +Infinity;
 * when fewer null trials reach a look than the spend asks for (only with a high binding futility bound),
 * every trial reaching it rejects (−Infinity).
 * @example groupSequentialBounds({ informationRates: [0.5, 1], efficacy: 'obrien-fleming' }, 0.025).criticalZ // → [2.9626, 1.9686] (rpact asOF)
 */
export function groupSequentialBounds(spec: InterimSpec, alpha: number, r: number = GRID_R): GroupSequentialBounds {
  const t = spec.informationRates;
  const last = t.length - 1;
  const criticalZ: number[] = [];
  const futilityZ: number[] = [];
  const alphaSpent: number[] = [];
  let state: LookState = START;
  let spent = 0;
  for (let k = 0; k <= last; k++) {
    const target = alphaSpending(spec.efficacy, alpha, t[k]) - alphaSpending(spec.efficacy, alpha, k ? t[k - 1] : 0);
    const b = boundFor(state, t[k], target);
    const a = spec.futility && k < last ? Math.min(spec.futility.z, b) : -Infinity;
    criticalZ.push(b);
    futilityZ.push(a);
    spent += tailMass(state, t[k], 0, b, true);
    alphaSpent.push(spent);
    if (k < last) state = nextLook(state, t[k], 0, spec.futility?.binding ? a : -Infinity, b, r);
  }
  return { criticalZ, nominalAlpha: criticalZ.map((b) => normalSf(b)), futilityZ, alphaSpent };
}

/**
 * The z at which the null crossing mass at this look equals `target` (it falls as z rises): Newton's
 * method on the mass, kept inside a shrinking bisection bracket, started from the bound that would hold
 * if every trial still running were a fresh N(0, 1).
 */
function boundFor(state: LookState, info: number, target: number): number {
  if (!(target > 0)) return Infinity;
  const reach = total(state);
  if (reach <= target || tailMass(state, info, 0, Z_LO, true) < target) return -Infinity;
  let lo = Z_LO;
  let hi = Z_HI;
  let x = Math.min(Z_HI, Math.max(Z_LO, -normalQuantile(target / reach)));
  for (let i = 0; i < 200; i++) {
    const f = tailMass(state, info, 0, x, true) - target;
    if (f > 0) lo = x;
    else hi = x;
    const step = f / densityAt(state, info, 0, x);
    let next = x + step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) < Z_TOL || hi - lo < Z_TOL) return next;
    x = next;
  }
  return x;
}
