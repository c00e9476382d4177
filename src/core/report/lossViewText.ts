import type { LossParams, LossPointResult, StrategyPower } from '../explain/lossOfAmbulation.ts';
import type { Estimate } from '../explain/proportionSummary.ts';
import { num, percent } from './explain/say.ts';

/** The planner's "patients who stop walking" view in words: every number and comparison is computed. */

export interface ArmNames {
  control: string;
  treatment: string;
}

/** Plain names of the strategies, as the legend, caption and CSV use them. */
export const strategyName = (p: Pick<LossParams, 'excludeTest' | 'threshold'>) => ({
  reference: `nobody stops walking (${p.excludeTest === 'welch' ? 'Welch' : 'Mann–Whitney'})`,
  referenceRank: 'nobody stops walking (Mann–Whitney)',
  worstRank: 'unable ranked worst (Mann–Whitney)',
  exclude: `unable left out (${p.excludeTest === 'welch' ? 'Welch' : 'Mann–Whitney'})`,
  nonResponder: `unable = not improved (responder ≥ ${p.threshold}%)`,
});

/** The analysed point: the control loss nearest 20%, a plausible share in patients who need walking aids. */
export function focusPoint(r: readonly LossPointResult[]): LossPointResult | null {
  let best: LossPointResult | null = null;
  for (const q of r) if (best === null || Math.abs(q.loss[0] - 0.2) < Math.abs(best.loss[0] - 0.2)) best = q;
  return best;
}

type Named = { name: string; e: Estimate };

/** Which of the three strategies keeps the most power at a point, judged with their Monte Carlo intervals. */
function verdict(ranked: Named[]): string {
  const [top, next] = [...ranked].sort((a, b) => b.e.value - a.e.value);
  if (!(top.e.value > 0)) return '';
  if (top.e.lo > next.e.hi) return `Here ${top.name} keeps the most power (${percent(top.e.value)} against ${percent(next.e.value)} next best).`;
  return `Here ${top.name} and ${next.name} do about as well (${percent(top.e.value)} and ${percent(next.e.value)}, within simulation error).`;
}

/** The view's caption: the focus point's power per strategy, the best of them, and what the ratio means. */
export function lossViewText(p: LossParams, r: readonly LossPointResult[], arms: ArmNames, scenario: { cap: number | null } = { cap: null }): string[] {
  const q = focusPoint(r);
  if (q === null) return [];
  const names = strategyName(p);
  const b = (s: StrategyPower) => s.better;
  const st = q.strategies;
  const out = [
    `With ${percent(q.loss[0])} of ${arms.control} patients and ${percent(q.loss[1])} of ${arms.treatment} patients unable to walk at follow-up, the trial shows benefit in ${percent(b(st.worstRank).value)} of simulated trials when the unable are ranked worst, ${percent(b(st.exclude).value)} when they are left out and ${percent(b(st.nonResponder).value)} when they count as not improved. If nobody stopped walking: ${percent(b(st.reference).value)}${p.excludeTest === 'welch' ? ` with Welch and ${percent(b(st.referenceRank).value)} with Mann–Whitney (what ranking worst becomes)` : ''}.`,
    verdict([
      { name: 'ranking the unable worst', e: b(st.worstRank) },
      { name: 'leaving them out', e: b(st.exclude) },
      { name: 'counting them as not improved', e: b(st.nonResponder) },
    ]),
  ];
  if (p.points.some((x) => x.loss[0] !== x.loss[1]))
    out.push(
      `The arms lose different shares, so "${names.exclude}" answers another question (how those who can still walk compare) and is biased as an estimate of the treatment's effect; ranking the unable worst counts the loss itself as the worst outcome.`,
    );
  if (scenario.cap !== null) out.push(`This scenario's time cap (${num(scenario.cap)} s) is left out here: the x axis is the loss alone.`);
  out.push(
    'Ranking worst uses the Mann–Whitney test, which asks whether a treated patient tends to do better than a control (P(X > Y) = ½ under no effect), not whether the mean changes are equal: with unequal SDs, equal mean changes are not a null for it.',
  );
  return out.filter(Boolean);
}
