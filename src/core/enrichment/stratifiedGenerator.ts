import type { RandomStream } from '../random/index.ts';
import { summarizeArm } from '../sim/generators/summarize.ts';
import type { TrialGenerator } from '../sim/generators/types.ts';
import type { Workspace } from '../workspace.ts';
import { StrataTable } from './strataTable.ts';
import type { StratumModel } from './types.ts';

/**
 * All-comers trial with normal outcomes: each patient's stratum from the shares (one uniform), then
 * N(controlMean_s + effect_s·[treated], sd_s²); arm 0 is the control, arms 1… are treated (`arms` rows; a workspace with
 * more arms reuses the last). Fills ws.data (a full-data workspace) and the summaries; no baseline (not for ANCOVA).
 */
export class StratifiedNormalGenerator implements TrialGenerator {
  private readonly t: StrataTable;

  constructor(strata: readonly StratumModel[], arms = 2) {
    this.t = new StrataTable(strata, arms);
  }

  /** Sets arm j's all-comers mean (design priors), shifting its strata equally. */
  setArmValue(j: number, value: number): void {
    this.t.shiftArm(j, value);
  }

  generate(stream: RandomStream, ws: Workspace): void {
    const { mean, sd, strata } = this.t;
    for (let j = 0; j < ws.arms; j++) {
      const row = Math.min(j, this.t.arms - 1) * strata;
      const x = ws.data[j];
      for (let i = 0; i < ws.m[j]; i++) {
        const s = row + this.t.pick(stream.uniform());
        x[i] = mean[s] + sd[s] * stream.normal();
      }
      summarizeArm(ws, j);
    }
  }
}

/**
 * All-comers trial on a timed walk: the stratum from the shares, then the % improvement from that stratum's and arm's
 * log-change model (moment matching as logChangeFor in endpoints/timedWalk.ts: a log-normal ratio with the %
 * improvement's mean and sd). The baseline–change correlation does not alter the % improvement's distribution, so
 * this is exact for every test except ANCOVA (no baseline is drawn).
 */
export class StratifiedTimedWalkGenerator implements TrialGenerator {
  private readonly t: StrataTable;
  private readonly muD: Float64Array;
  private readonly sdD: Float64Array;
  private readonly sign: number;

  constructor(
    strata: readonly StratumModel[],
    private readonly measure: 'time' | 'distance',
    arms = 2,
  ) {
    this.t = new StrataTable(strata, arms);
    this.muD = new Float64Array(this.t.mean.length);
    this.sdD = new Float64Array(this.t.mean.length);
    this.sign = measure === 'distance' ? 100 : -100;
    for (let j = 0; j < arms; j++) this.derive(j);
  }

  /** Sets arm j's all-comers mean % improvement (design priors), shifting its strata equally. */
  setArmValue(j: number, value: number): void {
    this.t.shiftArm(j, value);
    this.derive(j);
  }

  /** (μ_D, σ_D) of every stratum of arm j from its % improvement mean and sd, without allocating. */
  private derive(j: number): void {
    const k = this.t.strata;
    for (let s = j * k; s < (j + 1) * k; s++) {
      const ratioMean = this.measure === 'distance' ? 1 + this.t.mean[s] / 100 : 1 - this.t.mean[s] / 100;
      const s2 = Math.log1p((this.t.sd[s] / 100 / ratioMean) ** 2);
      this.muD[s] = Math.log(ratioMean) - s2 / 2;
      this.sdD[s] = Math.sqrt(s2);
    }
  }

  generate(stream: RandomStream, ws: Workspace): void {
    const { muD, sdD, sign } = this;
    const strata = this.t.strata;
    for (let j = 0; j < ws.arms; j++) {
      const row = Math.min(j, this.t.arms - 1) * strata;
      const x = ws.data[j];
      for (let i = 0; i < ws.m[j]; i++) {
        const s = row + this.t.pick(stream.uniform());
        x[i] = sign * Math.expm1(muD[s] + sdD[s] * stream.normal());
      }
      summarizeArm(ws, j);
    }
  }
}
