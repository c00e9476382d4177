import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { binaryEnumeration } from '../../../src/core/power/binaryEnumeration.ts';
import { scenario, tol } from '../sim/helpers.ts';

const SIMS = 20_000;
const binary = (test: string, sides: number, nPerArm: number[], rate = 0.3, sims = SIMS) =>
  scenario({
    endpoint: { type: 'binary' },
    arms: [{ label: 'C', rate }, { label: 'T', rate }],
    analysis: { test, alpha: 0.05, sides },
    design: { nPerArm },
    simulation: { sims, seed: 'small' },
  });

describe('run-time warnings', () => {
  it("small-sample chi-square: null rejection 8.6% at n = 3 (one-sided) and 5.8% at n = 5 (two-sided), as the exact values; a warning names Fisher's test", () => {
    const exact = (n: number, sides: 1 | 2) =>
      binaryEnumeration({ test: 'chi-square', p0: 0.3, p1: 0.3, n0: n, n1: n, drop0: 0, drop1: 0, options: { level: 0.05, sides, sign: 1 } }).power;
    expect(exact(3, 1)).toBeCloseTo(0.086, 3);
    expect(exact(5, 2)).toBeCloseTo(0.0581, 4);
    const one = simulate(binary('chi-square', 1, [3]));
    const two = simulate(binary('chi-square', 2, [5]));
    expect(Math.abs(one.rows[0].power - exact(3, 1))).toBeLessThan(tol(exact(3, 1), SIMS));
    expect(Math.abs(two.rows[0].power - exact(5, 2))).toBeLessThan(tol(exact(5, 2), SIMS));
    // Every table at n = 3 or 5 has an expected count below 5.
    expect(one.points[0].smallExpectedTrials).toBe(SIMS);
    expect(two.warnings.some((w) => /^Pearson's chi-square is unreliable .* at n = 5 \(20,000 of 20,000 trials\).*Use Fisher's exact test/.test(w))).toBe(true);
  });

  it('no small-count warning for Fisher, or for chi-square when few trials have small expected counts', () => {
    expect(simulate(binary('fisher', 2, [5], 0.3, 2000)).warnings.some((w) => /chi-square/.test(w))).toBe(false);
    const big = simulate(binary('chi-square', 2, [60], 0.3, 2000));
    expect(big.points[0].smallExpectedTrials / 2000).toBeLessThan(0.1);
    expect(big.warnings).toEqual([]);
  });

  it('unanalysable trials: their share and n, and that they count as not significant; per row in the CSV field', () => {
    const r = simulate(binary('chi-square', 2, [3, 200], 0.05, 2000));
    expect(r.points[0].undefinedTrials).toBeGreaterThan(1000); // no responder at all in most trials
    expect(r.points[1].undefinedTrials).toBe(0);
    expect(r.rows[0].undefinedTrials).toBe(r.points[0].undefinedTrials);
    const w = r.warnings.find((x) => x.startsWith('Some simulated trials could not be analysed'));
    const share = ((100 * r.points[0].undefinedTrials) / 2000).toFixed(1).replace(/\.0$/, '');
    expect(w).toBe(
      `Some simulated trials could not be analysed (every patient compared responded, or none did): ${share}% at n = 3 ` +
        `(${r.points[0].undefinedTrials.toLocaleString('en-US')} of 2,000 trials). They count as not significant, so power there is understated.`,
    );
  });

  it('the shipped scenarios run without run-time warnings (EDSS Plus starts at n = 27)', () => {
    const edss = JSON.parse(readFileSync('static/scenarios/edss-plus-responders.json', 'utf8'));
    const s = scenario({ ...edss, design: { ...edss.design, nPerArm: [27, 50] }, simulation: { sims: 1000, seed: 'x' } });
    expect(simulate(s).warnings).toEqual([]);
  });
});
