import { lossApplies, timeCapOf } from '../endpoints/ambulation.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { listJoin } from './formatReport.ts';
import { pct, significant } from './numberText.ts';

/** Each arm's loss of ambulation with its provenance: "10% in Saline and 5% in MSC-NP (assumed)". */
function lossList(s: ResolvedScenario): string {
  const kinds = new Set(s.arms.map((a) => a.provenance.lossOfAmbulation));
  const each = s.arms.map((a) => `${pct(a.lossOfAmbulation)} in ${a.label}${kinds.size > 1 ? ` (${a.provenance.lossOfAmbulation})` : ''}`);
  return `${listJoin(each)}${kinds.size === 1 ? ` (${[...kinds][0]})` : ''}`;
}

/** What makes a patient unable to walk: the loss rates and the time cap. */
function whoIsUnable(s: ResolvedScenario): string {
  const cap = timeCapOf(s);
  const loss = s.arms.some((a) => a.lossOfAmbulation > 0) ? `loss of ambulation among completers: ${lossList(s)}` : '';
  const capped = cap === undefined ? '' : `a follow-up time above the cap of ${significant(cap, 4)} s`;
  return [loss, capped].filter((x) => x !== '').join('; ');
}

/** How the strategy scores an unable patient. */
function strategyWords(s: ResolvedScenario): string {
  const cap = timeCapOf(s);
  switch (s.analysis.intercurrent) {
    case 'worst-rank':
      return 'counts as worse than every patient who walked, tied with the others unable to walk (a composite strategy), and the Mann–Whitney test then tests P(X > Y) = ½ — whether a patient on treatment tends to do better than one on control — not equal mean changes';
    case 'non-responder':
      return 'counts as not improved, a non-responder (a composite strategy)';
    case 'cap':
      return cap === undefined
        ? 'scores a distance of 0 m, a change of −100% (a composite strategy)'
        : `is given the follow-up time ${significant(cap, 4)} s (or the baseline time if that is longer, so being unable never counts as an improvement; a composite strategy)`;
    case 'exclude':
      return 'is analysed as missing, as if the walk had not been done; this changes the question to one about patients who can still walk, and it is biased when the loss differs between arms (a treatment that makes more patients stop walking can look better): prefer worst-rank or, for responders, non-responder';
    default:
      return '';
  }
}

/**
 * The estimand in words: who is unable to walk, and how the analysis counts them (ICH E9(R1)
 * intercurrent-event strategies). Empty without a strategy.
 * @example estimandSentence(withLoss) // → "Estimand: a patient unable to walk at follow-up (…) counts as worse than …"
 */
export function estimandSentence(s: ResolvedScenario): string {
  if (s.analysis.intercurrent === undefined) return '';
  if (!lossApplies(s))
    return `Estimand: no patient is assumed unable to walk at follow-up (every arm's lossOfAmbulation is 0 and there is no time cap), so the "${s.analysis.intercurrent}" strategy changes nothing.`;
  return `Estimand: a patient unable to walk at follow-up (${whoIsUnable(s)}; drawn after dropout, independently of the walk change) ${strategyWords(s)}.`;
}

/**
 * The app's and the CLI's notices: the estimand, and for worst-rank with unequal SDs of the change that
 * equal mean changes are not a null for the Mann–Whitney test.
 */
export function intercurrentNotices(s: ResolvedScenario): string[] {
  const sentence = estimandSentence(s);
  if (sentence === '') return [];
  const out = [sentence];
  const sds = new Set(s.arms.map((a) => a.sd));
  if (s.analysis.intercurrent === 'worst-rank' && sds.size > 1)
    out.push(
      'With worst-rank the Mann–Whitney test compares the chance that a treated patient does better than a control patient, not the means: ' +
        `with unequal SDs of the change (${listJoin(s.arms.map((a) => `${significant(a.sd, 3)} in ${a.label}`))}) equal mean changes are not a null for it, ` +
        'and it can reject without any difference in mean change.',
    );
  return out;
}
