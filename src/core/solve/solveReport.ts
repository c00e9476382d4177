import { pctFixed } from '../report/numberText.ts';
import { headlineIsBenefit } from '../results/headlineRows.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { effectSentence } from './effectSentence.ts';
import { solveEffect } from './solveEffect.ts';
import { solveN } from './solveN.ts';
import { solveTrend } from './solveTrend.ts';
import type { SolveOn } from './simulatedPower.ts';

export interface SolveRequest {
  solveN?: number;
  solveOn?: SolveOn | 'trend';
  solveEffect?: number;
}

/** The CLI output's solved fields, their warnings, and the answers in words (for --format text). */
export interface SolveReport {
  fields: Record<string, unknown>;
  warnings: string[];
  lines: string[];
}

/**
 * Runs the requested searches: `solution` (one treatment arm) or `solutions` + `solution` (the largest),
 * `solvedOn` saying which result field was solved on and why, and `effectSolution` for --solve-effect.
 */
export function solveReport(s: ResolvedScenario, r: SolveRequest): SolveReport {
  const fields: Record<string, unknown> = {};
  const warnings: string[] = [];
  const lines: string[] = [];
  const on = r.solveOn ?? 'power';
  if (r.solveN !== undefined && on === 'trend') {
    const t = solveTrend(s, r.solveN);
    fields.solvedOn = { quantity: 'trend.significant', target: r.solveN, sims: t.solution.sims, why: 'the MCP-Mod trend test (closed form, confirmed by simulation)' };
    fields.trendSolution = t.solution;
    lines.push(t.line);
  } else if (r.solveN !== undefined && on !== 'trend') {
    const out = solveN(s, r.solveN, on);
    const why = headlineIsBenefit(s)
      ? `${out.quantity}: the test is two-sided, so only significant results in the treatment's favour count (the headline quantity)`
      : out.quantity;
    fields.solvedOn = { quantity: out.quantity, target: out.target, sims: out.sims, why };
    if (s.arms.length > 2) fields.solutions = out.solutions;
    fields.solution = out.solution;
    warnings.push(...out.warnings);
    lines.push(...out.solutions.filter((x) => x.nPerArm !== null).map((x) => x.note));
  }
  if (r.solveEffect !== undefined) {
    const e = solveEffect(s, r.solveEffect);
    fields.effectSolution = e;
    const n = s.design.nPerArm[0];
    if (e === null)
      warnings.push(`--solve-effect: no multiple of the planned effect (zero or favouring the control, or capped where the scenario's values end) reaches ${pctFixed(r.solveEffect, 0)} power at n = ${n} per arm`);
    else lines.push(effectSentence(s, e.arm, e.difference, e.multiple, e.power, e.mcse, n));
  }
  return { fields, warnings, lines };
}

export { effectSentence };
