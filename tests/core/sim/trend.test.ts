import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';
import { tol } from './helpers.ts';

function doseScenario(effect: number, extra: Record<string, unknown> = {}): ResolvedScenario {
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect }, relevantEffect: 0.3 },
    arms: [
      { label: 'Placebo', dose: 0, mean: 0, sd: 1 },
      { label: 'Low', dose: 2.5, sd: 1 },
      { label: 'Mid', dose: 5, sd: 1 },
      { label: 'High', dose: 10, sd: 1 },
      { label: 'Top', dose: 20, sd: 1 },
    ],
    analysis: { test: 'student', alpha: 0.05, sides: 1, multiplicity: 'dunnett' },
    design: { nPerArm: [30] },
    simulation: { sims: 20_000, seed: 'trend' },
    ...extra,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('MCP-Mod trend test inside the engine', () => {
  it('under a flat dose-response it shows a dose-response at alpha (calibration)', () => {
    const r = simulate(doseScenario(0));
    expect(r.trend).toBeDefined();
    const t = r.trend![0];
    expect(Math.abs(t.significant - 0.05)).toBeLessThan(tol(0.05, 20_000));
    // Dunnett's family-wise rate under the same null (one-sided) is alpha as well.
    expect(Math.abs(r.points[0].anyPower - 0.05)).toBeLessThan(tol(0.05, 20_000));
  });

  it('with dropout the flat case stays near alpha (planned-n contrasts are the usual approximation)', () => {
    const r = simulate(doseScenario(0, { design: { nPerArm: [30], dropout: 0.15 } }));
    expect(Math.abs(r.trend![0].significant - 0.05)).toBeLessThan(tol(0.05, 20_000) + 0.003);
  });

  it('reports dose-response, best-dose and MED probabilities that grow with the effect', () => {
    const small = simulate(doseScenario(0.3)).trend![0];
    const big = simulate(doseScenario(1.2)).trend![0];
    expect(big.significant).toBeGreaterThan(small.significant);
    expect(big.significant).toBeGreaterThan(0.99);
    expect(big.trueBestArm).toBe('Top');
    expect(big.bestDoseSelected).toBeGreaterThan(small.bestDoseSelected);
    expect(big.medSelected).not.toBeNull();
    expect(big.bestDoseSelected).toBeLessThanOrEqual(big.significant);
    // The trend test pools all doses: more powerful than Dunnett's best single comparison here.
    const dunnettTop = simulate(doseScenario(0.3)).rows.find((r) => r.arm === 'Top')!.power;
    expect(small.significant).toBeGreaterThan(dunnettTop);
  });

  it('is absent without doses and can be switched off', () => {
    expect(simulate(doseScenario(0.5, { trendTest: { enabled: false } })).trend).toBeUndefined();
  });
});
