import type { Multiplicity } from '../scenario/types.ts';
import type { ComparisonTest, ManyToOneTest } from '../hypothesis/types.ts';
import { dunnettStepDown, hochberg, hochbergByLevel, holm, holmByLevel } from './stepwise.ts';
import type { Workspace } from '../workspace.ts';

/**
 * Runs every comparison of one trial and sets ws.reject[1..k]. 'none', 'bonferroni' and 'dunnett'
 * are single-step (the test already holds the right critical value); 'holm' (step-down) and
 * 'hochberg' (step-up) on the first level of the ladder α/k … α each comparison passes, from cached
 * critical values (the p-values themselves only for a test without that fast path, e.g. Fisher's); 'dunnett-stepdown' on the many-to-one critical values
 * of the comparisons still in play (sim/stepwise.ts).
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
  if (multiplicity === 'none' || multiplicity === 'bonferroni' || multiplicity === 'dunnett') {
    for (let i = 1; i <= k; i++) ws.reject[i] = test.rejects(ws, i) ? 1 : 0;
    return;
  }
  for (let i = 1; i <= k; i++) ws.reject[i] = 0;
  if (multiplicity === 'dunnett-stepdown') return dunnettStepDown(ws, test as ManyToOneTest, order);
  if (test.firstLevel !== undefined) {
    for (let i = 1; i <= k; i++) ws.p[i] = test.firstLevel(ws, i);
    if (multiplicity === 'holm') holmByLevel(ws, order);
    else hochbergByLevel(ws, order);
    return;
  }
  for (let i = 1; i <= k; i++) ws.p[i] = test.pValue(ws, i);
  if (multiplicity === 'holm') holm(ws, alpha, order);
  else hochberg(ws, alpha, order);
}
