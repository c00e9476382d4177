import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

const walk = { type: 'timed-walk', measure: 'time' };
const base = {
  endpoint: walk,
  arms: [
    { label: 'Saline', mean: -54.4, sd: 70.5 },
    { label: 'MSC-NP', mean: 3.7, sd: 23.1, lossOfAmbulation: 0.1 },
  ],
  analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2, intercurrent: 'worst-rank' },
  design: { nPerArm: [20] },
  simulation: { sims: 1000, seed: 's' },
};

/** The messages a change to the base scenario gets (empty when it is accepted). */
function messages(change: (s: typeof base & Record<string, unknown>) => void): string[] {
  const s = structuredClone(base) as typeof base & Record<string, unknown>;
  change(s);
  const v = validateScenario(s);
  return v.ok ? [] : v.errors.map((e) => e.message);
}

describe('loss of ambulation, the time cap and the strategy', () => {
  it('accepts the base scenario, marks the loss assumed and says the estimand', () => {
    const v = validateScenario(base);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.scenario.arms.map((a) => a.lossOfAmbulation)).toEqual([0, 0.1]);
    expect(v.scenario.arms.map((a) => a.provenance.lossOfAmbulation)).toEqual(['assumed', 'assumed']);
    expect(v.warnings.join(' ')).toMatch(/Estimand: .*0% in Saline and 10% in MSC-NP \(assumed\).*worse than every patient who walked/);
    expect(v.warnings.join(' ')).toMatch(/unequal SDs of the change \(70\.5 in Saline and 23\.1 in MSC-NP\) equal mean changes are not a null/);
  });

  it('refuses a loss without a strategy, naming analysis.intercurrent and the choices', () => {
    expect(messages((s) => delete (s.analysis as Record<string, unknown>).intercurrent)).toEqual([
      'analysis.intercurrent is needed when arms[1].lossOfAmbulation is above 0 (0.1): say how patients unable to walk are analysed, one of worst-rank, non-responder, exclude, cap',
    ]);
  });

  it('refuses a loss out of [0, 0.9] and an unknown strategy', () => {
    expect(messages((s) => (s.arms[1].lossOfAmbulation = 0.95))).toEqual(['arms[1].lossOfAmbulation must be in [0, 0.9], got 0.95']);
    expect(messages((s) => (s.analysis.intercurrent = 'ignore'))[0]).toMatch(/^analysis\.intercurrent must be one of .*worst-rank.*non-responder.*exclude.*cap/);
  });

  it('refuses a strategy that does not fit the test or the endpoint', () => {
    expect(messages((s) => (s.analysis.test = 'welch'))).toEqual([
      'analysis.intercurrent "worst-rank" needs analysis.test "mann-whitney" (unable patients rank below every walker), not "welch", got "worst-rank"',
    ]);
    expect(messages((s) => (s.analysis.intercurrent = 'non-responder'))[0]).toMatch(/^analysis\.intercurrent "non-responder" needs a responder endpoint built on the timed walk/);
    expect(messages((s) => (s.analysis.intercurrent = 'cap'))[0]).toMatch(/^analysis\.intercurrent "cap" needs endpoint\.timeCap/);
    const responder = { type: 'responder', source: walk, threshold: 20 };
    expect(
      messages((s) => {
        s.endpoint = responder as never;
        s.analysis.test = 'fisher';
      })[0],
    ).toMatch(/^analysis\.intercurrent "worst-rank" needs analysis\.test "mann-whitney"/);
    expect(
      messages((s) => {
        s.endpoint = responder as never;
        Object.assign(s.analysis, { test: 'fisher', intercurrent: 'cap' });
      })[0],
    ).toMatch(/^analysis\.intercurrent "cap" needs a timed-walk endpoint analysed as a % improvement/);
  });

  it('accepts each strategy where it fits', () => {
    expect(messages(() => {})).toEqual([]);
    expect(messages((s) => Object.assign(s.analysis, { test: 'welch', intercurrent: 'exclude' }))).toEqual([]);
    expect(messages((s) => Object.assign(s.analysis, { test: 'ancova', intercurrent: 'exclude' }))).toEqual([]);
    expect(messages((s) => ((s.endpoint = { ...walk, timeCap: 180 } as never), Object.assign(s.analysis, { test: 'welch', intercurrent: 'cap' })))).toEqual([]);
    expect(messages((s) => ((s.endpoint = { ...walk, measure: 'distance' } as never), Object.assign(s.analysis, { test: 'welch', intercurrent: 'cap' })))).toEqual([]);
    const responder = { type: 'responder', source: walk, threshold: 20 };
    expect(messages((s) => ((s.endpoint = responder as never), Object.assign(s.analysis, { test: 'fisher', intercurrent: 'non-responder' })))).toEqual([]);
    expect(messages((s) => ((s.endpoint = responder as never), Object.assign(s.analysis, { test: 'chi-square', intercurrent: 'exclude' })))).toEqual([]);
  });

  it('refuses a time cap on a distance, on a responder, out of range, or without a strategy', () => {
    expect(messages((s) => (s.endpoint = { ...walk, measure: 'distance', timeCap: 180 } as never))).toEqual([
      'endpoint.timeCap is used only with measure "time" (a 6MWT patient unable to walk scores 0 m), got 180',
    ]);
    expect(
      messages((s) => ((s.endpoint = { type: 'responder', source: { ...walk, timeCap: 180 }, threshold: 20 } as never), (s.analysis.test = 'fisher')))[0],
    ).toMatch(/^endpoint\.source\.timeCap is not used by a responder endpoint/);
    expect(messages((s) => (s.endpoint = { ...walk, timeCap: 0 } as never))[0]).toMatch(/^endpoint\.timeCap must be/);
    expect(
      messages((s) => {
        s.endpoint = { ...walk, timeCap: 180 } as never;
        delete s.arms[1].lossOfAmbulation;
        delete (s.analysis as Record<string, unknown>).intercurrent;
      }),
    ).toEqual(['analysis.intercurrent is needed with endpoint.timeCap (times above the cap count as unable to walk): one of worst-rank, exclude, cap']);
  });

  it('refuses a loss on an endpoint that is not a timed walk', () => {
    expect(
      messages((s) => {
        s.endpoint = { type: 'continuous' } as never;
        Object.assign(s.analysis, { test: 'welch', intercurrent: 'exclude' });
      }),
    ).toEqual(['arms[1].lossOfAmbulation needs a timed-walk endpoint or a responder built on one, not a continuous endpoint, got 0.1']);
    expect(
      messages((s) => {
        s.endpoint = { type: 'binary' } as never;
        s.arms = [{ label: 'A', rate: 0.2 }, { label: 'B', rate: 0.4, lossOfAmbulation: 0.1 }] as never;
        Object.assign(s.analysis, { test: 'fisher', intercurrent: 'exclude' });
      }),
    ).toEqual(['arms[1].lossOfAmbulation needs a timed-walk endpoint or a responder built on one, not a binary endpoint, got 0.1']);
  });

  it('refuses what a loss is not yet combined with (interim looks)', () => {
    const interim = { informationRates: [0.5, 1], efficacy: 'obrien-fleming' };
    expect(messages((s) => (s.interim = interim))[0]).toMatch(/^interim cannot yet be combined with arms\[1\]\.lossOfAmbulation/);
  });

  it('a strategy with no loss changes nothing, and says so', () => {
    const v = validateScenario({ ...base, arms: base.arms.map(({ lossOfAmbulation: _l, ...a }) => a) });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.warnings.join(' ')).toMatch(/no patient is assumed unable to walk .* so the "worst-rank" strategy changes nothing/);
  });
});
