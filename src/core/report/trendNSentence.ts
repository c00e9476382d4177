import type { TrendSummary } from '../results/trendSummary.ts';
import type { TrendClosedFormN } from '../solve/trendClosedFormN.ts';
import { count, pctFixed } from './numberText.ts';

/**
 * The trend view's n for the target in words: the closed form's smallest n per arm at which the MCP step's
 * significance probability reaches the target (trendClosedFormN), and beside it the simulated probability at that n
 * when the run's grid has it (else the grid's nearest n). `null` answer: still computing.
 * @example trendNSentence({ target: 0.8, nPerArm: 75, power: 0.805, error: 1e-4, refusal: null }, []) // → "In closed form … 75 …"
 */
export function trendNSentence(a: TrendClosedFormN | null, rows: readonly TrendSummary[]): string {
  if (a === null) return 'Computing the n per arm at which the trend test reaches the target power (closed form)…';
  const target = pctFixed(a.target, 0);
  if (a.refusal !== null) return `No closed-form n for the trend test: ${a.refusal.replace(/^(--solve-on trend )?/, 'it ')}. The simulated curve is the answer here.`;
  if (a.nPerArm === null) return `In closed form the trend test does not reach ${target} power within the allowed n per arm.`;
  const n = a.nPerArm;
  const head =
    `In closed form (${a.form ?? "the multivariate t of DoseFinding's powMCT at the expected completers"}), the chance that the trend test shows a ` +
    `dose-response first reaches ${target} at ${count(n)} per arm (${pctFixed(a.power ?? NaN)} there).`;
  const done = rows.filter((t) => t.sims > 0);
  const hit = done.find((t) => t.nPerArm === n);
  if (hit) return `${head} Simulated at ${count(n)} per arm: ${pctFixed(hit.significant)} (Monte Carlo SE ${pctFixed(hit.significantMcse, 2)}, ${count(hit.sims)} trials).`;
  if (done.length === 0) return head;
  const near = done.reduce((b, t) => (Math.abs(t.nPerArm - n) < Math.abs(b.nPerArm - n) ? t : b), done[0]);
  return `${head} The run does not simulate ${count(n)} per arm; at the nearest n it does, ${count(near.nPerArm)}, the simulated probability is ${pctFixed(near.significant)}.`;
}
