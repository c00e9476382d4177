import type { InterimCounts } from '../sim/sequential/sequentialTrials.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { InterimBoundsSummary, InterimRowFields } from './types.ts';

/** Adds the per-look stopping counts of a group-sequential design's chunks (integer sums: exact in any order). */
export class InterimTally {
  private readonly efficacy: number[][];
  private readonly futility: number[][];
  private readonly controlN: number[];
  private readonly looks: number;

  constructor(points: number, arms: number, looks: number) {
    this.looks = looks;
    this.efficacy = Array.from({ length: points }, () => new Array<number>(arms * looks).fill(0));
    this.futility = Array.from({ length: points }, () => new Array<number>(arms * looks).fill(0));
    this.controlN = new Array<number>(points).fill(0);
  }

  add(point: number, c: InterimCounts): void {
    c.efficacy.forEach((v, j) => (this.efficacy[point][j] += v));
    c.futility.forEach((v, j) => (this.futility[point][j] += v));
    this.controlN[point] += c.controlN;
  }

  /** Treatment arm i's (0-based) stopping probabilities per look and the trial's expected control n, at a point. */
  row(point: number, i: number, sims: number): InterimRowFields {
    const at = (counts: number[]) => counts.slice(i * this.looks, (i + 1) * this.looks).map((v) => (sims > 0 ? v / sims : NaN));
    return {
      stopEfficacy: at(this.efficacy[point]),
      stopFutility: at(this.futility[point]),
      expectedNPerArm: sims > 0 ? this.controlN[point] / sims : NaN,
    };
  }
}

/** The design's boundaries as the results report them (an infinite bound is one that cannot be crossed). */
export function interimBoundsSummary(s: ResolvedScenario): InterimBoundsSummary | undefined {
  if (!s.interim) return undefined;
  const { criticalZ, nominalAlpha } = s.interim.bounds;
  return { informationRates: s.interim.informationRates.slice(), criticalZ: criticalZ.slice(), nominalAlpha: nominalAlpha.slice() };
}
