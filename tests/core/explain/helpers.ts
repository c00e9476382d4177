/** Half-width allowed between a simulated proportion and its exact value: 4 Monte Carlo SEs. */
export function tol(p: number, sims: number): number {
  return 4 * Math.sqrt((p * (1 - p)) / sims);
}

/** Composite Simpson's rule on [a, b] with n (even) intervals: an independent numerical integral. */
export function simpson(f: (x: number) => number, a: number, b: number, n = 4000): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

/** Standard normal density and CDF (the CDF by integrating the density: independent of src/core/distributions). */
export const phi = (x: number): number => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
export const Phi = (x: number): number => (x < 0 ? 0.5 - simpson(phi, x, 0, 400) : 0.5 + simpson(phi, 0, x, 400));

/** Binomial pmf by the multiplicative recurrence (independent of the engine's tables). */
export function binomialPmf(n: number, p: number): number[] {
  const out = new Array<number>(n + 1).fill(0);
  let v = (1 - p) ** n;
  for (let k = 0; k <= n; k++) {
    out[k] = v;
    v = (v * (n - k) * p) / ((k + 1) * (1 - p));
  }
  return out;
}
