/**
 * The R cross-check (`simulate --format r`): the committed outputs of its scripts run with Rscript
 * (tests/fixtures/rcheck/make_rcheck_fixtures.sh). rcheckFixtures.test.ts checks that the scripts and
 * Stride's numbers in them are what the code writes today.
 */
import { readdirSync } from 'node:fs';
import { err, fixture, sci, worst, type ValidationRow } from '../kit.ts';

const FILE = 'tests/core/report/rScript/rcheckFixtures.test.ts';

/** Largest |R − Stride| over the closed forms of all fixture scenarios, split by exactness. */
export function rcheckChecks(): ValidationRow[] {
  const names = readdirSync(new URL('../../fixtures/rcheck/scenarios', import.meta.url)).map((f) => f.replace(/\.json$/, '')).sort();
  const exact: [number, number][] = [];
  const integral: [number, number][] = [];
  const interim: [number, number][] = [];
  let exactScenarios = 0;
  for (const name of names) {
    const f = fixture<{ stride: number[]; r: number[] }>(`rcheck/${name}.json`);
    // Many-to-one rows are integrals (R's pmvt is randomised); the fixture names say which scenarios have them.
    const many = /dunnett|hasler/.test(name);
    // Group-sequential rows: rpact's bounds, crossing probabilities integrated by mvtnorm (the names say interim).
    const gs = /interim/.test(name);
    if (!many && !gs) exactScenarios++;
    f.stride.forEach((s, i) => (many ? integral : gs ? interim : exact).push([s, f.r[i]]));
  }
  const we = worst(exact, 0, 1e-9);
  const wi = worst(integral, 0, 1e-3);
  const wg = worst(interim, 0, 1e-6);
  const S = 'R cross-check of closed forms';
  const ref = 'R 4.2: power.t.test, pwr 1.3.0, mvtnorm 1.1-3, exact binomial enumeration';
  return [
    { section: S, method: `t, ANCOVA, Mann–Whitney and binary closed forms (${exactScenarios} scenarios)`, reference: ref, tolerance: '1e-9 absolute', result: `max ${err(we.absErr)} over ${we.n} powers`, pass: we.ok, testFile: FILE },
    { section: S, method: 'Dunnett and Hasler–Hothorn closed forms', reference: 'R 4.2 mvtnorm 1.1-3 (randomised QMC)', tolerance: '1e-3 absolute', result: `max ${err(wi.absErr)} over ${wi.n} powers`, pass: wi.ok, testFile: FILE },
    { section: S, method: 'Group-sequential power (interim looks, normal two-arm)', reference: 'rpact 3.3.4 getDesignGroupSequential bounds, mvtnorm pmvnorm (Miwa) at the actual looks', tolerance: '1e-6 absolute', result: `max ${err(wg.absErr)} over ${wg.n} powers`, pass: wg.ok, testFile: FILE },
  ];
}
