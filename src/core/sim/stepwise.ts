import type { ManyToOneTest } from '../hypothesis/types.ts';
import type { Workspace } from '../workspace.ts';

/** Sorts arm indices 1..k into order[0..k) by ws.p ascending (insertion sort, k ≤ 5; ties keep arm order). */
function sortByP(ws: Workspace, order: Int32Array): void {
  const k = ws.arms - 1;
  for (let i = 1; i <= k; i++) {
    const p = ws.p[i];
    let r = i - 1;
    while (r > 0 && ws.p[order[r - 1]] > p) {
      order[r] = order[r - 1];
      r--;
    }
    order[r] = i;
  }
}

/** Holm (1979) step-down on ws.p: reject in order of p while p_(r) ≤ alpha/(k − r + 1). */
export function holm(ws: Workspace, alpha: number, order: Int32Array): void {
  const k = ws.arms - 1;
  for (let i = 1; i <= k; i++) if (ws.p[i] !== ws.p[i]) ws.p[i] = 1; // no p-value: never significant
  sortByP(ws, order);
  for (let r = 0; r < k; r++) {
    const i = order[r];
    if (!(ws.p[i] <= alpha / (k - r))) break;
    ws.reject[i] = 1;
  }
}

/**
 * Hochberg (1988) step-up on ws.p: with p_(1) ≤ … ≤ p_(k), find the largest r with
 * p_(r) ≤ alpha/(k − r + 1) and reject H_(1) … H_(r) (R's p.adjust(method = "hochberg") ≤ alpha).
 */
export function hochberg(ws: Workspace, alpha: number, order: Int32Array): void {
  const k = ws.arms - 1;
  for (let i = 1; i <= k; i++) if (ws.p[i] !== ws.p[i]) ws.p[i] = 1; // no p-value: never significant
  sortByP(ws, order);
  for (let r = k - 1; r >= 0; r--) {
    if (!(ws.p[order[r]] <= alpha / (k - r))) continue;
    for (let q = 0; q <= r; q++) ws.reject[order[q]] = 1;
    return;
  }
}

/**
 * Holm and Hochberg on level classes: ws.p[i] holds the first c with p_i ≤ α/(k − c) (k if none;
 * ComparisonTest.firstLevel), so step r's comparison p_(r) ≤ α/(k − r) is key_(r) ≤ r. Sorting by the
 * key orders as p does up to ties within a class, and no such tie can straddle the step where Holm
 * stops (key_(R−1) ≤ R − 1 < R < key_(R)) or the largest r Hochberg accepts, so the rejected sets are
 * those of holm() and hochberg() (checked decision by decision in tests/core/sim/stepLevels.test.ts).
 */
export function holmByLevel(ws: Workspace, order: Int32Array): void {
  const k = ws.arms - 1;
  sortByP(ws, order);
  for (let r = 0; r < k; r++) {
    const i = order[r];
    if (!(ws.p[i] <= r)) break;
    ws.reject[i] = 1;
  }
}

/** Hochberg's step-up on the same keys as holmByLevel. */
export function hochbergByLevel(ws: Workspace, order: Int32Array): void {
  const k = ws.arms - 1;
  sortByP(ws, order);
  for (let r = k - 1; r >= 0; r--) {
    if (!(ws.p[order[r]] <= r)) continue;
    for (let q = 0; q <= r; q++) ws.reject[order[q]] = 1;
    return;
  }
}

/**
 * Step-down Dunnett (Dunnett & Tamhane 1991), the closed test of the many-to-one hypotheses as
 * multcomp's adjusted("free") computes it: order the comparisons from most to least significant;
 * the r-th is compared with the critical value of the maximum over the comparisons not yet
 * rejected (itself included); stop at the first that falls short. ws.p holds the ordering key.
 */
export function dunnettStepDown(ws: Workspace, test: ManyToOneTest, order: Int32Array): void {
  const k = ws.arms - 1;
  for (let i = 1; i <= k; i++) {
    const key = -test.significance(ws, i);
    ws.p[i] = key === key ? key : Infinity; // a comparison without a statistic goes last
  }
  sortByP(ws, order);
  for (let r = 0; r < k; r++) {
    const i = order[r];
    if (ws.stat[i] !== ws.stat[i] || !test.exceedsAmong(ws, i, order, r, k)) break;
    ws.reject[i] = 1;
  }
}
