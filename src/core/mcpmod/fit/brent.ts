/** A one-dimensional objective, called as a method so that a hot loop passes `this` instead of a fresh closure. */
export interface Objective1D {
  value(x: number): number;
}

/** Result slot of brentMin (reused: the minimiser allocates nothing). */
export interface BrentResult {
  x: number;
  fx: number;
}

const GOLD = (3 - Math.sqrt(5)) / 2;
const SQRT_EPS = Math.sqrt(2 ** -52);
const MAX_ITER = 200;

/**
 * Minimum of f on [a, b] by Brent's method (golden section with parabolic steps; Brent 1973, ch. 5), line by line as
 * R's `optimize` (Brent_fmin), so that a fit agrees with DoseFinding's wherever the objective does. Stops when the
 * bracket is within 2·(√ε·|x| + tol/3) or after 200 iterations. Writes x and f(x) to `out` and returns it.
 * @example brentMin({ value: (x) => (x - 1) ** 2 }, 0, 3, 1e-8, { x: 0, fx: 0 }).x // → 1
 */
export function brentMin(f: Objective1D, ax: number, bx: number, tol: number, out: BrentResult): BrentResult {
  let a = ax;
  let b = bx;
  let v = a + GOLD * (b - a);
  let w = v;
  let x = v;
  let d = 0;
  let e = 0;
  let fx = f.value(x);
  let fv = fx;
  let fw = fx;
  const tol3 = tol / 3;
  for (let it = 0; it < MAX_ITER; it++) {
    const xm = (a + b) * 0.5;
    const tol1 = SQRT_EPS * Math.abs(x) + tol3;
    const t2 = tol1 * 2;
    if (Math.abs(x - xm) <= t2 - (b - a) * 0.5) break;
    let p = 0;
    let q = 0;
    let r = 0;
    if (Math.abs(e) > tol1) {
      // fit a parabola through x, w, v
      r = (x - w) * (fx - fv);
      q = (x - v) * (fx - fw);
      p = (x - v) * q - (x - w) * r;
      q = (q - r) * 2;
      if (q > 0) p = -p;
      else q = -q;
      r = e;
      e = d;
    }
    if (Math.abs(p) >= Math.abs(q * 0.5 * r) || p <= q * (a - x) || p >= q * (b - x)) {
      e = x < xm ? b - x : a - x;
      d = GOLD * e;
    } else {
      d = p / q;
      const u = x + d;
      // not too close to the ends of the bracket
      if (u - a < t2 || b - u < t2) d = x >= xm ? -tol1 : tol1;
    }
    // not too close to x
    const u = Math.abs(d) >= tol1 ? x + d : d > 0 ? x + tol1 : x - tol1;
    const fu = f.value(u);
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      v = w;
      w = x;
      x = u;
      fv = fw;
      fw = fx;
      fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  out.x = x;
  out.fx = fx;
  return out;
}
