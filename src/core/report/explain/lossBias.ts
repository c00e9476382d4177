import type { LossPointResult } from '../../explain/lossOfAmbulation.ts';
import { capFor, HARMS, lossBiasWalk, type LossBiasInputs } from '../../explain/sections/lossBias.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';
import { num, percent } from './say.ts';

/** Section 8 of the explanation page in words: every judgement follows from the computed numbers. */

/** The result at the reader's harm (points follow HARMS), or null while it is being simulated. */
const at = (r: readonly LossPointResult[] | null, harm: number) => r?.[HARMS.indexOf(harm)] ?? null;

/** A mean % improvement in words: positive = faster. */
const walk = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '…' : v >= 0 ? `${num(v)}% faster` : `${num(-v)}% slower`);

/** The share of trials in which chance alone gives a significant result in one given direction. */
const half = () => TRIAL_FACTS.alpha.value / 2;

export function lossBiasText(i: LossBiasInputs, r: readonly LossPointResult[] | null): string[] {
  const p = at(r, i.harmPct);
  const w = lossBiasWalk();
  const test = i.excludeTest === 'welch' ? "Welch's t-test" : 'the Mann–Whitney test';
  const ex = p?.strategies.exclude;
  const wr = p?.strategies.worstRank;
  return [
    `Suppose a treatment does nothing for walking but harms the frailest, so that more of its slowest walkers cannot do the walk at all at follow-up. Here both arms change as saline did (T25FW % improvement ${num(w.mean)} ± ${num(w.sd)}), ${i.nPerArm} patients per arm. On saline, patients slower than ${num(capFor(i.controlUnablePct / 100))} s at follow-up count as unable to walk (${percent(p?.unable[0])} of them); on the treatment, the harm makes everyone slower than ${num(capFor(Math.min(0.9, (i.controlUnablePct + i.harmPct) / 100)))} s unable (${percent(p?.unable[1])}). Everyone else walks exactly as on saline.`,
    `Leave the unable out, and the treated patients who still walk are the better walkers: on average their walk became ${walk(p?.walkerMean[1])}, against ${walk(p?.walkerMean[0])} on saline. ${test} on them says the treatment is better in ${percent(ex?.better.value)} of simulated trials and worse in ${percent(ex?.worse.value)}. Rank the unable below every walker instead, and the same patients show the harm: worse in ${percent(wr?.worse.value)}, better in ${percent(wr?.better.value)}.`,
    verdict(p),
  ].filter(Boolean);
}

/** Whether exclude favours the harmful treatment beyond chance (α/2 in one direction), and whether worst-rank sees the harm. */
export function verdict(p: Pick<LossPointResult, 'strategies'> | null): string {
  if (p === null) return '';
  const ex = p.strategies.exclude.better;
  const wr = p.strategies.worstRank.worse;
  const chance = percent(half());
  const favours = ex.lo > half();
  const sees = wr.lo > half();
  if (favours && sees)
    return `Leaving them out makes this harmful treatment look better more often than chance alone would (${chance}), while ranking them worst sees the harm: "exclude" answers how those still walking compare, a different question, and it is biased whenever the arms lose different patients.`;
  if (sees) return `Here leaving them out does not favour the treatment beyond chance (${chance}), but it misses the harm that ranking them worst finds.`;
  if (favours) return `Leaving them out favours the treatment more often than chance (${chance}); at this size ranking them worst does not yet detect the harm reliably.`;
  return `At this harm and size neither analysis differs from chance (${chance}) by more than the simulation error: try a larger harm or more patients.`;
}
