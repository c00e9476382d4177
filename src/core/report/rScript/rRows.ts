/** The `rows` list of the R script: one entry per results[] row, in the CLI's order. */
import type { ResultRow } from '../../results/types.ts';
import type { ResolvedScenario } from '../../scenario/types.ts';
import { planPoints } from '../../sim/plan.ts';
import { closedFormCall, type RMethod } from './closedFormCall.ts';
import { rCall, rNumber, rString } from './rLiteral.ts';
import { pairArgs, rArms, rLevel, rMeasure } from './rowInputs.ts';
import { simulationGap } from './rSimulation.ts';
import { walkLoss, walkLossArgs } from './rLoss.ts';

export interface RRow {
  /** The closed form's R method, or null where Stride reports none (the row stays out of the JSON). */
  method: RMethod | null;
  /** `list(…)` R code of the entry. */
  code: string;
}

/** The R simulation's endpoint: responder rows are binary draws at the exact response rate, as Stride's. */
function simEndpoint(s: ResolvedScenario): string {
  const t = s.endpoint.type;
  return rString(t === 'responder' ? 'binary' : t === 'continuous' ? 'normal' : t);
}

/**
 * One entry per row of `result.rows` (grid point by grid point, treatment arms in order, as the
 * accumulator writes them): Stride's numbers beside the calls R evaluates.
 */
export function rRows(s: ResolvedScenario, rows: readonly ResultRow[]): RRow[] {
  const points = planPoints(s);
  const k = s.arms.length - 1;
  const simulated = simulationGap(s) === null;
  return rows.map((row, r) => {
    const point = points[Math.floor(r / k)];
    const i = row.armIndex;
    const closed = row.analyticPower === null ? null : closedFormCall(s, point, i);
    const arms = rArms(s, point);
    const pair = pairArgs(s, arms, i, rLevel(s));
    const loss = walkLoss(s);
    const sim = rCall(loss ? 'sim_power_loss' : 'sim_power', {
      ...(loss ? {} : { endpoint: simEndpoint(s) }),
      test: rString(s.analysis.test),
      m0: pair.m0,
      m1: pair.m1,
      sd0: pair.sd0,
      sd1: pair.sd1,
      n0: rNumber(point.n[0]),
      n1: rNumber(point.n[i]),
      drop0: rNumber(arms[0].drop),
      drop1: rNumber(arms[i].drop),
      ...(loss ? walkLossArgs(s, i) : {}),
      level: pair.level,
      sides: pair.sides,
      sign: pair.sign,
      measure: rMeasure(s),
      nsim: 'nsim',
    });
    const fields = [
      `arm = ${rString(row.arm)}`,
      `n0 = ${rNumber(row.nControl)}`,
      `n1 = ${rNumber(row.nTreatment)}`,
      `method = ${closed ? rString(closed.method) : 'NA'}`,
      `stride = ${rNumber(row.analyticPower)}`,
      `stride_sim = ${rNumber(row.power)}`,
      `stride_mcse = ${rNumber(row.mcse)}`,
      `closed = ${closed ? `function() ${closed.call}` : 'NULL'}`,
      `sim = ${simulated ? `function(nsim) ${sim}` : 'NULL'}`,
    ];
    return { method: closed?.method ?? null, code: `  list(\n    ${fields.join(',\n    ')}\n  )` };
  });
}
