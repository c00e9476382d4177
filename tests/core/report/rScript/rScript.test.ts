import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../../src/core/engine.ts';
import { rRows } from '../../../../src/core/report/rScript/rRows.ts';
import { rScript } from '../../../../src/core/report/rScript/rScript.ts';
import { rString } from '../../../../src/core/report/rScript/rLiteral.ts';
import { valid } from '../reportFixtures.ts';

const DIR = 'tests/fixtures/rcheck/scenarios';
const fixture = (name: string) => JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) as Record<string, unknown>;
/** A fixture scenario with changes, few trials, simulated in process. */
function run(name: string, change: (j: Record<string, any>) => void = () => {}) {
  const j = fixture(name);
  change(j);
  j.simulation = { sims: 200, seed: 'unit' };
  const s = valid(j);
  return { s, result: simulate(s) };
}

/** Which of Stride's method texts each R method must go with (analytic.ts's branches). */
const METHOD_TEXT: Record<string, RegExp> = {
  student: /^noncentral t \((exact|approximation)\)/,
  welch: /^noncentral t with Welch–Satterthwaite df \(approximation\)/,
  ancova: /^noncentral t with residual sd/,
  'mann-whitney': /^Noether/,
  dunnett: /Dunnett's critical value/,
  'hasler-hothorn': /Hasler–Hothorn/,
  'binary-exact': /^exact: every 2×2 outcome enumerated/,
  'binary-normal': /^normal approximation/,
  'group-sequential': /^group-sequential z test with known variances/,
};

describe('rScript: which rows the R script recomputes', () => {
  const variants: [string, (j: Record<string, any>) => void][] = [
    ...readdirSync(DIR).map((f) => [f.replace('.json', ''), () => {}] as [string, (j: Record<string, any>) => void]),
    ['dunnett-three-arms', (j) => (j.analysis.multiplicity = 'dunnett-stepdown')],
    ['dunnett-three-arms', (j) => (j.analysis.multiplicity = 'hochberg')],
    ['timed-walk-welch', (j) => (j.analysis.test = 'ancova')],
    ['timed-walk-welch', (j) => (j.analysis.test = 'student')],
    ['binary-fisher-dropout', (j) => (j.design.nPerArm = [20, 700])],
    ['interim-obf', (j) => (j.interim = { informationRates: [0.3, 0.65, 1], efficacy: 'pocock' })],
    ['interim-obf', (j) => (j.analysis.test = 'mann-whitney')],
    ['binary-fisher-dropout', (j) => (j.interim = { informationRates: [0.5, 1], efficacy: 'obrien-fleming' })],
  ];
  it.each(variants)('%s: one entry per results[] row, a closed form exactly where Stride reports one, of the same method', (name, change) => {
    const { s, result } = run(name, change);
    const rows = rRows(s, result.rows);
    expect(rows).toHaveLength(result.rows.length);
    rows.forEach((r, i) => {
      const stride = result.rows[i];
      expect(r.method === null).toBe(stride.analyticPower === null);
      if (r.method !== null) expect(stride.analyticMethod).toMatch(METHOD_TEXT[r.method]);
      expect(r.code).toContain(`arm = ${rString(stride.arm)}`);
      expect(r.code).toContain(`n0 = ${stride.nControl},\n    n1 = ${stride.nTreatment},`);
      expect(r.code).toContain(`stride = ${stride.analyticPower ?? 'NA'},`);
    });
  });

  it('keeps the rows in the order of results[] (grid point by grid point, arms in order)', () => {
    const { s, result } = run('dunnett-three-arms');
    const script = rScript({ scenario: s, result, engineVersion: '0.1.0' });
    const arms = [...script.matchAll(/^ {4}arm = (".*"),$/gm)].map((m) => m[1]);
    expect(arms).toEqual(result.rows.map((r) => rString(r.arm)));
    const ns = [...script.matchAll(/^ {4}n0 = (\d+),$/gm)].map((m) => Number(m[1]));
    expect(ns).toEqual(result.rows.map((r) => r.nControl));
  });
});

describe('rScript: texts, packages and notes', () => {
  it('puts scenario texts only inside escaped string literals', () => {
    const nasty = 'T"\n}; system("echo owned") #\\';
    const { s, result } = run('student-unequal-allocation', (j) => {
      j.name = nasty;
      j.arms[1].label = nasty + ' → arm';
    });
    const script = rScript({ scenario: s, result, engineVersion: '0.1.0' });
    expect(script).toContain(`title <- ${rString(nasty)}\n`);
    expect(script).toContain(`arm = ${rString(nasty + ' → arm')},`);
    expect(script).not.toContain('system("echo owned")');
    expect(script).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('checks for the packages it uses and names their Debian packages', () => {
    const student = run('student-unequal-allocation');
    expect(rScript({ scenario: student.s, result: student.result, engineVersion: 'v' })).toContain('needed <- c("pwr")\ndebian <- c("r-cran-pwr")');
    const hh = run('hasler-hothorn-doses-trend');
    expect(rScript({ scenario: hh.s, result: hh.result, engineVersion: 'v' })).toContain('needed <- c("mvtnorm", "DoseFinding")');
    const dunnett = run('dunnett-three-arms');
    expect(rScript({ scenario: dunnett.s, result: dunnett.result, engineVersion: 'v' })).toContain('needed <- c("mvtnorm")\ndebian <- c("r-cran-mvtnorm")\n');
    const gs = run('interim-obf');
    const gsText = rScript({ scenario: gs.s, result: gs.result, engineVersion: 'v' });
    expect(gsText).toContain('needed <- c("mvtnorm", "rpact")\ndebian <- c("r-cran-mvtnorm", "r-cran-rpact")\n');
    expect(gsText).toContain('rates = c(0.5, 1), spending = "asOF", futility = 0, binding = FALSE)');
    const binary = run('binary-fisher-dropout');
    expect(rScript({ scenario: binary.s, result: binary.result, engineVersion: 'v' })).toContain('needed <- c()\n');
  });

  it('says in words what the R simulation and the closed forms leave out', () => {
    const holm = run('ancova-holm');
    const text = rScript({ scenario: holm.s, result: holm.result, engineVersion: 'v' });
    expect(text).toMatch(/notes <- c\("the R simulation is skipped: ANCOVA/);
    expect(text).toContain('sim = NULL');
    const doses = run('hasler-hothorn-doses-trend');
    const dosesText = rScript({ scenario: doses.s, result: doses.result, engineVersion: 'v' });
    expect(dosesText).toContain('multiplicity \\"dunnett\\" needs every arm in one trial');
    expect(dosesText).toContain('needed <- c("mvtnorm", "DoseFinding")\ndebian <- c("r-cran-mvtnorm", "r-cran-dosefinding")');
    expect(dosesText).toMatch(/^trend <- list\(\n {2}list\(n0 = 10, stride_sim = [0-9.]+, stride_mcse = [0-9.e-]+,\n {4}power = function\(\) trend_power\(doses = c\(0, 2\.5, 5, 10\)/m);
    expect(dosesText.indexOf('Trend test (MCP-Mod)')).toBeLessThan(dosesText.indexOf('json_numbers <-'));
    const walk = run('timed-walk-welch');
    const walkText = rScript({ scenario: walk.s, result: walk.result, engineVersion: 'v' });
    expect(walkText).toContain('notes <- c()\n');
    expect(walkText).toContain('sim = function(nsim) sim_power(endpoint = "timed-walk", test = "welch"');
  });
});
