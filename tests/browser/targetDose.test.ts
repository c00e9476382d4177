import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { trendClosedFormN } from '../../src/core/solve/trendClosedFormN.ts';
import { download, scenarioHash, sharedTab, startHarness, until, untilSelector, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A small continuous Emax study (true TD 2.5 mg) with the Mod step: a second of simulation. */
const scenario = {
  name: 'Target dose',
  endpoint: { type: 'continuous' },
  doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.8 }, relevantEffect: 0.4, unit: 'mg' },
  arms: [
    { label: 'Placebo', dose: 0, mean: 0, sd: 1 },
    { label: 'Low', dose: 2.5, sd: 1 },
    { label: 'Mid', dose: 5, sd: 1 },
    { label: 'Top', dose: 20, sd: 1 },
  ],
  analysis: { test: 'student', alpha: 0.05, sides: 1, multiplicity: 'dunnett' },
  design: { nPerArm: [20, 40, 60], targetPower: 0.8 },
  simulation: { sims: 300, seed: 'td-browser' },
  trendTest: { estimate: { model: 'emax', tolerance: 0.3 } },
};

/** One tab for both tests: the second follows its link in the first's (a run, not a page load). */
const tab = sharedTab(() => h);

describe('the target-dose view and its editor control', () => {
  it("shows the engine's carry-forward shares, the TD̂ charts and the closed-form n; the editor sets trendTest.estimate", async () => {
    const v = validateScenario(scenario);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const sim = simulate(v.scenario).trend!;
    const closed = trendClosedFormN(v.scenario, 0.8);
    const page = await tab(scenarioHash(scenario));
    await untilSelector(page, '[data-testid="target-dose-view"] [data-testid="td-band-chart"]', { timeout: 30_000 });
    const carry = await page.$$eval('[data-testid="td-table"] [data-carry]', (els) => els.map((e) => [e.getAttribute('data-carry'), Number(e.getAttribute('data-n')), e.getAttribute('data-p')]));
    expect(carry).toEqual(sim.flatMap((t) => [...t.tdCarry!.doses.map((d) => [d.arm, t.nPerArm, String(d.p)]), ['none', t.nPerArm, String(t.tdCarry!.none.p)]]));
    expect(await page.locator('[data-testid="td-carry-chart"] path[data-series]').count()).toBe(4);
    expect(await page.locator('[data-testid="td-histogram"] rect[data-bin]').count()).toBeGreaterThan(0);
    await page.selectOption('[data-testid="td-n"]', '60');
    await expect(page.textContent('[data-testid="target-dose-view"]')).resolves.toContain('all 300 simulated trials at 60 per arm');
    const nText = page.locator('[data-testid="trend-n-for-target"]');
    await until(page, () => document.querySelector('[data-testid="trend-n-for-target"]')?.textContent?.includes('per arm ('), undefined, 30_000);
    expect(await nText.textContent()).toContain(`first reaches 80% at ${closed.nPerArm} per arm`);

    // Every figure exports (SVG with its title; CSV with the carry-forward columns).
    expect((await download(page, 'td-band-svg')).bytes.toString()).toContain('Target dose: estimated target dose (Mod step) against n');
    expect((await download(page, 'td-carry-csv')).bytes.toString().split('\n')[0]).toContain('carry Low,carry Low MCSE');
    expect((await download(page, 'td-hist-csv')).bytes.toString().split('\n')).toHaveLength(66); // header, 64 bins, final newline

    // The editor: the model choice, Δ shown beside it, and a bad tolerance named at its field.
    const model = page.locator('select[data-field="trendTest.estimate.model"]');
    expect(await model.inputValue()).toBe('emax');
    await expect(page.textContent('[data-testid="estimate-delta"]')).resolves.toContain('Δ = 0.4');
    await page.fill('input[data-field="trendTest.estimate.tolerance"]', '1.5');
    await untilSelector(page, '[data-testid="field-error"][data-for="trendTest.estimate.tolerance"]');
    await page.fill('input[data-field="trendTest.estimate.tolerance"]', '0.3');
    await model.selectOption('none');
    await untilSelector(page, '[data-testid="target-dose-view"]', { timeout: 30_000, gone: true });
    expect(h.errors).toEqual([]);
  });

  it('works on a binary endpoint: the engine\'s TD̂ figures, Δ as a difference of rates, the editor offers the fit', async () => {
    const binary = {
      ...scenario,
      name: 'Target dose, binary',
      endpoint: { type: 'binary' },
      doseResponse: { model: 'emax', ed50: 5, reference: { dose: 20, effect: 0.32 }, relevantEffect: 0.15, unit: 'mg' },
      arms: [0, 2.5, 5, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.2 } : {}) })),
      analysis: { test: 'chi-square', alpha: 0.05, sides: 1 },
      design: { nPerArm: [40, 80] },
      trendTest: { estimate: { model: 'aic' } },
    };
    const v = validateScenario(binary);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const sim = simulate(v.scenario).trend!;
    const page = await tab(scenarioHash(binary));
    await untilSelector(page, '[data-testid="target-dose-view"] [data-testid="td-band-chart"]', { timeout: 30_000 });
    const carry = await page.$$eval('[data-testid="td-table"] [data-carry]', (els) => els.map((e) => [e.getAttribute('data-carry'), e.getAttribute('data-p')]));
    expect(carry).toEqual(sim.flatMap((t) => [...t.tdCarry!.doses.map((d) => [d.arm, String(d.p)]), ['none', String(t.tdCarry!.none.p)]]));
    await expect(page.textContent('[data-testid="target-dose-view"]')).resolves.toContain("response rate improves on placebo's by Δ = 0.15");
    expect(await page.locator('select[data-field="trendTest.estimate.model"]').inputValue()).toBe('aic');
    expect(await page.locator('[data-testid="estimate-unavailable"]').count()).toBe(0);
    expect(h.errors).toEqual([]);
  });
});
