/** Assurance and enrichment: the simulation against a numerical integral / the closed form (fixed seeds). */
import { simulate } from '../../../src/core/engine.ts';
import { studentPower, welchPower } from '../../../src/core/power/index.ts';
import { scenario } from '../../core/sim/helpers.ts';
import { calibration, fix4, type ValidationRow } from '../kit.ts';

const SIMS = 20_000;

/** Closed-form Student power integrated over a normal prior on the difference (Simpson, 400 steps over ±8 sd). */
function integratedAssurance(diff: number, priorSd: number, n: number): number {
  const steps = 400;
  const h = (16 * priorSd) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const d = diff - 8 * priorSd + i * h;
    const w = i === 0 || i === steps ? 1 : i % 2 ? 4 : 2;
    const density = Math.exp(-0.5 * ((d - diff) / priorSd) ** 2) / (priorSd * Math.sqrt(2 * Math.PI));
    sum += w * density * studentPower({ diff: d, sd1: 1, sd2: 1, n1: n, n2: n, alpha: 0.05, sides: 2 });
  }
  return (sum * h) / 3;
}

function row(section: string, method: string, reference: string, rate: number, exact: number, testFile: string, slack = 0): ValidationRow {
  const c = calibration(rate, exact, SIMS, slack);
  return { section, method, reference: `${reference} = ${fix4(exact)}`, tolerance: slack ? `± (4 MCSE + ${slack})` : '± 4 MCSE', result: c.result, pass: c.ok, testFile };
}

/** Assurance at n = 30 under a normal prior; enriched-population power against Welch's closed form. */
export function simulatedChecks(): ValidationRow[] {
  const a = simulate(scenario({
    arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'T', mean: 0.5, sd: 1 }],
    analysis: { test: 'student', alpha: 0.05, sides: 2 },
    design: { nPerArm: [30] },
    effectPrior: { type: 'normal', sd: 0.25 },
    simulation: { sims: SIMS, seed: 'assurance' },
  })).rows[0];
  const e = simulate(scenario({
    arms: [{ label: 'Control', mean: 0, sd: 1 }, { label: 'Treatment', mean: 0.8, sd: 1 }],
    design: { nPerArm: [20] },
    simulation: { sims: SIMS, seed: 'enrich' },
    enrichment: { strata: [{ label: 'A', share: 0.55, effect: 0 }, { label: 'B', share: 0.45, effect: 0.8 }], enrichTo: 'B' },
  })).enrichment!.points[0];
  const welch = welchPower({ diff: 0.8, sd1: 1, sd2: 1, n1: 20, n2: 20, alpha: 0.05, sides: 2 });
  return [
    row('Assurance', 'Assurance, Student, n = 30, effect 0.5, prior sd 0.25', 'closed-form power integrated over the prior (Simpson)', a.assurance!, integratedAssurance(0.5, 0.25, 30), 'tests/core/sim/assurance.test.ts'),
    row('Enrichment', 'Enriched-population power, Welch, n = 20, effect 0.8', 'Welch closed form (noncentral t)', e.enriched.power, welch, 'tests/core/sim/enrichment.test.ts', 0.002),
  ];
}
