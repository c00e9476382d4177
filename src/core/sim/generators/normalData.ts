import type { RandomStream } from '../../random/index.ts';
import type { Workspace } from '../../workspace.ts';
import type { TrialGenerator } from './types.ts';
import { summarizeArm } from './summarize.ts';

/**
 * Every patient's value from N(mu, sd²). With a baseline covariate X ~ N(0, 1) the outcome is
 * mu + sd·(ρ·X + √(1 − ρ²)·ε), so corr(X, outcome) = ρ (used by ANCOVA).
 */
export class NormalDataGenerator implements TrialGenerator {
  private readonly rest: number;

  constructor(
    private readonly mu: Float64Array,
    private readonly sd: Float64Array,
    private readonly withBaseline: boolean,
    private readonly rho: number,
  ) {
    this.rest = Math.sqrt(1 - rho * rho);
  }

  setArmValue(j: number, value: number): void {
    this.mu[j] = value;
  }

  generate(stream: RandomStream, ws: Workspace): void {
    for (let j = 0; j < ws.arms; j++) {
      const m = ws.m[j];
      const x = ws.data[j];
      const mu = this.mu[j];
      const sd = this.sd[j];
      if (this.withBaseline) {
        const b = ws.base[j];
        const a = sd * this.rho;
        const c = sd * this.rest;
        for (let i = 0; i < m; i++) {
          const z0 = stream.normal();
          b[i] = z0;
          x[i] = mu + a * z0 + c * stream.normal();
        }
        summarizeArm(ws, j);
      } else {
        // One pass: sums of the deviations from the true mean mu are well conditioned (no cancellation),
        // so mean = mu + Σd/m and ss = Σd² − (Σd)²/m need no second pass over the data.
        let sum = 0;
        let sq = 0;
        for (let i = 0; i < m; i++) {
          const d = sd * stream.normal();
          x[i] = mu + d;
          sum += d;
          sq += d * d;
        }
        // Two stores rather than a ternary with the global NaN (which V8 would make box the double: normalSummary.ts).
        if (m > 0) ws.mean[j] = mu + sum / m;
        else ws.mean[j] = Number.NaN;
        ws.ss[j] = m > 0 ? Math.max(0, sq - (sum * sum) / m) : 0;
      }
    }
  }
}
