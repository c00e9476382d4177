import type { ResultRow } from '../results/types.ts';
import { nForTarget } from '../results/nForTarget.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { count, pct, pctFixed } from './numberText.ts';
import { randomisedPhrase } from './targetSentence.ts';
import { headlineIsBenefit, headlineRows } from '../results/headlineRows.ts';
import { shapeWeightsText } from './shapePriorSentence.ts';

/** Result rows with assurance in place of power, so `nForTarget` finds the n for a target assurance. */
export function assuranceRows(rows: readonly ResultRow[]): ResultRow[] {
  return rows
    .filter((r) => r.assurance !== null && r.assuranceSims > 0)
    .map((r) => ({ ...r, power: r.assurance ?? NaN, mcse: r.assuranceMcse ?? NaN, sims: r.assuranceSims }));
}

/**
 * The sample size that reaches the target assurance (design prior), one sentence per treatment arm;
 * empty without a prior (effectPrior or trendTest.shapePrior) or before any assurance trial has run.
 * @example assuranceSentence(s, rows, 0.8) // → "80% assurance (power averaged over the design prior) needs 30 patients randomised per arm (60 in all); …"
 */
export function assuranceSentence(s: ResolvedScenario, rows: readonly ResultRow[], target: number): string {
  if (!s.effectPrior && !s.trendTest.shapePrior) return '';
  const done = assuranceRows(headlineRows(s, rows));
  if (done.length === 0) return '';
  const shapes = s.trendTest.shapePrior ? `the shape prior (${shapeWeightsText(s)})` : '';
  const priors = shapes ? (s.effectPrior ? `the design prior and ${shapes}` : shapes) : 'the design prior';
  const what = headlineIsBenefit(s)
    ? `assurance to show benefit (power to show benefit averaged over ${priors})`
    : `assurance (power averaged over ${priors})`;
  const several = s.arms.length > 2;
  const grid = s.design.nPerArm;
  return nForTarget(done, target)
    .map((t) => {
      const lead = `${several ? `For ${t.arm} vs ${s.arms[0].label}, ` : ''}${pct(target)} ${what}`;
      const armRows = done.filter((r) => r.arm === t.arm);
      const hit = armRows.find((r) => r.nPerArm === t.nPerArm);
      if (t.nPerArm === null || hit === undefined) {
        const best = armRows.reduce((a, b) => (b.power > a.power ? b : a), armRows[0]);
        return (
          `${lead} is not reached within the simulated range (up to ${count(grid[grid.length - 1])} per arm): ` +
          `the highest is ${pctFixed(best.power)} at ${count(best.nPerArm)} per arm, because the prior keeps a real chance that the effect is small.`
        );
      }
      return `${lead} needs ${randomisedPhrase(s, hit)}: assurance there is ${pctFixed(hit.power)} (Monte Carlo SE ${pctFixed(hit.mcse, 2)}).`;
    })
    .join(' ');
}
