import { screenedFor, screeningBurden } from '../enrichment/screening.ts';
import { count, fixed, pct } from './numberText.ts';

/**
 * The screening burden of an enriched trial in words.
 * @example screeningSentence('EDSS 6.0–6.5', 0.45, 36) // → "To randomise 36 patients with EDSS 6.0–6.5, about 80 must be screened (2.2 screened per patient randomised, as 45% of those screened are in that group)."
 */
export function screeningSentence(stratum: string, share: number, nRandomised: number): string {
  const screened = screenedFor(nRandomised, share);
  if (!Number.isFinite(screened)) return '';
  const per = fixed(screeningBurden(share), 1);
  return (
    `To randomise ${count(nRandomised)} patients with ${stratum}, about ${count(screened)} must be screened ` +
    `(${per} screened per patient randomised, as ${pct(share)} of those screened are in that group).`
  );
}
