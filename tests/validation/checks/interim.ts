/** Group-sequential boundaries (src/core/interim) against rpact 3.3.4 (tests/fixtures/interim/make_interim_fixtures.R). */
import { groupSequentialBounds } from '../../../src/core/interim/boundaries.ts';
import { twoArmInterimPower } from '../../../src/core/interim/twoArmInterimPower.ts';
import { cases, normalCases, specOf } from '../../core/interim/fixtures.ts';
import { calibration, err, sci, worst, type ValidationRow } from '../kit.ts';
import { simulate } from '../../../src/core/engine.ts';
import { scenario } from '../../core/sim/helpers.ts';

const S = 'Group-sequential designs (interim analyses)';
const SIMS = 20_000;

/** Efficacy bounds in z, alpha spent, and the two-arm normal power at each look. */
export function interimChecks(): ValidationRow[] {
  const z: [number, number][] = [];
  const spent: [number, number][] = [];
  let infiniteSame = true;
  for (const c of cases) {
    const b = groupSequentialBounds(specOf(c), c.alpha);
    b.criticalZ.forEach((v, k) => {
      if (Number.isFinite(v) !== Number.isFinite(c.criticalZ[k])) infiniteSame = false;
      else if (Number.isFinite(v)) z.push([v, c.criticalZ[k]]);
    });
    b.alphaSpent.forEach((v, k) => spent.push([v, c.alphaSpent[k]]));
  }
  const power: [number, number][] = normalCases.flatMap((c) => {
    const p = twoArmInterimPower(groupSequentialBounds(specOf(c), c.alpha), { ...c, sdControl: c.sd, sdTreatment: c.sd });
    return [[p.power, c.power], ...p.stopEfficacy.map((v, k) => [v, c.efficacyStop[k]]), ...p.stopFutility.map((v, k) => [v, c.futilityStop[k]])] as [number, number][];
  });
  const wz = worst(z, 0, 2e-6);
  const ws = worst(spent, 0, 2e-8);
  const wp = worst(power, 0, 1e-6);
  const ref = 'rpact 3.3.4 getDesignGroupSequential';
  return [
    { section: S, method: `Efficacy bounds (Lan–DeMets O'Brien–Fleming/Pocock spending, futility), ${cases.length} designs`, reference: ref, tolerance: '2e-6 in z', result: `max ${err(wz.absErr)} over ${wz.n} bounds`, pass: wz.ok && infiniteSame, testFile: 'tests/core/interim/boundaries.test.ts' },
    { section: S, method: 'Cumulative alpha spent', reference: ref, tolerance: '2e-8 absolute (rpact stops at 1e-8)', result: `max ${err(ws.absErr)} over ${ws.n} looks`, pass: ws.ok, testFile: 'tests/core/interim/boundaries.test.ts' },
    { section: S, method: 'Two-arm power and stopping probabilities (normal)', reference: 'rpact 3.3.4 getPowerMeans (normal approximation)', tolerance: '1e-6 absolute', result: `max ${err(wp.absErr)} over ${wp.n} values`, pass: wp.ok, testFile: 'tests/core/interim/twoArmInterimPower.test.ts' },
    ...simulatedSize(),
  ];
}

/** The simulation's size under no effect: Student's t at each look, n = 60 per arm, one-sided level 0.025. */
function simulatedSize(): ValidationRow[] {
  const rows: ValidationRow[] = [];
  for (const efficacy of ['obrien-fleming', 'pocock'])
    for (const rates of [[0.5, 1], [0.3, 0.6, 1]]) {
      const s = scenario({
        analysis: { test: 'student', alpha: 0.05, sides: 2 },
        design: { nPerArm: [60] },
        simulation: { sims: SIMS, seed: `validation-${efficacy}-${rates.length}` },
        interim: { informationRates: rates, efficacy },
      });
      const c = calibration(simulate(s).rows[0].power, 0.025, SIMS);
      const name = efficacy === 'pocock' ? 'Pocock' : "O'Brien–Fleming";
      rows.push({ section: S, method: `Simulated size, ${name} spending, ${rates.length} looks, Student's t, n = 60`, reference: 'exact size α/sides under H0', tolerance: c.tolerance, result: c.result, pass: c.ok, testFile: 'tests/core/sim/sequential/calibration.test.ts' });
    }
  return rows;
}
