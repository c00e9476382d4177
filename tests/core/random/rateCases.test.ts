import { describe, expect, it } from 'vitest';
import { rateCases, SHORTCUT } from '../../../src/bench/rateCases.ts';
import { simulationPath } from '../../../src/core/sim/path.ts';

describe('the bench rate cases and --only', () => {
  it('without a filter: all eight one-core cases, the Welch shortcut first and on the summary path', () => {
    const all = rateCases();
    expect(all).toHaveLength(8);
    expect(all[0].name).toBe(SHORTCUT);
    expect(simulationPath(all[0].scenario.endpoint, all[0].scenario.analysis.test)).toBe('normal-summary');
    expect(all[0].fullData).toBe(false);
  });

  it('filters by a case-insensitive part of the name', () => {
    expect(rateCases('shortcut').map((c) => c.name)).toEqual([SHORTCUT]);
    expect(rateCases('WELCH')).toHaveLength(3);
    expect(rateCases('no such case')).toEqual([]);
  });
});
