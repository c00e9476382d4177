import { directionSign } from '../endpoints/directionSign.ts';
import { ModStep, TdAccumulator, type ModelChoice } from '../mcpmod/fit/index.ts';
import type { EstimateModel } from '../mcpmod/types.ts';
import type { TrendTest } from '../mcpmod/trendTest.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { Workspace } from '../workspace.ts';
import { trendCandidates } from './trendSetup.ts';
import { trueTargetDose } from './trueTargetDose.ts';

/** The scenario's model names (log-linear) as the Mod step names its fits (DoseFinding's linlog). */
function choiceOf(m: EstimateModel): ModelChoice {
  return m === 'log-linear' ? 'linlog' : m;
}

/**
 * The Mod step of one grid point (trendTest.estimate): after a significant MCP step it fits the candidates whose
 * own contrast was significant to the trial's arm summaries and collects TD̂ against the true TD.
 */
export class PointModStep {
  readonly trueTd: number;
  private readonly mod: ModStep;
  private readonly tolerance: number;

  constructor(s: ResolvedScenario) {
    const e = s.trendTest.estimate!;
    this.trueTd = trueTargetDose(s);
    this.tolerance = e.tolerance;
    this.mod = new ModStep({
      doses: s.doseResponse!.doses,
      candidates: trendCandidates(s),
      choice: choiceOf(e.model),
      relevantEffect: s.doseResponse!.relevantEffect!,
      sign: directionSign(s.endpoint),
    });
  }

  /** A fresh per-chunk accumulator (its counts and TD̂ values merge exactly across chunks). */
  accumulator(): TdAccumulator {
    return new TdAccumulator(this.trueTd, this.tolerance);
  }

  /** One trial, after trend.run(ws): fits when significant and adds the outcome to `acc`. */
  add(acc: TdAccumulator, trend: TrendTest, ws: Workspace): void {
    const td = trend.significant ? this.mod.run(ws, trend.significantCandidates()) : NaN;
    acc.add(trend.significant, td);
  }
}

/** The point's Mod step when the scenario asks for one (trendTest.estimate with a trend test), else null. */
export function buildModStep(s: ResolvedScenario, trend: TrendTest | null): PointModStep | null {
  return trend !== null && s.trendTest.estimate !== undefined ? new PointModStep(s) : null;
}
