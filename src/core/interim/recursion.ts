import { normalCdf, normalSf } from '../distributions/normal.ts';
import { GRID_R, integrationGrid } from './grid.ts';

/**
 * The sub-density of Z_k on the continuation region (trials not stopped by look k), for the canonical
 * joint law of Jennison & Turnbull (2000) ch. 3: E[Z_k] = θ·√I_k, Cov(Z_j, Z_k) = √(I_j/I_k), i.e. the
 * score S_k = Z_k·√I_k has independent increments S_k − S_{k−1} ~ N(θ·ΔI, ΔI). `h` holds density × weight.
 */
export interface LookState {
  z: Float64Array;
  h: Float64Array;
  info: number;
}

/** Before the first look: all mass at S = 0 with no information, so the recursion needs no special first step. */
export const START: LookState = { z: new Float64Array([0]), h: new Float64Array([1]), info: 0 };

const INV_SQRT_2PI = 0.3989422804014327;

/** Standardised increment argument: (x·√I_k − z_j·√I_{k−1} − θ·ΔI)/√ΔI for each previous grid point. */
function shift(prev: LookState, info: number, theta: number): { a: number; b: Float64Array } {
  const d = info - prev.info;
  const s = Math.sqrt(d);
  const b = new Float64Array(prev.z.length);
  const sp = Math.sqrt(prev.info);
  for (let j = 0; j < b.length; j++) b[j] = (prev.z[j] * sp + theta * d) / s;
  return { a: Math.sqrt(info) / s, b };
}

/**
 * P(not stopped before look k, and Z_k ≥ x) (upper) or Z_k < x (lower), at information `info` > prev.info,
 * summing the previous sub-density against the normal increment law (J&T §19.2, eq. 19.4).
 */
export function tailMass(prev: LookState, info: number, theta: number, x: number, upper: boolean): number {
  if (x === Infinity) return upper ? 0 : total(prev);
  if (x === -Infinity) return upper ? total(prev) : 0;
  const { a, b } = shift(prev, info, theta);
  let p = 0;
  for (let j = 0; j < b.length; j++) {
    const u = a * x - b[j];
    p += prev.h[j] * (upper ? normalSf(u) : normalCdf(u));
  }
  return p;
}

/** d/dx of tailMass(…, x, upper = false): the sub-density of Z_k at x (J&T eq. 19.5 at one point). */
export function densityAt(prev: LookState, info: number, theta: number, x: number): number {
  const { a, b } = shift(prev, info, theta);
  let f = 0;
  for (let j = 0; j < b.length; j++) {
    const u = a * x - b[j];
    f += prev.h[j] * Math.exp(-0.5 * u * u);
  }
  return f * a * INV_SQRT_2PI;
}

/** P(not stopped before the look this state describes). */
export function total(prev: LookState): number {
  let p = 0;
  for (let j = 0; j < prev.h.length; j++) p += prev.h[j];
  return p;
}

/**
 * The sub-density at look k on the continuation region [lo, hi), from the previous look's (J&T eq. 19.5):
 * f_k(z) = Σ_j h_j·(√I_k/√ΔI)·φ((z·√I_k − z_j·√I_{k−1} − θ·ΔI)/√ΔI), on J&T's grid about the mean θ·√I_k.
 */
export function nextLook(prev: LookState, info: number, theta: number, lo: number, hi: number, r: number = GRID_R): LookState {
  const g = integrationGrid(theta * Math.sqrt(info), lo, hi, r);
  const { a, b } = shift(prev, info, theta);
  const h = new Float64Array(g.z.length);
  for (let i = 0; i < g.z.length; i++) {
    const x = a * g.z[i];
    let f = 0;
    for (let j = 0; j < b.length; j++) {
      const u = x - b[j];
      f += prev.h[j] * Math.exp(-0.5 * u * u);
    }
    h[i] = g.w[i] * f * a * INV_SQRT_2PI;
  }
  return { z: g.z, h, info };
}
