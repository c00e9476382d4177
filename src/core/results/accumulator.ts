import type { ResolvedScenario } from '../scenario/types.ts';
import { planPoints, type PlanPoint } from '../sim/plan.ts';
import type { ChunkResult } from '../sim/pointSimulator.ts';
import type { AnalyticPower } from './analytic.ts';
import { monteCarloSe, wilsonInterval } from './wilson.ts';
import { runWarnings } from './runWarnings.ts';
import { trendApplies, trendTruth } from '../sim/trendSetup.ts';
import { extraModes } from '../sim/plan.ts';
import { enrichmentSummary, type EnrichmentSummary } from './enrichmentSummary.ts';
import { trendSummaries, type TrendSummary } from './trendSummary.ts';

export type { TrendSummary };

/** Power of one treatment arm at one sample size. */
export interface ResultRow {
  arm: string;
  /** 1-based index of the treatment arm in scenario.arms. */
  armIndex: number;
  /** Control-arm n before dropout (the grid value). */
  nPerArm: number;
  nControl: number;
  nTreatment: number;
  /** Patients randomised in the whole trial at this grid point. */
  nTotal: number;
  /** Trials simulated so far for this point. */
  sims: number;
  power: number;
  mcse: number;
  ci95: [number, number];
  /** Significant with the observed difference in the treatment's favour (= power when one-sided). */
  powerBenefit: number;
  powerBenefitMcse: number;
  analyticPower: number | null;
  analyticMethod: string | null;
  /** The closed form's one tail in the treatment's favour (null where there is no closed form). */
  analyticPowerBenefit: number | null;
  /** With a design prior: the chance of significance averaged over the prior (else null). */
  assurance: number | null;
  assuranceMcse: number | null;
  /** With a design prior: the chance of significance in the treatment's favour (else null). */
  assuranceBenefit: number | null;
  assuranceBenefitMcse: number | null;
  /** Assurance trials simulated so far. */
  assuranceSims: number;
  /** Trials at this grid point in which some comparison could not be computed (as in `points`). */
  undefinedTrials: number;
}

/** Per grid point: the chance that at least one treatment arm is significant. */
export interface PointSummary {
  nPerArm: number;
  sims: number;
  anyPower: number;
  anyMcse: number;
  /** The chance that at least one treatment arm is significant in the treatment's favour. */
  anyPowerBenefit: number;
  anyPowerBenefitMcse: number;
  /** Trials in which a comparison could not be computed (counted as not significant). */
  undefinedTrials: number;
  /** Chi-square: trials with an expected cell count below 5 in some comparison (else 0). */
  smallExpectedTrials: number;
}

export interface SimulationResult {
  rows: ResultRow[];
  points: PointSummary[];
  /** Present when the scenario runs a trend test (a dose-response model over continuous outcomes). */
  trend?: TrendSummary[];
  /** Present when the scenario compares an enriched with an all-comers trial. */
  enrichment?: EnrichmentSummary;
  trialsDone: number;
  trialsTotal: number;
  /** Run-time warnings in words (unanalysable trials, small expected counts); empty when none. */
  warnings: string[];
}

/** Adds chunk counts (in any order) and turns them into power estimates. Integer sums: exact. */
export class Accumulator {
  private readonly points: PlanPoint[];
  private readonly trials: number[];
  private readonly rejections: number[][];
  private readonly benefits: number[][];
  private readonly any: number[];
  private readonly anyBenefit: number[];
  private readonly undef: number[];
  private readonly smallExpected: number[];
  /** Closed forms per point and arm, as they arrive with the point's first chunk (null until then). */
  private readonly analytic: (AnalyticPower[] | null)[];
  private readonly priorTrials: number[];
  private readonly trendCounts: [number, number, number][];
  private readonly trendInfo: { best: string; med: string | null } | null;
  /** Enrichment: per population and point, [trials, rejections, rejections in the treatment's favour]. */
  private readonly population: Record<'all-comers' | 'enriched', [number, number, number][]>;
  private readonly priorRejections: number[][];
  private readonly priorBenefits: number[][];
  private done = 0;

  constructor(private readonly s: ResolvedScenario) {
    this.points = planPoints(s);
    const k = s.arms.length - 1;
    this.trials = this.points.map(() => 0);
    this.rejections = this.points.map(() => new Array<number>(k).fill(0));
    this.benefits = this.points.map(() => new Array<number>(k).fill(0));
    this.any = this.points.map(() => 0);
    this.anyBenefit = this.points.map(() => 0);
    this.undef = this.points.map(() => 0);
    this.smallExpected = this.points.map(() => 0);
    this.priorTrials = this.points.map(() => 0);
    this.trendCounts = this.points.map(() => [0, 0, 0]);
    this.population = { 'all-comers': this.points.map(() => [0, 0, 0]), enriched: this.points.map(() => [0, 0, 0]) };
    const truth = trendApplies(s) ? trendTruth(s) : null;
    this.trendInfo = truth && { best: s.arms[truth.bestArm]?.label ?? '', med: truth.medArm > 0 ? s.arms[truth.medArm].label : null };
    this.priorRejections = this.points.map(() => new Array<number>(k).fill(0));
    this.priorBenefits = this.points.map(() => new Array<number>(k).fill(0));
    // Closed forms are computed in the workers (ChunkRunner) and arrive with the chunks: nothing numeric runs here.
    this.analytic = this.points.map(() => null);
  }

  add(c: ChunkResult): void {
    this.done += c.trials;
    if (c.analytic) this.analytic[c.point] = c.analytic;
    if (c.mode === 'prior') {
      this.priorTrials[c.point] += c.trials;
      c.rejections.forEach((r, i) => (this.priorRejections[c.point][i] += r));
      c.benefits.forEach((r, i) => (this.priorBenefits[c.point][i] += r));
      return;
    }
    if (c.mode === 'all-comers' || c.mode === 'enriched') {
      const counts = this.population[c.mode][c.point];
      counts[0] += c.trials;
      counts[1] += c.rejections[0];
      counts[2] += c.benefits[0];
      return;
    }
    this.trials[c.point] += c.trials;
    c.rejections.forEach((r, i) => (this.rejections[c.point][i] += r));
    c.benefits.forEach((r, i) => (this.benefits[c.point][i] += r));
    this.any[c.point] += c.anyRejections;
    this.anyBenefit[c.point] += c.anyBenefit;
    this.undef[c.point] += c.undefinedTrials;
    this.smallExpected[c.point] += c.smallExpected;
    const tc = this.trendCounts[c.point];
    tc[0] += c.trendSignificant;
    tc[1] += c.bestDoseSelected;
    tc[2] += c.medSelected;
  }

  result(): SimulationResult {
    const rows: ResultRow[] = [];
    const points: PointSummary[] = [];
    const k = this.s.arms.length - 1;
    this.points.forEach((p, pi) => {
      const sims = this.trials[pi];
      for (let i = 0; i < k; i++) {
        const power = sims > 0 ? this.rejections[pi][i] / sims : NaN;
        const powerBenefit = sims > 0 ? this.benefits[pi][i] / sims : NaN;
        const a = this.analytic[pi]?.[i];
        const ps = this.priorTrials[pi];
        const assurance = this.s.effectPrior && ps > 0 ? this.priorRejections[pi][i] / ps : null;
        const assuranceBenefit = this.s.effectPrior && ps > 0 ? this.priorBenefits[pi][i] / ps : null;
        rows.push({
          arm: this.s.arms[i + 1].label,
          armIndex: i + 1,
          nPerArm: p.nControl,
          nControl: p.nControl,
          nTreatment: p.nTreatment,
          nTotal: p.n.reduce((x, y) => x + y, 0),
          sims,
          power,
          mcse: monteCarloSe(power, sims),
          ci95: wilsonInterval(this.rejections[pi][i], sims),
          powerBenefit,
          powerBenefitMcse: monteCarloSe(powerBenefit, sims),
          analyticPower: a?.value ?? null,
          analyticMethod: a?.method ?? null,
          analyticPowerBenefit: a === undefined ? null : a.benefit !== undefined ? a.benefit : this.s.analysis.sides === 1 ? a.value : null,
          assurance,
          assuranceMcse: assurance === null ? null : monteCarloSe(assurance, ps),
          assuranceBenefit,
          assuranceBenefitMcse: assuranceBenefit === null ? null : monteCarloSe(assuranceBenefit, ps),
          assuranceSims: ps,
          undefinedTrials: this.undef[pi],
        });
      }
      const anyPower = sims > 0 ? this.any[pi] / sims : NaN;
      const anyPowerBenefit = sims > 0 ? this.anyBenefit[pi] / sims : NaN;
      points.push({
        nPerArm: p.nControl,
        sims,
        anyPower,
        anyMcse: monteCarloSe(anyPower, sims),
        anyPowerBenefit,
        anyPowerBenefitMcse: monteCarloSe(anyPowerBenefit, sims),
        undefinedTrials: this.undef[pi],
        smallExpectedTrials: this.smallExpected[pi],
      });
    });
    const passes = 1 + extraModes(this.s).length;
    const trialsTotal = passes * this.s.simulation.sims * this.points.length;
    const out: SimulationResult = { rows, points, trialsDone: this.done, trialsTotal, warnings: runWarnings(this.s, points) };
    if (this.trendInfo) out.trend = trendSummaries(this.points, this.trials, this.trendCounts, this.trendInfo);
    if (this.s.enrichment) out.enrichment = enrichmentSummary(this.s, this.points, this.population);
    return out;
  }
}
