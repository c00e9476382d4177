import type { Multiplicity } from '../scenario/types.ts';
import type { ComparisonTest, ManyToOneTest } from '../hypothesis/types.ts';
import { dunnettStepDown, hochberg, hochbergByLevel, holm, holmByLevel } from './stepwise.ts';
import type { Workspace } from '../workspace.ts';

/** Decides one trial: sets ws.stat[1..k] and ws.reject[1..k]. */
export type Decider = (ws: Workspace, test: ComparisonTest, order: Int32Array) => void;

/**
 * Runs every comparison of one trial and sets ws.reject[1..k]. 'none', 'bonferroni' and 'dunnett'
 * are single-step (the test already holds the right critical value); 'holm' (step-down) and
 * 'hochberg' (step-up) on the first level of the ladder α/k … α each comparison passes, from cached
 * critical values (the p-values themselves only for a test without that fast path, e.g. Fisher's); 'dunnett-stepdown' on the many-to-one critical values
 * of the comparisons still in play (sim/stepwise.ts).
 */
export function decide(ws: Workspace, test: ComparisonTest, multiplicity: Multiplicity, alpha: number, order: Int32Array): void {
  decider(multiplicity, alpha)(ws, test, order);
}

/**
 * The decision rule of a multiplicity method, chosen once (per point, not per trial): comparing the
 * method's name in every trial cost ~15% of a Welch-shortcut trial.
 */
export function decider(multiplicity: Multiplicity, alpha: number): Decider {
  switch (multiplicity) {
    case 'none':
    case 'bonferroni':
    case 'dunnett':
      return singleStep;
    case 'dunnett-stepdown':
      return (ws, test, order) => {
        const k = statistics(ws, test);
        for (let i = 1; i <= k; i++) ws.reject[i] = 0;
        dunnettStepDown(ws, test as ManyToOneTest, order);
      };
    case 'holm':
    case 'hochberg': {
      const holmRule = multiplicity === 'holm';
      return (ws, test, order) => {
        const k = statistics(ws, test);
        for (let i = 1; i <= k; i++) ws.reject[i] = 0;
        if (test.firstLevel !== undefined) {
          for (let i = 1; i <= k; i++) ws.p[i] = test.firstLevel(ws, i);
          if (holmRule) holmByLevel(ws, order);
          else hochbergByLevel(ws, order);
          return;
        }
        for (let i = 1; i <= k; i++) ws.p[i] = test.pValue(ws, i);
        if (holmRule) holm(ws, alpha, order);
        else hochberg(ws, alpha, order);
      };
    }
  }
}

/** Prepares the trial and writes every comparison's statistic; returns k. */
function statistics(ws: Workspace, test: ComparisonTest): number {
  const k = ws.arms - 1;
  test.prepare(ws);
  for (let i = 1; i <= k; i++) ws.stat[i] = test.statistic(ws, i);
  return k;
}

/** A single-step method: each comparison against the test's own critical value. */
function singleStep(ws: Workspace, test: ComparisonTest): void {
  const k = statistics(ws, test);
  if (test.rejection !== undefined) for (let i = 1; i <= k; i++) ws.reject[i] = test.rejection(ws, i);
  else for (let i = 1; i <= k; i++) ws.reject[i] = test.rejects(ws, i) ? 1 : 0;
}
