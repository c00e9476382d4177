import { shapeLabel } from '../mcpmod/shapeLabel.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { ShapeCounts } from '../sim/shapePriorTally.ts';
import { monteCarloSe } from './wilson.ts';

/** One candidate shape's share of the assurance trials and the trend test's results among them. */
export interface ShapeAssuranceRow {
  shape: string;
  weight: number;
  sims: number;
  significant: number;
  significantMcse: number;
  /** trendTest.estimate only (else null). */
  tdEstimated: number | null;
  tdEstimatedMcse: number | null;
}

/**
 * The trend test averaged over trendTest.shapePrior (and the effect prior, if any), at one n: every assurance trial
 * drew its true shape with the prior's weights. `significant` is the chance of showing a dose-response; `tdEstimated`
 * the chance of a significant MCP step whose TD̂ lies within tolerance of that trial's own true TD (a trial whose
 * true curve never reaches Δ within the doses counts as a miss). MCSE √(p(1 − p)/sims).
 */
export interface ShapeAssurance {
  sims: number;
  significant: number;
  significantMcse: number;
  tdEstimated: number | null;
  tdEstimatedMcse: number | null;
  byShape: ShapeAssuranceRow[];
}

const rate = (x: number, n: number) => (n > 0 ? x / n : NaN);

/** Adds the 'prior' chunks' per-shape counts per grid point (integers: exact in any order) and summarises them. */
export class ShapeAssuranceTally {
  private readonly counts: ShapeCounts[];

  constructor(
    private readonly s: ResolvedScenario,
    points: number,
  ) {
    const k = s.trendTest.candidates.length;
    const zero = () => new Array<number>(k).fill(0);
    this.counts = Array.from({ length: points }, () => ({ trials: zero(), significant: zero(), tdHits: s.trendTest.estimate ? zero() : null }));
  }

  add(point: number, c: ShapeCounts): void {
    const t = this.counts[point];
    c.trials.forEach((x, m) => (t.trials[m] += x));
    c.significant.forEach((x, m) => (t.significant[m] += x));
    if (t.tdHits && c.tdHits) c.tdHits.forEach((x, m) => (t.tdHits![m] += x));
  }

  /** The shape-averaged trend results of one grid point. */
  summary(point: number): ShapeAssurance {
    const c = this.counts[point];
    const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);
    const sims = sum(c.trials);
    const sig = rate(sum(c.significant), sims);
    const td = c.tdHits ? rate(sum(c.tdHits), sims) : null;
    return {
      sims,
      significant: sig,
      significantMcse: monteCarloSe(sig, sims),
      tdEstimated: td,
      tdEstimatedMcse: td === null ? null : monteCarloSe(td, sims),
      byShape: this.s.trendTest.candidates.map((cand, m) => {
        const n = c.trials[m];
        const p = rate(c.significant[m], n);
        const h = c.tdHits ? rate(c.tdHits[m], n) : null;
        return {
          shape: shapeLabel(cand),
          weight: this.s.trendTest.shapePrior![m],
          sims: n,
          significant: p,
          significantMcse: monteCarloSe(p, n),
          tdEstimated: h,
          tdEstimatedMcse: h === null ? null : monteCarloSe(h, n),
        };
      }),
    };
  }

  /** Adds `shapeAssurance` to every trend entry. */
  decorate(trend: { shapeAssurance?: ShapeAssurance }[]): void {
    trend.forEach((t, pi) => (t.shapeAssurance = this.summary(pi)));
  }
}
