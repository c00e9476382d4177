import { directionSign } from '../endpoints/directionSign.ts';
import { ModStep, TdAccumulator, type ArmSummary, type ModelChoice } from '../mcpmod/fit/index.ts';
import { LogitTrendTest } from '../mcpmod/logitTrendTest.ts';
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

/** The scenario's Mod step (trendTest.estimate); `logit`: on a binary trend test's log-odds (ModStepOptions.logit). */
export function scenarioModStep(s: ResolvedScenario, logit: boolean): ModStep {
  return new ModStep({
    doses: s.doseResponse!.doses,
    candidates: trendCandidates(s),
    choice: choiceOf(s.trendTest.estimate!.model),
    relevantEffect: s.doseResponse!.relevantEffect!,
    sign: directionSign(s.endpoint),
    logit,
  });
}

/**
 * A binary trial's arms as the Mod step's input: m = 1/vᵢ (the inverse estimated variances the MCP step used, same
 * continuity adjustment), mean = θ̂ᵢ (the test's own array), no within-arm sums. Filled per trial, never reallocated.
 */
export class LogitFitArms implements ArmSummary {
  readonly m: Float64Array;
  readonly mean: Float64Array;
  readonly ss: Float64Array;

  constructor(test: LogitTrendTest) {
    this.m = new Float64Array(test.arms);
    this.mean = test.theta;
    this.ss = new Float64Array(test.arms);
  }

  /** The last trial of `test` (the one given to the constructor). */
  load(test: LogitTrendTest): this {
    for (let i = 0; i < this.m.length; i++) this.m[i] = 1 / test.v[i];
    return this;
  }
}

/**
 * The Mod step of one grid point (trendTest.estimate): after a significant MCP step it fits the candidates whose
 * own contrast was significant to the trial's arm summaries and collects TD̂ against the true TD. On a binary
 * endpoint (a LogitTrendTest) the fit is to the trial's log-odds with weights 1/vᵢ, the inverse of the estimated
 * variances the MCP step used (same continuity adjustment), and TD̂ is on the rate scale (ModStepOptions.logit).
 */
export class PointModStep {
  readonly trueTd: number;
  private readonly mod: ModStep;
  private readonly tolerance: number;
  private readonly logitArms: LogitFitArms | null;

  constructor(s: ResolvedScenario, logit: LogitTrendTest | null) {
    this.trueTd = trueTargetDose(s);
    this.tolerance = s.trendTest.estimate!.tolerance;
    this.logitArms = logit && new LogitFitArms(logit);
    this.mod = scenarioModStep(s, logit !== null);
  }

  /** A fresh per-chunk accumulator (its counts and TD̂ values merge exactly across chunks). */
  accumulator(): TdAccumulator {
    return new TdAccumulator(this.trueTd, this.tolerance);
  }

  /** One trial, after trend.run(ws): fits when significant and adds the outcome to `acc`. */
  add(acc: TdAccumulator, trend: TrendTest | LogitTrendTest, ws: Workspace): void {
    let td = NaN;
    if (trend.significant) {
      const data: ArmSummary = this.logitArms !== null && trend instanceof LogitTrendTest ? this.logitArms.load(trend) : ws;
      td = this.mod.run(data, trend.significantCandidates());
    }
    acc.add(trend.significant, td);
  }
}

/** The point's Mod step when the scenario asks for one (trendTest.estimate with a trend test), else null. */
export function buildModStep(s: ResolvedScenario, trend: TrendTest | LogitTrendTest | null): PointModStep | null {
  if (trend === null || s.trendTest.estimate === undefined) return null;
  return new PointModStep(s, trend instanceof LogitTrendTest ? trend : null);
}
