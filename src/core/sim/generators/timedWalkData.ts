import type { RandomStream } from '../../random/index.ts';
import type { Workspace } from '../../workspace.ts';
import type { TrialGenerator } from './types.ts';
import { summarizeArm } from './summarize.ts';
import { fastExp } from './fastExp.ts';

/**
 * Timed-walk patients: baseline log value L0 ~ N(lm, ls²) and log change D = log(follow-up/baseline)
 * with corr(L0, D) = ρ, so the two visits are correlated through L1 = L0 + D. The analysed value is
 * the % improvement: time 100·(1 − e^D), distance 100·(e^D − 1). Baseline L0 is the ANCOVA covariate.
 * With `rankKeys` (a rank test, nothing reading means) it writes the rank key instead — D for distance,
 * −D for time, both increasing in the % change — and skips exp and the summaries; the test maps keys
 * back to % values (percentFromKey) where rounding could make two keys one % value (mannWhitney.ts).
 */
export class TimedWalkDataGenerator implements TrialGenerator {
  private readonly rest: number;
  private readonly needBaseline: boolean;
  private readonly sign: number;
  private readonly measure: 'time' | 'distance';
  /** sd of each arm's % improvement, to re-derive (muD, sdD) when a prior moves the mean. */
  private readonly pctSd: Float64Array;

  constructor(
    private readonly muD: Float64Array,
    private readonly sdD: Float64Array,
    measure: 'time' | 'distance',
    private readonly withBaseline: boolean,
    private readonly logMean: number,
    private readonly logSd: number,
    private readonly rho: number,
    pctSd: Float64Array = new Float64Array(muD.length),
    private readonly rankKeys = false,
  ) {
    this.measure = measure;
    this.pctSd = pctSd;
    this.rest = Math.sqrt(1 - rho * rho);
    this.needBaseline = withBaseline || rho !== 0;
    this.sign = measure === 'distance' ? 100 : -100;
  }

  /** Moment matching as in logChangeFor (endpoints/timedWalk.ts), inlined to allocate nothing. */
  setArmValue(j: number, value: number): void {
    const ratioMean = this.measure === 'distance' ? 1 + value / 100 : 1 - value / 100;
    const s2 = Math.log1p((this.pctSd[j] / 100 / ratioMean) ** 2);
    this.muD[j] = Math.log(ratioMean) - s2 / 2;
    this.sdD[j] = Math.sqrt(s2);
  }

  generate(stream: RandomStream, ws: Workspace): void {
    const sign = this.sign;
    for (let j = 0; j < ws.arms; j++) {
      const m = ws.m[j];
      const x = ws.data[j];
      const mu = this.muD[j];
      const sd = this.sdD[j];
      if (this.rankKeys) {
        const dir = sign > 0 ? 1 : -1;
        const a = sd * this.rho;
        const c = sd * this.rest;
        // The same draws in the same order as below, so the trial is the same trial.
        if (this.needBaseline) for (let i = 0; i < m; i++) x[i] = dir * (mu + a * stream.normal() + c * stream.normal());
        else for (let i = 0; i < m; i++) x[i] = dir * (mu + sd * stream.normal());
        ws.mean[j] = ws.ss[j] = NaN;
      } else if (this.needBaseline) {
        const b = ws.base[j];
        const a = sd * this.rho;
        const c = sd * this.rest;
        for (let i = 0; i < m; i++) {
          const z0 = stream.normal();
          if (this.withBaseline) b[i] = this.logMean + this.logSd * z0;
          x[i] = sign * fastExp(mu + a * z0 + c * stream.normal()) - sign;
        }
        summarizeArm(ws, j);
      } else {
        // exp(D) − 1 rather than expm1: half the cost, and the absolute error (~1e-14 %) is immaterial;
        // fastExp (≤ 4e-16 relative) rather than Math.exp: the call out to C was two thirds of a trial.
        // One pass, with sums of deviations from the arm's expected value (well conditioned).
        const centre = sign * fastExp(mu + (sd * sd) / 2) - sign;
        let sum = 0;
        let sq = 0;
        for (let i = 0; i < m; i++) {
          const v = sign * fastExp(mu + sd * stream.normal()) - sign;
          x[i] = v;
          const d = v - centre;
          sum += d;
          sq += d * d;
        }
        // Two stores rather than a ternary with the global NaN (which V8 would make box the double: normalSummary.ts).
        if (m > 0) ws.mean[j] = centre + sum / m;
        else ws.mean[j] = Number.NaN;
        ws.ss[j] = m > 0 ? Math.max(0, sq - (sum * sum) / m) : 0;
      }
    }
  }
}

/** The % improvement for a rank key of TimedWalkDataGenerator (`rankKeys`), computed as generate() does. */
export function percentFromKey(measure: 'time' | 'distance'): (key: number) => number {
  return measure === 'distance' ? (k) => 100 * fastExp(k) - 100 : (k) => -100 * fastExp(-k) + 100;
}
