/**
 * Every conclusion on the explanation page follows from its computed numbers: each wording is
 * checked on inputs on both sides of its threshold, and the seed trial's own inputs end where the
 * numbers put them.
 */
import { describe, expect, it } from 'vitest';
import { newcombeInterval } from '../../../src/core/explain/newcombe.ts';
import { proportion, type Estimate } from '../../../src/core/explain/proportionSummary.ts';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { checkNumbers, numberError, seedError } from '../../../src/core/explain/fieldCheck.ts';
import { compositePowerSentence, contrastSentence } from '../../../src/core/report/explain/composite.ts';
import { compositeDefaults } from '../../../src/core/explain/sections/composite.ts';
import { checkDichotomise } from '../../../src/core/explain/sections/dichotomise.ts';
import { splitVerdict } from '../../../src/core/report/explain/dichotomise.ts';
import { checkDilution, dilutionDefaults } from '../../../src/core/explain/sections/dilution.ts';
import { dilutionText, dilutionVerdict } from '../../../src/core/report/explain/dilution.ts';
import { looksVerdict, manyLooksText } from '../../../src/core/report/explain/manyLooks.ts';
import { checkNextTrial, nextTrialDefaults } from '../../../src/core/explain/sections/nextTrial.ts';
import { nextTrialText } from '../../../src/core/report/explain/nextTrial.ts';
import { checkTrialAsRun, nullParams, trialAsRunDefaults, type TrialAsRunInputs } from '../../../src/core/explain/sections/trialAsRun.ts';
import { intervalSentence, noiseVerdict, trialAsRunText } from '../../../src/core/report/explain/trialAsRun.ts';
import { curseVerdict, winnersCurseText } from '../../../src/core/report/explain/winnersCurse.ts';
import { winnersCurseDefaults } from '../../../src/core/explain/sections/winnersCurse.ts';

/** A simulated proportion with its Wilson interval, as the experiments return it. */
const est = (p: number, trials = 100_000): Estimate => proportion(Math.round(p * trials), trials);
const asRun = trialAsRunDefaults();

describe("Newcombe's hybrid score interval", () => {
  it("matches Newcombe (1998) Table II, method 10, to 4 decimals", () => {
    // (a) 56/70 − 48/80, (b) 9/10 − 3/10, (c) 6/7 − 2/7, (d) 5/56 − 0/29.
    const cases: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [6, 7, 2, 7, 0.0582, 0.8062],
      [5, 56, 0, 29, -0.0381, 0.1926],
    ];
    for (const [x1, n1, x0, n0, lo, hi] of cases) {
      const [l, u] = newcombeInterval(x1 / n1, n1, x0 / n0, n0);
      expect(l).toBeCloseTo(lo, 4);
      expect(u).toBeCloseTo(hi, 4);
    }
  });
});

describe('section 1: is the difference noise?', () => {
  const at = (mscNpPct: number, salinePct: number): TrialAsRunInputs => ({ ...asRun, mscNpPct, salinePct });

  it('picks the wording from the simulated p-value and its Monte Carlo interval', () => {
    expect(noiseVerdict(asRun, est(0.8))).toContain('is ordinary noise: chance alone gives one at least this far from zero in most trials');
    expect(noiseVerdict(asRun, est(0.25))).toContain('in about 1 trial in 4');
    expect(noiseVerdict(asRun, est(0.21))).toContain('is ordinary noise');
    const weak = noiseVerdict(asRun, est(0.1));
    expect(weak).toContain('not rare enough to rule out noise');
    expect(weak).not.toContain('ordinary');
    expect(noiseVerdict(asRun, est(0.05))).toContain('on the 5% line');
    // 0.0495 ± its MC error straddles 0.05 at 10,000 trials but not at 10 million.
    expect(noiseVerdict(asRun, est(0.0495, 10_000))).toContain('on the 5% line');
    const real = noiseVerdict(at(10, 60), est(0.0004));
    expect(real).toContain('unlikely to be noise alone');
    expect(real).toContain('in favour of saline');
    expect(noiseVerdict(at(60, 10), est(0.0004))).toContain('in favour of MSC-NP');
    expect(noiseVerdict(at(60, 10), est(0))).toContain('fewer than 1 trial in 100,000');
    expect(noiseVerdict(asRun, null)).toBe('…');
  });

  it('states what the 95% interval includes', () => {
    expect(intervalSentence(asRun)).toMatch(/includes zero \(no difference\), and also benefits as large as \+21 points/);
    expect(intervalSentence(at(10, 60))).toContain('excludes zero, so the data favour saline');
    expect(intervalSentence(at(60, 10))).toContain('excludes zero, so the data favour MSC-NP');
  });

  it('10% against 60% is not called noise; the seed trial is', () => {
    const text = (i: TrialAsRunInputs) => {
      const nul = runLocally('null-difference', { ...nullParams(i, 'conclusions'), sims: 20_000 });
      return { third: trialAsRunText(i, null, nul)[2], p: nul.asExtreme };
    };
    const big = text(at(10, 60));
    expect(big.p.hi).toBeLessThan(0.05);
    expect(big.third).not.toContain('ordinary noise');
    expect(big.third).toContain('unlikely to be noise alone');
    const seed = text(asRun);
    expect(seed.p.lo).toBeGreaterThan(0.2);
    expect(seed.third).toContain('ordinary noise');
  });

  it('never promises +10 or +20 points where the saline rate leaves no room', () => {
    expect(trialAsRunText(at(95, 95), null, null)[1]).toContain('could add at most +5 points');
    const one = trialAsRunText(at(85, 85), null, null)[1];
    expect(one).toContain('10 points');
    expect(one).not.toContain('20 points');
  });
});

describe('sections 2–7: each judgement follows its numbers', () => {
  it('dilution: falls, or barely changes, or nothing to dilute', () => {
    const i = dilutionDefaults();
    expect(dilutionVerdict(i, est(0.6, 10_000), est(0.2, 10_000))).toContain('power falls from 60%');
    expect(dilutionVerdict(i, est(0.06, 10_000), est(0.055, 10_000))).toContain('dilution costs little');
    expect(dilutionVerdict({ ...i, benefitPts: 0 }, est(0.05), est(0.05))).toContain('nothing to dilute');
    expect(dilutionVerdict({ ...i, sharePct: 100 }, est(0.6), est(0.6))).toContain('nothing is diluted');
    expect(dilutionText({ ...i, sharePct: 100 }, null)[0]).toContain('difference is +25 points');
    expect(dilutionText(i, null)[0]).toContain('difference is only +11.3 points');
    expect(dilutionText(i, null)[0]).toContain('(inferred');
    expect(dilutionText({ ...i, sharePct: 60 }, null)[0]).toContain('(your choice)');
  });

  it('dichotomising: costs power, beats, or matches the best analysis of the % change', () => {
    const r = { welch: est(0.5, 10_000), mannWhitney: est(0.7, 10_000) };
    expect(splitVerdict(r, est(0.3, 10_000))).toContain('less often than the Mann–Whitney test');
    expect(splitVerdict(r, est(0.9, 10_000))).toContain('more often than the Mann–Whitney test');
    expect(splitVerdict(r, est(0.705, 10_000))).toContain('about as well as');
  });

  it('composite: how much of the gain reaches it, and which has more power', () => {
    const i = compositeDefaults(asRun);
    expect(contrastSentence(i, 0.1)).toContain('only +10 points to the composite: about 50% of the patients');
    expect(contrastSentence({ ...i, placeboPct: 0 }, 0.198)).toContain('nearly all of it');
    expect(contrastSentence({ ...i, effectPts: 0 }, 0)).toContain('adds nothing to the composite');
    expect(compositePowerSentence(est(0.6, 10_000), est(0.3, 10_000))).toContain('the composite loses 30 points of power');
    expect(compositePowerSentence(est(0.3, 10_000), est(0.6, 10_000))).toContain('the composite has more power');
    expect(compositePowerSentence(est(0.3, 10_000), est(0.301, 10_000))).toContain('about the same');
  });

  it("winner's curse: biased only when the exaggeration says so; the truth's share of the observed is computed", () => {
    const base = { typeS: est(0.01), closedForm: { power: 0.3, typeS: 0.01, exaggeration: 2 } };
    expect(curseVerdict({ ...base, exaggeration: 2.1 })).toContain('a biased estimate');
    const fair = curseVerdict({ ...base, exaggeration: 1.02 });
    expect(fair).not.toContain('biased estimate of');
    expect(fair).toContain('barely biases');
    const i = winnersCurseDefaults();
    expect(winnersCurseText(i, null)[0]).toContain('half the');
    expect(winnersCurseText(i, null)[0]).toContain('12 patients per arm (inferred)');
    const other = winnersCurseText({ ...i, trueDiff: 58.1, nPerArm: 30 }, null)[0];
    expect(other).toContain('100% of the 58.1');
    expect(other).not.toContain('inferred');
  });

  it('many looks: a single look is the test itself; many looks are regular', () => {
    expect(looksVerdict({ k: 1, rho: 0 }, est(0.05))).toContain('one pre-specified comparison');
    expect(looksVerdict({ k: 12, rho: 0 }, est(0.46))).toContain('what chance produces regularly (about 1 trial in 2)');
    expect(looksVerdict({ k: 2, rho: 0.9 }, est(0.066))).toContain('not common');
    expect(manyLooksText({ k: 1, rho: 0 }, null)[0]).toContain('With 1 comparison and');
  });

  it('next trial: the prior sd is called the subgroup standard error only while it is', () => {
    const a = { observed: null, shrunk: null, assurance: null };
    expect(nextTrialText(nextTrialDefaults(), a, undefined, 0.1)[1]).toContain('standard error of a 12-per-arm');
    expect(nextTrialText({ ...nextTrialDefaults(), priorSd: 10 }, a, undefined, 0.1)[1]).not.toContain('standard error');
    const none = nextTrialText(nextTrialDefaults(), { ...a, observed: { n: null, best: 0.7, gridMax: 40 } }, undefined, 0.1)[0];
    expect(none).not.toContain('that trial has');
  });
});

describe('inputs: messages on the field, in its own scale', () => {
  it('an empty box is never a silent 0, and ranges read in %', () => {
    const e = checkTrialAsRun({ ...asRun, salinePct: null, mscNpPct: 120 });
    expect(e.salinePct).toBe('Saline improved is empty: enter a number from 0% to 100%');
    expect(e.mscNpPct).toBe('MSC-NP improved must be a number from 0% to 100%, got 120%');
    expect(checkTrialAsRun(asRun)).toEqual({});
    expect(checkDichotomise({ nPerArm: 7.5, noisePct: 15, threshold: 20, test: 'chi-square' }).nPerArm).toBe('Patients per arm must be a whole number from 4 to 200, got 7.5');
    expect(checkNextTrial({ shrink: 0.5, priorSd: 0 }).priorSd).toBe('Prior sd for assurance must be a number from 1 points to 60 points, got 0 points');
    expect(numberError(Number.NaN, { label: 'x', lo: 0, hi: 1 })).toContain('is empty');
    expect(checkNumbers({ a: 3 }, { a: { label: 'A', lo: 0, hi: 5 } })).toEqual({});
  });

  it("the dilution benefit is checked against section 1's saline rate", () => {
    expect(checkDilution({ sharePct: 45, benefitPts: 30 }, { ...asRun, salinePct: 80 }).benefitPts).toBe(
      'Benefit in them must be at most 20 points: saline improves at 80% (section 1) and a rate cannot pass 100%, got 30 points',
    );
    expect(checkDilution({ sharePct: 45, benefitPts: 20 }, { ...asRun, salinePct: 80 })).toEqual({});
  });

  it('the seed: empty or too long', () => {
    expect(seedError('')).toContain('Random seed is empty');
    expect(seedError('x'.repeat(201))).toBe('Random seed must be 1 to 200 characters, got 201');
    expect(seedError('msc-np')).toBeNull();
  });
});
