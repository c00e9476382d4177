import type { LooksPoint, ManyLooksParams } from '../../../core/explain/manyLooks.ts';
import { TRIAL_FACTS } from '../../../core/trialFacts.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import type { Estimate } from '../../../core/explain/proportionSummary.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../inputs/fieldCheck.ts';
import { figureNotes, num, percent } from './say.ts';

export interface ManyLooksInputs {
  /** Subgroup × endpoint comparisons tested. */
  k: number;
  /** Correlation between their test statistics. */
  rho: number;
}

/**
 * Default K = 12 (assumed): e.g. two EDSS strata × six reported outcomes (T25FW, 6MWT, 9HPT, EDSS,
 * bladder function, grey-matter atrophy). The paper does not say how many comparisons were made.
 */
export const manyLooksDefaults = (): ManyLooksInputs => ({ k: 12, rho: 0 });

export const manyLooksParams = (i: ManyLooksInputs, seed: string): ManyLooksParams => ({
  seed,
  sims: 100_000,
  kMax: Math.max(20, i.k),
  rho: i.rho,
  alpha: TRIAL_FACTS.alpha.value,
});

/** Inputs of section 6 (sliders, checked all the same). */
export function checkManyLooks(raw: Raw<ManyLooksInputs>): FieldErrors {
  return checkNumbers(raw, {
    k: { label: 'Comparisons', lo: 1, hi: 60, integer: true },
    rho: { label: 'Correlation between comparisons', lo: 0, hi: 0.9 },
  });
}

/** A chance of a false positive at least this large is called regular (1 trial in 5 or more often). */
export const REGULAR = 0.2;

export function manyLooksText(i: ManyLooksInputs, pts: readonly LooksPoint[] | null): string[] {
  const p = pts?.find((q) => q.k === i.k);
  const closed = 1 - (1 - TRIAL_FACTS.alpha.value) ** i.k;
  return [
    `The trial reports several subgroups and outcomes beside the primary endpoint. With ${i.k} comparison${i.k === 1 ? '' : 's'} and no true effect anywhere, at least one reaches p < 0.05 in ${percent(p?.anySignificant.value)} of simulated trials${i.rho > 0 ? `, with correlation ${num(i.rho, 2)} between them` : ''} (1 − 0.95^${i.k} = ${percent(closed)} if they were independent).`,
    looksVerdict(i, p?.anySignificant ?? null),
  ];
}

/** What the simulated chance of at least one false positive means for a significant subgroup result. */
export function looksVerdict(i: ManyLooksInputs, any: Estimate | null): string {
  if (i.k === 1) return 'With one pre-specified comparison the chance is the test\'s own 5%: a significant result then means what its p-value says.';
  if (any === null) return '…';
  if (any.value >= REGULAR)
    return `A significant subgroup result found after ${i.k} looks is what chance produces regularly (about 1 trial in ${Math.round(1 / any.value)}). It is a hypothesis for the next trial, not a finding of this one.`;
  return `That is more than the 5% a single test promises, though not common: a significant result among ${i.k} looks deserves caution, and confirmation in the next trial.`;
}

export function manyLooksChart(i: ManyLooksInputs, pts: readonly LooksPoint[], seed: string): LineChartData {
  const p = pts.find((q) => q.k === i.k);
  return {
    title: 'Chance of at least one p < 0.05 among K comparisons when nothing works',
    notes: figureNotes(`K null comparisons, each two-sided at α = 0.05; correlation ${num(i.rho, 2)} between test statistics (assumed); K = ${i.k} marked (assumed).`, pts[0]?.anySignificant.trials ?? 0, seed),
    series: [
      { label: 'simulated ± 95% MC band', color: PALETTE[0], points: pts.map((q) => ({ x: q.k, y: q.anySignificant.value, lo: q.anySignificant.lo, hi: q.anySignificant.hi })) },
      { label: '1 − 0.95^K (independent)', color: PALETTE[3], dashed: true, points: pts.map((q) => ({ x: q.k, y: q.independent })) },
    ],
    markers: [{ x: i.k, label: `K = ${i.k}`, color: '#6b7280', dashed: true }],
    highlights: p ? [{ x: p.k, y: p.anySignificant.value, color: PALETTE[1], label: percent(p.anySignificant.value) }] : [],
    xLabel: 'Comparisons tested (K)',
    yLabel: 'P(at least one p < 0.05)',
    xFormat: 'integer',
    yFormat: 'percent',
  };
}
