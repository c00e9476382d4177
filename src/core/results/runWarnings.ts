import { listJoin } from '../report/formatReport.ts';
import { count, pct } from '../report/numberText.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { PointSummary } from './types.ts';

/**
 * Share of trials with an expected cell count below 5 above which chi-square gets a warning. Below
 * about 10% the few small tables barely move the rejection rate; at n = 3–5 per arm, where chi-square
 * rejects 6–9% under a nominal 5%, nearly every trial has one.
 */
export const SMALL_EXPECTED_SHARE = 0.1;

/** "0.12% at n = 4 (12 of 10,000 trials)": the share of `k` in `sims` at one grid point. */
function share(k: number, p: PointSummary): string {
  const s = k / p.sims;
  return `${pct(s, s < 0.01 ? 2 : 1)} at n = ${count(p.nPerArm)} (${count(k)} of ${count(p.sims)} trials)`;
}

/** The shares at up to three grid points, then how many more (long grids keep the warning short). */
function shares(ps: readonly PointSummary[], k: (p: PointSummary) => number): string {
  const shown = ps.slice(0, 3).map((p) => share(k(p), p));
  const rest = ps.length - shown.length;
  if (rest > 0) shown.push(`${rest} more sample size${rest > 1 ? 's' : ''} up to n = ${count(ps[ps.length - 1].nPerArm)}`);
  return listJoin(shown);
}

/**
 * Warnings in words about how the simulated trials were analysed: trials that could not be analysed
 * (counted as not significant), and Pearson's chi-square on small expected counts (Fisher's is valid).
 */
export function runWarnings(s: ResolvedScenario, points: readonly PointSummary[]): string[] {
  const out: string[] = [];
  const undef = points.filter((p) => p.sims > 0 && p.undefinedTrials > 0);
  if (undef.length > 0) {
    const binary = s.endpoint.type === 'binary' || s.endpoint.type === 'responder';
    const why = binary ? 'every patient compared responded, or none did' : 'an arm had no variation or too few completers';
    out.push(
      `Some simulated trials could not be analysed (${why}): ${shares(undef, (p) => p.undefinedTrials)}. ` +
        'They count as not significant, so power there is understated.',
    );
  }
  if (s.analysis.test === 'chi-square') {
    const small = points.filter((p) => p.sims > 0 && p.smallExpectedTrials / p.sims > SMALL_EXPECTED_SHARE);
    if (small.length > 0) {
      out.push(
        `Pearson's chi-square is unreliable when an expected cell count is below 5, and that happened in ` +
          `${shares(small, (p) => p.smallExpectedTrials)}: its false-positive rate can exceed alpha there. ` +
          'Use Fisher\'s exact test ("test": "fisher") for these sample sizes.',
      );
    }
  }
  return out;
}
