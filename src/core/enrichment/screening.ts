import { resolveStratum } from './strata.ts';
import type { ArmMoments, Enrichment } from './types.ts';

/**
 * Patients screened per patient randomised when only a stratum of population share `share` is eligible: 1/share
 * (the mean of a geometric number of screenings per eligible patient). NaN unless share ∈ (0, 1].
 * @example screeningBurden(0.45) // → 2.222
 */
export function screeningBurden(share: number): number {
  return share > 0 && share <= 1 ? 1 / share : NaN;
}

/**
 * Expected number of patients screened to randomise nRandomised eligible ones (negative binomial mean n/share), rounded up.
 * @example screenedFor(40, 0.45) // → 89
 */
export function screenedFor(nRandomised: number, share: number): number {
  const b = screeningBurden(share);
  // the 1e-9 keeps exact products such as 40/0.5 = 80 from rounding up to 81 through floating-point noise
  return nRandomised >= 0 && b === b ? Math.max(0, Math.ceil(nRandomised * b - 1e-9)) : NaN;
}

export interface EnrichedTrial {
  stratum: string;
  share: number;
  screeningBurden: number;
  /** Control and treatment arms of the enriched trial (the stratum's parameters). */
  arms: [ArmMoments, ArmMoments];
}

/**
 * The enriched trial: only the `enrichTo` stratum, with its control and treatment means and sds (undefined if the
 * label is not a stratum, which validation rules out).
 * @example enrichedArms(issueEnrichment, {mean: -54.4, sd: 70.5}).arms[1].mean // → 3.7
 */
export function enrichedArms(e: Enrichment, control: ArmMoments): EnrichedTrial | undefined {
  const s = e.strata.find((x) => x.label === e.enrichTo);
  if (s === undefined) return undefined;
  const m = resolveStratum(s, control);
  return {
    stratum: s.label,
    share: s.share,
    screeningBurden: screeningBurden(s.share),
    arms: [
      { mean: m.controlMean, sd: m.controlSd },
      { mean: m.treatmentMean, sd: m.treatmentSd },
    ],
  };
}
