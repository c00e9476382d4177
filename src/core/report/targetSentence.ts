import type { ResultRow } from '../results/types.ts';
import { nForTarget } from '../results/nForTarget.ts';
import { headlineName, headlineRows } from '../results/headlineRows.ts';
import { plannedDirection } from '../effects/plannedDirection.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { count, pct, pctFixed } from './numberText.ts';
import { noTargetReason } from './noTargetReason.ts';
import type { SolveNResult } from '../solve/solveN.ts';

/** The search beyond the grid (src/core/solve) for arms the grid leaves short: its answer, or where it stands. */
export type BeyondGrid = SolveNResult | 'searching' | 'failed';

const dropoutOf = (s: ResolvedScenario, i: number): number => s.arms[i].dropout;

/** How many patients are randomised at a grid row, in words. */
export function randomisedPhrase(s: ResolvedScenario, row: ResultRow): string {
  const control = s.arms[0].label;
  const arms =
    row.nControl === row.nTreatment
      ? `${count(row.nControl)} patients randomised per arm`
      : `${count(row.nControl)} patients randomised to ${control} and ${count(row.nTreatment)} to each treatment arm`;
  return `${arms} (${count(row.nTotal)} in all)`;
}

/** Completers expected after dropout at a grid row, in words (empty with no dropout). */
export function dropoutPhrase(s: ResolvedScenario, row: ResultRow): string {
  const dc = dropoutOf(s, 0);
  const dt = dropoutOf(s, row.armIndex);
  if (dc === 0 && dt === 0) return 'no dropout is assumed';
  const cc = Math.round(row.nControl * (1 - dc));
  const ct = Math.round(row.nTreatment * (1 - dt));
  if (dc === dt && cc === ct) return `with ${pct(dc)} dropout about ${count(cc)} per arm complete`;
  const rates = dc === dt ? `${pct(dc)} dropout` : `dropout of ${pct(dc)} (${s.arms[0].label}) and ${pct(dt)} (${row.arm})`;
  return `with ${rates} about ${count(cc)} and ${count(ct)} complete`;
}

/**
 * The sample size that reaches the target power, one sentence per treatment arm. For two-sided tests
 * the target is the power to show benefit (significant in the treatment's favour), and an arm whose
 * planned effect is zero or favours the control gets the reason instead of a sample size.
 * @example targetSentence(oneSided, rows, 0.8) // → "80% power needs 18 patients randomised per arm (36 in all); with 10% dropout about 16 per arm complete. …"
 */
export function targetSentence(s: ResolvedScenario, rows: readonly ResultRow[], target: number, beyond?: BeyondGrid): string {
  const done = headlineRows(s, rows.filter((r) => r.sims > 0));
  if (done.length === 0) return 'No results yet.';
  const several = s.arms.length > 2;
  const grid = s.design.nPerArm;
  const direction = plannedDirection(s);
  const name = headlineName(s);
  return nForTarget(done, target)
    .map((t) => {
      const lead = `${several ? `For ${t.arm} vs ${s.arms[0].label}, ` : ''}${pct(target)} ${name}`;
      const armRows = done.filter((r) => r.arm === t.arm);
      const reason = noTargetReason(s, armRows[0]?.armIndex ?? 0, direction);
      if (reason) return `${several ? `For ${t.arm} vs ${s.arms[0].label}, t` : 'T'}${reason.slice(1)}.`;
      const hit = armRows.find((r) => r.nPerArm === t.nPerArm);
      if (t.nPerArm === null || hit === undefined) {
        const best = armRows.reduce((a, b) => (b.power > a.power ? b : a), armRows[0]);
        return (
          `${lead} is not reached within the simulated range (up to ${count(grid[grid.length - 1])} per arm): ` +
          `the highest simulated ${headlineName(s, true)} is ${pctFixed(best.power)} at ${count(best.nPerArm)} per arm. ${beyondGrid(s, t.arm, beyond)}`
        );
      }
      return (
        `${lead} needs ${randomisedPhrase(s, hit)}; ${dropoutPhrase(s, hit)}. ` +
        `Simulated ${headlineName(s, true)} there: ${pctFixed(hit.power)} (Monte Carlo SE ${pctFixed(hit.mcse, 2)}).`
      );
    })
    .join(' ');
}

/** What the search beyond the grid found for one arm, in words. */
function beyondGrid(s: ResolvedScenario, arm: string, beyond: BeyondGrid | undefined): string {
  if (beyond === undefined) return 'Widen the range of n.';
  if (beyond === 'searching') return 'Searching beyond the grid…';
  if (beyond === 'failed') return 'The search beyond the grid did not finish; widen the range of n.';
  const x = beyond.solutions.find((a) => a.arm === arm);
  if (!x || x.nPerArm === null) return x?.note ?? 'Widen the range of n.';
  const below = x.powerBelow === null ? '' : ` (${count(x.nPerArm - 1)}: ${pctFixed(x.powerBelow)})`;
  const band = x.resolved || !x.indistinguishable ? '' : `; within ${count(beyond.sims)} trials, ${count(x.indistinguishable.from)} to ${x.indistinguishable.to === null ? 'more' : count(x.indistinguishable.to)} per arm cannot be told apart`;
  const cf = x.closedForm ? ` ${x.closedFormNote}` : '';
  return `Searched beyond the grid (simulation on common random numbers, started at the closed form): ${count(x.nPerArm)} per arm reach it, with ${headlineName(s, true)} ${pctFixed(x.power as number)} (Monte Carlo SE ${pctFixed(x.mcse as number, 2)})${below}${band}.${cf}`;
}
