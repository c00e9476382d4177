import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../../src/core/workspace.ts';
import { fillLookArm } from '../../../../src/core/sim/sequential/lookData.ts';

describe('a look analyses the completers among the first patients randomised', () => {
  it('keeps each dropout out of every look, so look k+1 holds look k plus the newly randomised completers', () => {
    const full = new Workspace([6], true, true);
    full.data[0].set([1, 2, 3, 4, 5, 6]);
    full.base[0].set([10, 20, 30, 40, 50, 60]);
    const lost = Uint8Array.from([0, 1, 0, 0, 1, 0]);
    const look = new Workspace([6], true, true);
    fillLookArm(full, look, 0, 3, lost, true);
    expect(look.m[0]).toBe(2);
    expect(Array.from(look.data[0].subarray(0, 2))).toEqual([1, 3]);
    expect(Array.from(look.base[0].subarray(0, 2))).toEqual([10, 30]);
    expect(look.mean[0]).toBe(2);
    expect(look.ss[0]).toBe(2);
    fillLookArm(full, look, 0, 6, lost, true);
    expect(look.m[0]).toBe(4);
    expect(Array.from(look.data[0].subarray(0, 4))).toEqual([1, 3, 4, 6]);
    expect(look.mean[0]).toBe(3.5);
  });

  it('counts responders of 0/1 outcomes', () => {
    const full = new Workspace([5], true, false);
    full.data[0].set([1, 0, 1, 1, 0]);
    const look = new Workspace([5], true, false);
    fillLookArm(full, look, 0, 4, Uint8Array.from([0, 0, 1, 0, 0]), false);
    expect([look.m[0], look.successes[0]]).toEqual([3, 2]);
  });
});
