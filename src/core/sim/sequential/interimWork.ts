import type { ResolvedScenario } from '../../scenario/types.ts';

/**
 * Extra work per trial of a group-sequential design, in draw-equivalents (scenario/workEstimate.ts's unit, one
 * patient's draw on the full-data path), over the single analysis its grid point already counts: every patient
 * is drawn (the full-data path even for t-tests), each look copies its completers and summarises them (about
 * one unit per patient analysed, Σ rates × patients), and a rank test sorts again at each earlier look.
 * Measured: n = 64 per arm, 2 looks, Student: ≈ 8 µs per trial, ≈ 2.5 units per patient.
 */
export function interimWorkPerTrial(s: ResolvedScenario, n: readonly number[]): number {
  const d = s.interim;
  if (!d) return 0;
  const total = n.reduce((a, b) => a + b, 0);
  const sumRates = d.informationRates.reduce((a, b) => a + b, 0);
  const perPatient = s.analysis.test === 'ancova' ? 1.2 : 1;
  const rank = s.analysis.test === 'mann-whitney' ? 0.2 * Math.log2(Math.max(...n)) * total * (sumRates - 1) : 0;
  return total * perPatient * (1 + sumRates) + rank;
}
