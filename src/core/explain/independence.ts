/**
 * Chance that at least one of k independent events of probability p happens: 1 − (1 − p)^k.
 * @example anyOfIndependent(0.05, 12) // → 0.4596
 */
export const anyOfIndependent = (p: number, k: number): number => 1 - (1 - p) ** k;

/**
 * The per-measure rate that gives a composite rate under independence of three measures:
 * 1 − (1 − p)³ = composite ⇒ p = 1 − (1 − composite)^(1/3) (derived).
 * @example perMeasureRate(0.37) // → 0.1427
 */
export const perMeasureRate = (composite: number): number => 1 - Math.cbrt(1 - composite);
