/**
 * Golden counts: exact numbers of significant trials (per arm and n, and for assurance, the trend test and
 * enrichment) for a few scenarios and seeds, pinned together with ENGINE_VERSION (src/core/version.ts).
 *
 * A result depends only on the scenario, the seed and the engine version: that is the promise behind
 * `"engine": "0.1.0"` in every output. So:
 * - Counts changed, version not: the random streams or the per-trial draws changed (a generator, a sampler,
 *   the stream seeding, the chunk size, the order of draws within a trial, a test's decision rule). If that
 *   is intended, raise ENGINE_VERSION and regenerate (`npx tsx tests/core/golden/makeGolden.ts`); if not, it
 *   is a bug (a refactor must keep every bit; `src/bench/identity.ts` checks 72 variants).
 * - Version changed, counts not: regenerate too, so the file says which version its numbers belong to.
 * Changes that keep every count (speed, closed forms, wording, new opt-in features whose defaults draw as
 * before) need no new version. docs/scenario-format.md ("Engine version") says the same for users.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../../src/core/version.ts';
import golden from './golden.json';
import { GOLDEN_CASES, goldenCounts, type GoldenCounts } from './goldenCases.ts';

const pinned = golden as unknown as { engineVersion: string; cases: Record<string, GoldenCounts> };

describe(`golden counts of engine ${pinned.engineVersion}`, () => {
  it('golden.json belongs to this engine version (regenerate it when the version changes)', () => {
    expect(ENGINE_VERSION).toBe(pinned.engineVersion);
    expect(Object.keys(pinned.cases).sort()).toEqual(Object.keys(GOLDEN_CASES).sort());
  });

  for (const [name, input] of Object.entries(GOLDEN_CASES)) {
    it(name, () => {
      const expected = pinned.cases[name];
      expect(expected, `${name} is not in golden.json: regenerate it`).toBeDefined();
      expect(goldenCounts(input), 'the same seed gave other counts: the streams or draws changed, so ENGINE_VERSION must change (see the file header)').toEqual(expected);
    });
  }
});
