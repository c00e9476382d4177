import type { Workspace } from '../../workspace.ts';
import { summarizeArm } from '../generators/summarize.ts';

/**
 * Fills `look` with the completers among the first `size` patients of arm j of the full trial `full`
 * (patients in randomisation order; `lost[i]` = 1 marks patient i as a dropout at every look). Writes the
 * arm's data, baseline, count, mean, sum of squares and responders, so any test can read it.
 */
export function fillLookArm(full: Workspace, look: Workspace, j: number, size: number, lost: Uint8Array, withBaseline: boolean): void {
  const x = full.data[j];
  const b = full.base[j];
  const y = look.data[j];
  const c = look.base[j];
  let m = 0;
  let successes = 0;
  for (let i = 0; i < size; i++) {
    if (lost[i] === 1) continue;
    const v = x[i];
    y[m] = v;
    if (withBaseline) c[m] = b[i];
    if (v === 1) successes++;
    m++;
  }
  look.m[j] = m;
  look.successes[j] = successes;
  summarizeArm(look, j);
}
