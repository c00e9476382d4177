import { summarizeArm } from '../../../src/core/sim/generators/summarize.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import type { ComparisonTest } from '../../../src/core/hypothesis/types.ts';

/**
 * The per-trial tests of src/core/hypothesis work on a Workspace (one simulated trial). Their @example
 * lines build one from plain numbers with these helpers, which the doc test puts in scope.
 */

/** A trial with patient values per arm (control first); a last argument of arrays gives each arm's baseline. */
export function arms(...values: (number[] | number[][])[]): Workspace {
  const last = values[values.length - 1];
  const base = Array.isArray(last[0]) ? (values.pop() as number[][]) : undefined;
  const data = values as number[][];
  const ws = new Workspace(data.map((v) => v.length), true, base !== undefined);
  data.forEach((v, j) => {
    ws.m[j] = v.length;
    ws.data[j].set(v);
    if (base) ws.base[j].set(base[j]);
    summarizeArm(ws, j);
  });
  return ws;
}

/** A binary trial from [responders, patients] per arm (control first). */
export function binaryArms(...counts: [number, number][]): Workspace {
  const ws = new Workspace(counts.map((c) => c[1]), false, false);
  counts.forEach(([x, m], j) => {
    ws.m[j] = m;
    ws.successes[j] = x;
  });
  return ws;
}

/** Runs a test on a trial as the engine does and returns comparison i's statistic, p-value and decision. */
export function decide(test: ComparisonTest, ws: Workspace, i = 1): { stat: number; p: number; reject: boolean } {
  test.prepare(ws);
  for (let j = 1; j < ws.arms; j++) ws.stat[j] = test.statistic(ws, j);
  return { stat: ws.stat[i], p: test.pValue(ws, i), reject: test.rejects(ws, i) };
}
