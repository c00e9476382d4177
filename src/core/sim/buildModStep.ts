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
  /** The logit arms as fit input: m = 1/v, mean = θ̂, no within-arm sums (filled per trial, never reallocated). */
  private readonly logitArms: { m: Float64Array; mean: Float64Array; ss: Float64Array } | null;

  constructor(s: ResolvedScenario, logit: LogitTrendTest | null) {
    const e = s.trendTest.estimate!;
    this.trueTd = trueTargetDose(s);
    this.tolerance = e.tolerance;
    const k = s.doseResponse!.doses.length;
    this.logitArms = logit && { m: new Float64Array(k), mean: logit.theta, ss: new Float64Array(k) };
    this.mod = new ModStep({
      doses: s.doseResponse!.doses,
      candidates: trendCandidates(s),
      choice: choiceOf(e.model),
      relevantEffect: s.doseResponse!.relevantEffect!,
      sign: directionSign(s.endpoint),
      logit: logit !== null,
    });
  }

  /** A fresh per-chunk accumulator (its counts and TD̂ values merge exactly across chunks). */
  accumulator(): TdAccumulator {
    return new TdAccumulator(this.trueTd, this.tolerance);
  }

  /** One trial, after trend.run(ws): fits when significant and adds the outcome to `acc`. */
  add(acc: TdAccumulator, trend: TrendTest | LogitTrendTest, ws: Workspace): void {
    let td = NaN;
    if (trend.significant) {
      let data: ArmSummary = ws;
      if (this.logitArms !== null && trend instanceof LogitTrendTest) {
        for (let i = 0; i < trend.v.length; i++) this.logitArms.m[i] = 1 / trend.v[i];
        data = this.logitArms;
      }
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
