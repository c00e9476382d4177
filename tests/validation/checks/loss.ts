/**
 * Loss of ambulation (issue 13): worst-rank power against an independent numpy/scipy simulation
 * (tests/fixtures/lossOfAmbulation/make_worst_rank.py), and the level under identical arms with the same loss.
 * The scenarios and seeds of tests/core/sim/lossOfAmbulation.test.ts.
 */
import { simulate } from '../../../src/core/engine.ts';
import { scenario } from '../../core/sim/helpers.ts';
import { calibration, fixture, fix4, type ValidationRow } from '../kit.ts';

const FILE = 'tests/core/sim/lossOfAmbulation.test.ts';
const S = 'Loss of ambulation (estimand strategies)';
const walk = { type: 'timed-walk', measure: 'time', baselineLogMean: 2.303, baselineLogSd: 0.5 };

interface Case {
  loss: number[];
  time_cap?: number;
  power: number;
}

/** One row per fixture case: Stride (4,000 trials) within 4 SEs of the difference from scipy's (20,000). */
export function lossChecks(): ValidationRow[] {
  const f = fixture<{ sims: number; base: { n: number; dropout: number; alpha: number }; cases: Case[] }>('lossOfAmbulation/worst_rank_power.json');
  const sims = 4000;
  const rows: ValidationRow[] = f.cases.map((c) => {
    const s = scenario({
      endpoint: c.time_cap ? { ...walk, timeCap: c.time_cap } : walk,
      arms: [
        { label: 'Saline', mean: -54.4, sd: 70.5, lossOfAmbulation: c.loss[0] },
        { label: 'MSC-NP', mean: 3.7, sd: 23.1, lossOfAmbulation: c.loss[1] },
      ],
      analysis: { test: 'mann-whitney', alpha: f.base.alpha, sides: 2, intercurrent: 'worst-rank' },
      design: { nPerArm: [f.base.n], dropout: f.base.dropout },
      simulation: { sims, seed: `worst-rank-${c.loss.join('-')}-${c.time_cap ?? 0}` },
    });
    const p = simulate(s).rows[0].power;
    const se = Math.sqrt(c.power * (1 - c.power) * (1 / sims + 1 / f.sims));
    const cap = c.time_cap ? `, time cap ${c.time_cap} s` : '';
    return {
      section: S,
      method: `Worst-rank Mann–Whitney power, T25FW seed arms, n = ${f.base.n}, loss ${c.loss.map((l) => `${l * 100}%`).join(' / ')}${cap}`,
      reference: `numpy + scipy mannwhitneyu, ${f.sims} trials = ${fix4(c.power)}`,
      tolerance: '± 4 SE of the difference',
      result: `${fix4(p)} (${sims} sims, z = ${((p - c.power) / se).toFixed(2)})`,
      pass: Math.abs(p - c.power) <= 4 * se,
      testFile: FILE,
    };
  });
  const same = [
    { label: 'Control', mean: -20, sd: 40, lossOfAmbulation: 0.2 },
    { label: 'Treatment', mean: -20, sd: 40, lossOfAmbulation: 0.2 },
  ];
  for (const [strategy, test] of [['worst-rank', 'mann-whitney'], ['exclude', 'welch']] as const) {
    const s = scenario({
      endpoint: walk,
      arms: same,
      analysis: { test, alpha: 0.05, sides: 2, intercurrent: strategy },
      design: { nPerArm: [25], dropout: 0.1 },
      simulation: { sims: 20000, seed: `null-${strategy}` },
    });
    const c = calibration(simulate(s).rows[0].power, 0.05, 20000);
    rows.push({ section: S, method: `Size under no effect, ${strategy} (${test}), identical arms with 20% loss, n = 25, 10% dropout`, reference: 'exact size α under H0', tolerance: c.tolerance, result: c.result, pass: c.ok, testFile: FILE });
  }
  return rows;
}
