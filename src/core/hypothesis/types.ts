import type { Workspace } from '../workspace.ts';

/**
 * A two-group test of treatment arm i against the control (arm 0), run once per simulated trial.
 * Statistics are oriented so that positive means the treatment is better; one-sided tests reject
 * for large positive values, two-sided ones for large absolute values.
 */
export interface ComparisonTest {
  /** Work shared by all comparisons of a trial (sorting, pooling); called once per trial. */
  prepare(ws: Workspace): void;
  /** The oriented statistic of comparison i, or NaN when the data cannot support it. */
  statistic(ws: Workspace, i: number): number;
  /** Whether comparison i (statistic already in ws.stat[i]) rejects at the test's level. */
  rejects(ws: Workspace, i: number): boolean;
  /**
   * Optional: `rejects` as 0 or 1, computed without a branch on the outcome, which a trial's
   * processor mispredicts as often as power is far from 0 or 1 (sim/decide.ts uses it when present).
   */
  rejection?(ws: Workspace, i: number): number;
  /** The p-value of comparison i (statistic already in ws.stat[i]). */
  pValue(ws: Workspace, i: number): number;
  /**
   * Holm/Hochberg fast path (tests built with `stepLevels`): the first c with pValue ≤ stepLevels[c],
   * or stepLevels.length if none, found from cached critical values (tests/stepCritical.ts).
   */
  firstLevel?(ws: Workspace, i: number): number;
}

export interface TestOptions {
  /** Per-comparison significance level (alpha, or alpha/k for Bonferroni). */
  level: number;
  sides: 1 | 2;
  /** +1 when higher values are better, −1 when lower are better. */
  sign: 1 | -1;
  /** Holm/Hochberg only: the ladder α/k, α/(k−1), …, α that firstLevel decides against. */
  stepLevels?: Float64Array;
}

/** A many-to-one (Dunnett-type) test that can also decide within a subset of its comparisons (step-down). */
export interface ManyToOneTest extends ComparisonTest {
  /** Orders the comparisons of a trial for the step-down: larger = more significant. */
  significance(ws: Workspace, i: number): number;
  /** Whether comparison i's statistic exceeds the critical value of the maximum over members[from..to). */
  exceedsAmong(ws: Workspace, i: number, members: Int32Array, from: number, to: number): boolean;
}
