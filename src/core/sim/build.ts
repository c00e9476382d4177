import { armModels, responseRate } from '../endpoints/armModel.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { AncovaTest } from '../hypothesis/ancova.ts';
import { ChiSquareTest } from '../hypothesis/chiSquare.ts';
import { DunnettTest } from '../hypothesis/dunnett.ts';
import { FisherTest } from '../hypothesis/fisher.ts';
import { MannWhitneyTest } from '../hypothesis/mannWhitney.ts';
import { StudentTest } from '../hypothesis/student.ts';
import type { ComparisonTest } from '../hypothesis/types.ts';
import { WelchTest } from '../hypothesis/welch.ts';
import { WelchDunnettTest } from '../hypothesis/welchDunnett.ts';
import { BinaryCountsGenerator } from './generators/binaryCounts.ts';
import { NormalDataGenerator } from './generators/normalData.ts';
import { NormalSummaryGenerator } from './generators/normalSummary.ts';
import { percentFromKey, TimedWalkDataGenerator } from './generators/timedWalkData.ts';
import type { TrialGenerator } from './generators/types.ts';
import { simulationPath } from './path.ts';
import { lossApplies, timeCapOf } from '../endpoints/ambulation.ts';
import { AmbulationLossGenerator } from './generators/ambulationLoss.ts';

/**
 * The generator that draws one trial's data for a scenario at the given arm sizes. `fullData` forces
 * per-patient draws where a summary shortcut exists (used to show that both agree). `rankKeys`: a
 * timed walk analysed by ranks alone writes rank keys (see rankKeysApply), with buildTest's same flag.
 */
export function buildGenerator(s: ResolvedScenario, n: readonly number[], fullData = false, rankKeys = false): TrialGenerator {
  const g = dataGenerator(s, n, fullData, rankKeys);
  return lossApplies(s) ? withAmbulationLoss(s, n, g, rankKeys) : g;
}

function dataGenerator(s: ResolvedScenario, n: readonly number[], fullData: boolean, rankKeys: boolean): TrialGenerator {
  const models = armModels(s);
  const shortcut = simulationPath(s.endpoint, s.analysis.test);
  const path = fullData && shortcut === 'normal-summary' ? 'full-data' : shortcut;
  const pick = (f: (m: (typeof models)[number]) => number) => Float64Array.from(models, f);
  const withBaseline = needsBaseline(s);
  const sds = Float64Array.from(s.arms, (a) => a.sd);
  if (path === 'binary-counts')
    return new BinaryCountsGenerator(n, pick((m) => (m.kind === 'binary' ? m.p : NaN)), (j, v) => responseRate(s, v, sds[j]));
  if (path === 'normal-summary')
    return new NormalSummaryGenerator(pick((m) => (m.kind === 'normal' ? m.mu : NaN)), pick((m) => (m.kind === 'normal' ? m.sd : NaN)));
  const e = s.endpoint;
  if (e.type === 'timed-walk') {
    return new TimedWalkDataGenerator(
      pick((m) => (m.kind === 'log-change' ? m.muD : NaN)),
      pick((m) => (m.kind === 'log-change' ? m.sdD : NaN)),
      e.measure,
      withBaseline,
      e.baselineLogMean,
      e.baselineLogSd,
      e.changeBaselineCorrelation,
      sds,
      rankKeys,
    );
  }
  const rho = e.type === 'continuous' ? e.baselineCorrelation : 0;
  return new NormalDataGenerator(
    pick((m) => (m.kind === 'normal' ? m.mu : NaN)),
    pick((m) => (m.kind === 'normal' ? m.sd : NaN)),
    withBaseline,
    rho,
  );
}

/** Whether a timed walk can be ranked on its log changes (Mann–Whitney, and no trend test reading means; no cap, which needs times). */
export function rankKeysApply(s: ResolvedScenario, trend: boolean): boolean {
  const capped = lossApplies(s) && (s.analysis.intercurrent === 'cap' || timeCapOf(s) !== undefined);
  return s.endpoint.type === 'timed-walk' && s.analysis.test === 'mann-whitney' && !trend && !capped;
}

/** Whether patients need their baseline: ANCOVA's covariate, or a time cap (T1 = T0·(1 − x/100)). */
export function needsBaseline(s: ResolvedScenario): boolean {
  return s.analysis.test === 'ancova' || (lossApplies(s) && timeCapOf(s) !== undefined);
}

function withAmbulationLoss(s: ResolvedScenario, n: readonly number[], g: TrialGenerator, rankKeys: boolean): TrialGenerator {
  const e = s.endpoint;
  const strategy = s.analysis.intercurrent;
  // Validation requires a strategy wherever patients can stop walking (validateIntercurrent.ts): no default here.
  if (strategy === undefined) throw new Error('analysis.intercurrent is missing on a scenario where patients can stop walking');
  const model = {
    loss: Float64Array.from(s.arms, (a) => a.lossOfAmbulation),
    strategy,
    measure: e.type === 'timed-walk' ? e.measure : 'time',
    timeCap: timeCapOf(s),
    rankKeys,
  } as const;
  const planned = s.arms.every((a) => a.dropout === 0) ? Int32Array.from(n) : null;
  return new AmbulationLossGenerator(g, model, e.type === 'responder', planned);
}

/** The test, configured at the per-comparison level its multiplicity method needs. */
export function buildTest(s: ResolvedScenario, n: readonly number[], rankKeys = false): ComparisonTest {
  const { test, alpha, sides, multiplicity } = s.analysis;
  const k = n.length - 1;
  const level = multiplicity === 'bonferroni' ? alpha / k : alpha;
  // Holm/Hochberg: the level ladder, computed exactly as the p-value path does (alpha / (k − r)).
  const stepLevels = multiplicity === 'holm' || multiplicity === 'hochberg' ? Float64Array.from({ length: k }, (_, r) => alpha / (k - r)) : undefined;
  const o = { level, sides, sign: directionSign(s.endpoint), stepLevels };
  const maxN = Math.max(...n);
  if (multiplicity === 'dunnett' || multiplicity === 'dunnett-stepdown') {
    if (test === 'welch') return new WelchDunnettTest(o, n.length);
    const fixedCounts = s.arms.every((a) => a.dropout === 0) && !(lossApplies(s) && s.analysis.intercurrent === 'exclude');
    return new DunnettTest(o, n.length, fixedCounts);
  }
  switch (test) {
    case 'student':
      return new StudentTest(o, maxN, n.length);
    case 'welch':
      return new WelchTest(o, maxN, n.length);
    case 'mann-whitney':
      return new MannWhitneyTest(o, n.length, rankKeys && s.endpoint.type === 'timed-walk' ? percentFromKey(s.endpoint.measure) : null);
    case 'ancova':
      return new AncovaTest(o, maxN, n.length);
    case 'chi-square':
      return new ChiSquareTest(o);
    case 'fisher':
      return new FisherTest(o);
  }
}
