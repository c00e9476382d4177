import { readFileSync } from 'node:fs';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

/** The pinned counts of one scenario: integers, so a changed draw shows as a changed number, exactly. */
export interface GoldenCounts {
  /** Per row (arm × n): trials run, significant, significant in the treatment's favour, unanalysable. */
  rows: [string, number, number, number, number, number][];
  /** With a design prior: per row, assurance trials and how many were significant. */
  assurance?: [number, number][];
  /** With a trend test: per n, significant trend, best dose picked, MED picked. */
  trend?: [number, number, number, number | null][];
  /** With enrichment: per n, significant in the enriched and in the all-comers trial. */
  enrichment?: [number, number, number][];
}

/** A shipped scenario at a few sample sizes, with its own seed and sims. */
function shipped(file: string, nPerArm: number[], sims: number, seed: string): unknown {
  const s = JSON.parse(readFileSync(new URL(`../../../static/scenarios/${file}`, import.meta.url), 'utf8'));
  return { ...s, design: { ...s.design, nPerArm }, simulation: { sims, seed } };
}
const walkArms = [
  { label: 'Saline', mean: -54.4, sd: 70.5 },
  { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
];

/**
 * A few scenarios that between them draw from every stream kind: normal summaries (exact shortcut) and full
 * data, the timed walk, binomials with dropout, rank tests, many-to-one procedures, the prior, the
 * dose-response trend test and enrichment strata. Two seeds for the first. Small sims: this pins numbers,
 * it does not estimate power.
 */
export const GOLDEN_CASES: Record<string, unknown> = {
  't25fw-edss6 (seed file)': shipped('t25fw-edss6.json', [6, 12, 20], 1000, 'golden-1'),
  't25fw-edss6 (other seed)': shipped('t25fw-edss6.json', [6, 12, 20], 1000, 'golden-2'),
  'sixmwt-edss6 (seed file)': shipped('sixmwt-edss6.json', [10, 30], 1000, 'golden'),
  'edss-plus responders (seed file)': shipped('edss-plus-responders.json', [20, 60], 1000, 'golden'),
  'four arms, Student, step-down Dunnett': {
    endpoint: { type: 'continuous' },
    arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'L', mean: 0.2, sd: 1.3 }, { label: 'M', mean: 0.35, sd: 1 }, { label: 'H', mean: 0.5, sd: 0.8 }],
    analysis: { test: 'student', alpha: 0.05, sides: 2, multiplicity: 'dunnett-stepdown' },
    design: { nPerArm: [10, 40], dropout: 0.1 },
    simulation: { sims: 1000, seed: 'golden' },
  },
  'timed walk, Mann–Whitney, Holm': {
    endpoint: { type: 'timed-walk', changeBaselineCorrelation: 0.4 },
    arms: [...walkArms, { label: 'Mid', mean: -10, sd: 30 }],
    analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2, multiplicity: 'holm' },
    design: { nPerArm: [15, 50] },
    simulation: { sims: 1000, seed: 'golden' },
  },
  'ANCOVA, one-sided': {
    endpoint: { type: 'continuous', baselineCorrelation: 0.5 },
    arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'T', mean: 0.4, sd: 1 }],
    analysis: { test: 'ancova', alpha: 0.025, sides: 1 },
    design: { nPerArm: [30, 80], dropout: 0.15 },
    simulation: { sims: 1000, seed: 'golden' },
  },
  'prior and enrichment (timed walk, Welch)': {
    endpoint: { type: 'timed-walk' },
    arms: walkArms,
    analysis: { test: 'welch', alpha: 0.05, sides: 2 },
    design: { nPerArm: [10, 20], dropout: 0.1 },
    simulation: { sims: 1000, seed: 'golden' },
    effect: { basis: 'shrunk', shrinkage: 0.5 },
    effectPrior: { type: 'normal' },
    enrichment: { strata: [{ label: 'EDSS 3.0-5.5', share: 0.55, effect: 0 }, { label: 'EDSS 6.0-6.5', share: 0.45, effect: 29.05 }], enrichTo: 'EDSS 6.0-6.5' },
  },
  'dose finding with trend test (seed file)': shipped('dose-finding-t25fw.json', [40], 1000, 'golden'),
};

const count = (share: number, trials: number) => Math.round(share * trials);

/** Runs one case in process and reads its counts back from the shares (share × trials is an exact integer). */
export function goldenCounts(input: unknown): GoldenCounts {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const r = simulate(v.scenario);
  const out: GoldenCounts = {
    rows: r.rows.map((w) => [w.arm, w.nPerArm, w.sims, count(w.power, w.sims), count(w.powerBenefit, w.sims), w.undefinedTrials]),
  };
  if (v.scenario.effectPrior) out.assurance = r.rows.map((w) => [w.assuranceSims, count(w.assurance ?? NaN, w.assuranceSims)]);
  if (r.trend) out.trend = r.trend.map((t) => [t.sims, count(t.significant, t.sims), count(t.bestDoseSelected, t.sims), t.medSelected === null ? null : count(t.medSelected, t.sims)]);
  if (r.enrichment) out.enrichment = r.enrichment.points.map((p) => [p.sims, count(p.enriched.power, p.sims), count(p.allComers.power, p.sims)]);
  return out;
}
