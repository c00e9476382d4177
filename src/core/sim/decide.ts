import type { Multiplicity } from '../scenario/types.ts';
import type { ComparisonTest } from '../tests/types.ts';
import type { Workspace } from './workspace.ts';

/**
 * Runs every comparison of one trial and sets ws.reject[1..k]. 'none', 'bonferroni' and 'dunnett'
 * are single-step (the test already holds the right critical value); 'holm' is Holm's step-down on
 * the p-values: reject in order of p while p_(r) ≤ alpha/(k − r + 1).
 */
export function decide(
  ws: Workspace,
  test: ComparisonTest,
  multiplicity: Multiplicity,
  alpha: number,
  order: Int32Array,
): void {
  const k = ws.arms - 1;
  test.prepare(ws);
  for (let i = 1; i <= k; i++) ws.stat[i] = test.statistic(ws, i);
  if (multiplicity !== 'holm') {
    for (let i = 1; i <= k; i++) ws.reject[i] = test.rejects(ws, i) ? 1 : 0;
    return;
  }
  for (let i = 1; i <= k; i++) {
    ws.p[i] = test.pValue(ws, i);
    ws.reject[i] = 0;
    // Insertion sort of arm indices by p-value (k ≤ 5).
    let r = i - 1;
    while (r > 0 && ws.p[order[r - 1]] > ws.p[i]) {
      order[r] = order[r - 1];
      r--;
    }
    order[r] = i;
  }
  for (let r = 0; r < k; r++) {
    const i = order[r];
    if (!(ws.p[i] <= alpha / (k - r))) break;
    ws.reject[i] = 1;
  }
}
