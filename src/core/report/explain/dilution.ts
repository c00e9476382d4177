import type { DilutionPoint } from '../../explain/dilution.ts';
import type { Estimate } from '../../explain/proportionSummary.ts';
import { dilutionDefaults, type DilutionInputs } from '../../explain/sections/dilution.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';
import { percent, points, provenanceOf } from './say.ts';

/** Section 2 of the explanation page in words: every conclusion follows from the computed numbers. */

const near = (pts: readonly DilutionPoint[], share: number) => pts.find((p) => Math.abs(p.share - share) < 1e-9);

export function dilutionText(i: DilutionInputs, pts: readonly DilutionPoint[] | null): string[] {
  const chosen = near(pts ?? [], i.sharePct / 100);
  const all = near(pts ?? [], 1);
  const share = i.sharePct / 100;
  const whole = share * (i.benefitPts / 100);
  const source = provenanceOf(i.sharePct, dilutionDefaults().sharePct, TRIAL_FACTS.subgroupShare.provenance) === 'assumed' ? 'your choice' : `${TRIAL_FACTS.subgroupShare.provenance} from the trial's stratification; change it below`;
  return [
    `Suppose only patients at EDSS 6.0–6.5 can benefit: about ${percent(share)} of those analysed (${source}). If MSC-NP adds ${points(i.benefitPts / 100)} to their improvement rate and nothing for the rest, the whole-trial difference is ${share < 1 ? 'only ' : ''}${points(whole, 1)}.`,
    `With ${TRIAL_FACTS.analysedMscNp.value} vs ${TRIAL_FACTS.analysedSaline.value} patients analysed, ${dilutionVerdict(i, all?.power ?? null, chosen?.power ?? null)}`,
  ];
}

/** Power with every patient able to benefit against power at the chosen share, judged with their Monte Carlo intervals. */
export function dilutionVerdict(i: DilutionInputs, all: Estimate | null, chosen: Estimate | null): string {
  const a = percent(all?.value);
  const c = percent(chosen?.value);
  if (i.benefitPts === 0) return `power is only the test's false-positive rate (${c}): with no benefit there is nothing to dilute.`;
  if (i.sharePct >= 100) return `power is ${a} when every patient can benefit: nothing is diluted.`;
  if (all === null || chosen === null) return `power falls from ${a} (if every patient could benefit) to ${c}.`;
  if (chosen.hi < all.lo) return `power falls from ${a} (if every patient could benefit) to ${c}. The benefit is diluted by the patients who cannot have it.`;
  return `power is ${c}, about the same as the ${a} if every patient could benefit: at this share and benefit, dilution costs little.`;
}
