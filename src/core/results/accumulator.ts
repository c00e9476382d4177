import type { ResolvedScenario } from '../scenario/types.ts';
import { extraModes, planPoints, type PlanPoint } from '../sim/plan.ts';
import type { ChunkResult } from '../sim/pointSimulator.ts';
import type { AnalyticPower } from './analytic.ts';
import { monteCarloSe, wilsonInterval } from './wilson.ts';
import { runWarnings } from './runWarnings.ts';
import { trendApplies, trendTruth } from '../sim/trendSetup.ts';
import { enrichmentSummary } from './enrichmentSummary.ts';
import { trendSummaries } from './trendSummary.ts';
import { InterimTally, interimBoundsSummary } from './interimTally.ts';
import { TdHistogram } from './tdHistogram.ts';
import { trueTargetDose } from '../sim/trueTargetDose.ts';
import { ShapeAssuranceTally } from './shapeAssurance.ts';
import { assuranceApplies } from './assuranceApplies.ts';
import type { PointSummary, ResultRow, SimulationResult } from './types.ts';

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
  /** trendTest.estimate: the Mod step's hits and TD̂ per point (null without it). */
  private readonly td: TdHistogram[] | null;
  /** Enrichment: per population and point, [trials, rejections, rejections in the treatment's favour]. */
  private readonly population: Record<'all-comers' | 'enriched', [number, number, number][]>;
  private readonly priorRejections: number[][];
  private readonly priorBenefits: number[][];
  private readonly interim: InterimTally | null;
  private readonly shapes: ShapeAssuranceTally | null;
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
    const est = truth && s.trendTest.estimate !== undefined;
    const doses = s.doseResponse?.doses ?? [];
    this.td = est ? this.points.map(() => new TdHistogram(Math.max(...doses), trueTargetDose(s), doses)) : null;
    this.priorRejections = this.points.map(() => new Array<number>(k).fill(0));
    this.priorBenefits = this.points.map(() => new Array<number>(k).fill(0));
    // Closed forms are computed in the workers (ChunkRunner) and arrive with the chunks: nothing numeric runs here.
    this.analytic = this.points.map(() => null);
    this.interim = s.interim ? new InterimTally(this.points.length, k, s.interim.informationRates.length) : null;
    this.shapes = truth && s.trendTest.shapePrior ? new ShapeAssuranceTally(s, this.points.length) : null;
  }

  add(c: ChunkResult): void {
    this.done += c.trials;
    if (c.analytic) this.analytic[c.point] = c.analytic;
    if (c.mode === 'prior') {
      this.priorTrials[c.point] += c.trials;
      c.rejections.forEach((r, i) => (this.priorRejections[c.point][i] += r));
      c.benefits.forEach((r, i) => (this.priorBenefits[c.point][i] += r));
      if (c.shape) this.shapes?.add(c.point, c.shape);
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
    if (c.interim) this.interim?.add(c.point, c.interim);
    const tc = this.trendCounts[c.point];
    tc[0] += c.trendSignificant;
    tc[1] += c.bestDoseSelected;
    tc[2] += c.medSelected;
    const td = c.td;
    if (td && this.td) this.td[c.point].add(c.trials, td.hits, td.values);
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
        const prior = assuranceApplies(this.s);
        const assurance = prior && ps > 0 ? this.priorRejections[pi][i] / ps : null;
        const assuranceBenefit = prior && ps > 0 ? this.priorBenefits[pi][i] / ps : null;
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
          ...(this.interim ? this.interim.row(pi, i, sims) : {}),
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
    if (this.trendInfo) out.trend = trendSummaries(this.points, this.trials, this.trendCounts, this.trendInfo, this.td, this.s.arms.map((a) => a.label));
    if (out.trend && this.shapes) this.shapes.decorate(out.trend);
    const bounds = interimBoundsSummary(this.s);
    if (bounds) out.interim = bounds;
    if (this.s.enrichment) out.enrichment = enrichmentSummary(this.s, this.points, this.population);
    return out;
  }
}
