import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

const issueExample = {
  name: 'T25FW, EDSS 6.0-6.5',
  endpoint: { type: 'continuous' },
  arms: [
    { label: 'Saline', mean: -54.4, sd: 70.5 },
    { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
  ],
  analysis: { test: 'welch', alpha: 0.05, sides: 2 },
  design: { nPerArm: [10, 20, 30], dropout: 0.1 },
  simulation: { sims: 10000, seed: 'msc-np' },
};

const clone = () => JSON.parse(JSON.stringify(issueExample));

function errorsOf(input: unknown): string[] {
  const v = validateScenario(input);
  if (v.ok) throw new Error('expected errors');
  return v.errors.map((e) => e.message);
}

describe('validateScenario', () => {
  it('accepts the issue example and fills defaults', () => {
    const v = validateScenario(issueExample);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario.design).toEqual({ nPerArm: [10, 20, 30], allocation: 1, dropout: 0.1, targetPower: 0.8 });
    expect(v.scenario.analysis.multiplicity).toBe('none');
  });

  it('accepts every shipped seed scenario', () => {
    for (const f of ['t25fw-edss6', 'sixmwt-edss6', 'edss-plus-responders']) {
      const json = JSON.parse(readFileSync(`static/scenarios/${f}.json`, 'utf8'));
      const v = validateScenario(json);
      expect(v.ok, f + (v.ok ? '' : JSON.stringify(v.errors))).toBe(true);
    }
  });

  it('names the field and the allowed range', () => {
    const s = clone();
    s.arms[1].sd = -3;
    expect(errorsOf(s)).toEqual(['arms[1].sd must be > 0, got -3']);
    const a = clone();
    a.analysis.alpha = 1.2;
    expect(errorsOf(a)).toEqual(['analysis.alpha must be in (0, 0.5), got 1.2']);
  });

  it('reports every bad field at once', () => {
    const s = clone();
    s.arms[0].mean = 'x';
    s.design.dropout = 2;
    s.simulation.sims = 5;
    const msgs = errorsOf(s);
    expect(msgs).toContain('arms[0].mean must be a number in [-1000000, 1000000], got "x"');
    expect(msgs).toContain('design.dropout must be in [0, 0.9], got 2');
    expect(msgs).toContain('simulation.sims must be in [100, 1000000], got 5');
  });

  it('rejects non-objects, missing parts and NaN', () => {
    expect(errorsOf(null)).toEqual(['scenario must be a JSON object, got null']);
    expect(errorsOf([])).toEqual(['scenario must be a JSON object, got a list']);
    const s = clone();
    delete s.arms;
    expect(errorsOf(s)).toEqual(['arms must be a list of arms (control first), got nothing']);
    const n = clone();
    n.arms[0].mean = NaN;
    expect(errorsOf(n)[0]).toMatch(/arms\[0\]\.mean .* got NaN/);
  });

  it('refuses tests that do not fit the endpoint', () => {
    const s = clone();
    s.analysis.test = 'fisher';
    expect(errorsOf(s)[0]).toMatch(/^analysis\.test must be one of welch, student, mann-whitney, ancova/);
  });

  it('refuses absurd sizes before running', () => {
    const s = clone();
    s.design.nPerArm = [5_000_000];
    expect(errorsOf(s)[0]).toBe('design.nPerArm[0] must be in [2, 100000], got 5000000');
    const w = clone();
    w.endpoint = { type: 'timed-walk' };
    w.analysis.test = 'mann-whitney';
    w.design.nPerArm = [100000];
    w.simulation.sims = 1_000_000;
    expect(errorsOf(w)[0]).toMatch(/^simulation\.sims with design\.nPerArm up to 100000 and the mann-whitney test needs about 860 billion draw-equivalents/);
  });

  it('expands a sample-size range and sorts, dedupes lists', () => {
    const s = clone();
    s.design.nPerArm = { from: 10, to: 20, step: 5 };
    const v = validateScenario(s);
    expect(v.ok && v.scenario.design.nPerArm).toEqual([10, 15, 20]);
    const l = clone();
    l.design.nPerArm = [30, 10, 30];
    const w = validateScenario(l);
    expect(w.ok && w.scenario.design.nPerArm).toEqual([10, 30]);
  });

  it('checks timed-walk limits: a time cannot improve by 100% or more', () => {
    const s = clone();
    s.endpoint = { type: 'timed-walk' };
    s.arms[1].mean = 100;
    expect(errorsOf(s)).toEqual(['arms[1].mean must be in [-1000000, 100), got 100']);
  });

  it('requires unique arm labels and 2 to 6 arms', () => {
    const s = clone();
    s.arms[1].label = 'Saline';
    expect(errorsOf(s)).toEqual(['arms[1].label must differ from the other arms, got "Saline"']);
    const one = clone();
    one.arms = [one.arms[0]];
    expect(errorsOf(one)).toEqual(['arms must hold 2 to 6 arms (control plus 1 to 5 treatments), got 1']);
  });

  it('dunnett and dunnett-stepdown take Student (pooled) or Welch (Hasler–Hothorn); other tests are refused in words', () => {
    for (const multiplicity of ['dunnett', 'dunnett-stepdown']) {
      for (const test of ['welch', 'student']) {
        const s = clone();
        s.arms.push({ label: 'High', mean: 10, sd: 20 });
        s.analysis = { ...s.analysis, test, multiplicity };
        expect(validateScenario(s).ok, `${test} + ${multiplicity}`).toBe(true);
      }
      const s = clone();
      s.arms.push({ label: 'High', mean: 10, sd: 20 });
      s.analysis = { ...s.analysis, test: 'mann-whitney', multiplicity };
      expect(errorsOf(s)).toEqual([
        `analysis.multiplicity needs the test "welch" (Hasler–Hothorn, unequal variances) or "student" (pooled variance), not "mann-whitney", got "${multiplicity}"`,
      ]);
    }
  });

  it('hochberg works with any test; an unknown multiplicity names the allowed ones', () => {
    const s = clone();
    s.arms.push({ label: 'High', mean: 10, sd: 20 });
    s.analysis = { ...s.analysis, test: 'mann-whitney', multiplicity: 'hochberg' };
    expect(validateScenario(s).ok).toBe(true);
    s.analysis.multiplicity = 'sidak';
    expect(errorsOf(s)[0]).toMatch(/^analysis\.multiplicity must be one of .*hochberg.*dunnett-stepdown/);
  });
});

describe('pooled-variance warning', () => {
  const warningsOf = (input: unknown): string[] => {
    const v = validateScenario(input);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    return v.warnings;
  };
  const pooled = (w: string[]) => w.filter((x) => /pools the (residual )?variance/.test(x));

  it('Student on SDs 70.5 vs 23.1 is warned about, naming Welch; Dunnett names Hasler–Hothorn', () => {
    const s = clone();
    s.analysis.test = 'student';
    const w = pooled(warningsOf(s));
    expect(w).toEqual([
      "Student's t pools the variance of all arms, but the arms' SDs differ 3.1-fold (23.1 in MSC-NP, 70.5 in Saline), so its false-positive rate is not alpha and the simulated power is not that of a valid test. Use Welch's t-test (analysis.test \"welch\"), which allows each arm its own variance.",
    ]);
    s.arms.push({ label: 'High', mean: 10, sd: 23.1 });
    s.analysis.multiplicity = 'dunnett';
    expect(pooled(warningsOf(s))[0]).toMatch(/with dunnett it becomes the Hasler–Hothorn procedure/);
  });

  it('ANCOVA is warned about too; Welch, and SDs within 1.5×, are not', () => {
    const s = clone();
    s.analysis.test = 'ancova';
    expect(pooled(warningsOf(s))[0]).toMatch(/^ANCOVA pools the residual variance .* Welch's t-test/);
    s.analysis.test = 'welch';
    expect(pooled(warningsOf(s))).toEqual([]);
    s.analysis.test = 'student';
    s.arms[0].sd = 30;
    s.arms[1].sd = 20;
    expect(pooled(warningsOf(s))).toEqual([]);
    s.arms[0].sd = 30.3;
    expect(pooled(warningsOf(s))).toHaveLength(1);
  });

  it('the shipped dose-finding scenario uses a valid test and carries no pooled-variance warning', () => {
    const json = JSON.parse(readFileSync('static/scenarios/dose-finding-t25fw.json', 'utf8'));
    expect(json.analysis).toMatchObject({ test: 'welch', multiplicity: 'dunnett' });
    expect(pooled(warningsOf(json))).toEqual([]);
    json.analysis.test = 'student';
    expect(pooled(warningsOf(json))).toHaveLength(1);
  });
});
