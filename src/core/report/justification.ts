import type { ResultRow } from '../results/accumulator.ts';
import { nForTarget } from '../results/nForTarget.ts';
import type { ValidScenario } from '../scenario/types.ts';
import { analysisPhrase, armAssumptions, endpointPhrase, modelAssumptions } from './describeScenario.ts';
import { count, pct, pctFixed } from './formatReport.ts';
import { dropoutPhrase, noTargetReason, randomisedPhrase } from './targetSentence.ts';
import { headlineName, headlineRows } from '../results/headlineRows.ts';
import { plannedDirection } from '../effects/plannedDirection.ts';

export const SEED_TRIAL_CITATION = 'Harris VK et al. Stem Cell Res Ther 2024;15:151, doi:10.1186/s13287-024-03765-6';

export interface JustificationInput {
  scenario: ValidScenario;
  rows: readonly ResultRow[];
  engineVersion: string;
  /** Trials run and planned, when the run stopped early. */
  partial?: { done: number; total: number };
}

function dropoutProvenance(s: ValidScenario): string {
  const p = new Set(s.arms.map((a) => a.provenance?.dropout ?? 'assumed'));
  return p.size === 1 ? ` (${[...p][0]})` : '';
}

/** Power sentences on the headline quantity (two-sided: power to show benefit), one per treatment arm. */
function powerSentence(s: ValidScenario, all: readonly ResultRow[]): string {
  const target = s.design.targetPower;
  const grid = s.design.nPerArm;
  const rows = headlineRows(s, all);
  const direction = plannedDirection(s);
  const name = headlineName(s, true);
  return nForTarget(rows, target)
    .map((t) => {
      const armRows = rows.filter((r) => r.arm === t.arm);
      const hit = armRows.find((r) => r.nPerArm === t.nPerArm);
      const vs = `${t.arm} vs ${s.arms[0].label}`;
      const reason = noTargetReason(s, armRows[0]?.armIndex ?? 0, direction);
      if (reason) return `For ${vs}, ${reason}.`;
      if (hit === undefined) {
        const best = armRows.reduce((a, b) => (b.power > a.power ? b : a), armRows[0]);
        return (
          `For ${vs}, ${name} did not reach the ${pct(target)} target within the simulated range (up to ${count(grid[grid.length - 1])} per arm); ` +
          `the highest was ${pctFixed(best.power)} (Monte Carlo SE ${pctFixed(best.mcse, 2)}) at ${count(best.nPerArm)} per arm, so a larger trial or a larger effect is needed.`
        );
      }
      return (
        `With ${randomisedPhrase(s, hit)}, simulated ${headlineName(s)} for ${vs} is ${pctFixed(hit.power)} ` +
        `(Monte Carlo SE ${pctFixed(hit.mcse, 2)}; 95% interval ${pctFixed(hit.ci95[0])} to ${pctFixed(hit.ci95[1])}), ` +
        `meeting the ${pct(target)} target; ${dropoutPhrase(s, hit)}${s.design.dropout > 0 ? dropoutProvenance(s) : ''}, and the analysis uses completers.`
      );
    })
    .join(' ');
}

/**
 * A copyable sample-size justification paragraph for a protocol or grant.
 * @example justification({ scenario, rows, engineVersion: '0.1.0' }) // → "The primary endpoint is …"
 */
export function justification({ scenario: s, rows, engineVersion, partial }: JustificationInput): string {
  const done = rows.filter((r) => r.sims > 0);
  const sims = Math.max(0, ...done.map((r) => r.sims));
  const parts = [
    `The primary endpoint is ${endpointPhrase(s)}.`,
    `Assumptions: ${armAssumptions(s)}.`,
    modelAssumptions(s),
    `The analysis is ${analysisPhrase(s)}.`,
    done.length > 0 ? powerSentence(s, done) : 'No simulation results are available yet.',
    `Power was estimated from ${count(sims)} simulated trials per sample size (seed "${s.simulation.seed}") ` +
      `with Stride ${engineVersion}, which reproduces these numbers exactly from the same scenario and seed.`,
    partial ? `The simulation was stopped early after ${count(partial.done)} of ${count(partial.total)} trials, so these estimates are less precise.` : '',
    `Assumptions are seeded from ${SEED_TRIAL_CITATION}.`,
  ];
  return parts.filter((p) => p !== '').join(' ');
}
