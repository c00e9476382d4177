/**
 * Wilson score interval for a binomial proportion (Wilson 1927); z = 1.959964 gives 95%.
 * @example wilsonInterval(80, 100) // → [0.7112, 0.8666]
 */
export function wilsonInterval(successes: number, trials: number, z = 1.959963984540054): [number, number] {
  if (!(trials > 0)) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Monte Carlo standard error of a simulated proportion: √(p(1 − p)/sims). */
export function monteCarloSe(p: number, trials: number): number {
  return trials > 0 ? Math.sqrt((p * (1 - p)) / trials) : NaN;
}
