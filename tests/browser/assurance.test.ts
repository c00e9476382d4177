import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { scenarioHash, sharedTab, trialScenario, startHarness, waitFor, until, untilSelector, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** One tab for the tests that load a link and read or edit it: each follows its link there (a run, not a page load). */
const tab = sharedTab(() => h);

describe('planned effect, design prior and assurance', () => {
  it('the seed preset is exploratory: the warning is in words next to the results; the source n is marked inferred', async () => {
    const page = await tab(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    const warning = page.locator('[data-testid="result-warnings"] li[data-kind="exploratory"]');
    await expect(warning.textContent()).resolves.toMatch(/unshrunk effect of a small exploratory subgroup, which is probably inflated/);
    expect(Number(await page.getAttribute('[data-testid="effect-plan"] [data-planned]', 'data-planned'))).toBeCloseTo(58.1, 10);
    const label = await page.locator('label:has-text("Source n per arm")').textContent();
    expect(label).toContain('inferred');
    expect(await page.isChecked('[data-field="exploratory"]')).toBe(true);
  });

  it('with a design prior: one dotted assurance line per arm, Assurance ± MCSE columns equal to the engine, n for target assurance', async () => {
    const s = { ...trialScenario('t25fw-edss6.json', 500), effectPrior: { type: 'normal' } };
    const v = validateScenario(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const expected = simulate(v.scenario).rows.map((r) => ({ arm: r.arm, n: r.nPerArm, assurance: String(r.assurance) }));
    const page = await tab(scenarioHash(s));
    const chart = page.locator('[data-testid="power-chart"]');
    expect(await chart.locator('path[data-arm]').count()).toBe(1);
    expect(await chart.locator('path[data-assurance-arm="MSC-NP"]').count()).toBe(1);
    expect(await chart.locator('path[data-assurance-arm="MSC-NP"]').getAttribute('stroke-dasharray')).toBeTruthy();
    await expect(chart.locator('[data-legend-item="assurance"]').textContent()).resolves.toContain('assurance under the prior (dotted)');
    const cells = await page.$$eval('[data-testid="results-table"] [data-assurance]', (els) =>
      els.map((e) => ({ arm: e.getAttribute('data-arm'), n: Number(e.getAttribute('data-n')), assurance: e.getAttribute('data-assurance') })),
    );
    expect(cells).toEqual(expected);
    const sentence = await page.textContent('[data-testid="n-for-target"]');
    expect(sentence).toMatch(/^80% power to show benefit \(significant in the treatment's favour\) needs \d+ patients/);
    expect(sentence).toMatch(/80% assurance to show benefit \(power to show benefit averaged over the design prior\) (needs \d+ patients randomised per arm|is not reached)/);
    expect(await page.locator('[data-kind="exploratory"]').count()).toBe(0); // a prior answers the warning
    expect(h.errors).toEqual([]);
  });

  it('changing the basis in the editor updates the planned effect and reruns; a bad factor is named inline and kept', async () => {
    const page = await tab(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    const before = await page.getAttribute('[data-testid="results-table"] [data-arm="MSC-NP"][data-n="20"][data-power]', 'data-power');
    await page.selectOption('[data-field="effect.basis"]', 'shrunk');
    await expect(page.inputValue('[data-field="effect.shrinkage"]')).resolves.toBe('0.5');
    expect(Number(await page.getAttribute('[data-testid="effect-plan"] [data-planned]', 'data-planned'))).toBeCloseTo(29.05, 10);
    await until(
      page,
      (b) => document.querySelector('[data-testid="results-table"] [data-arm="MSC-NP"][data-n="20"][data-power]')?.getAttribute('data-power') !== b,
      before,
    );
    await waitFor(page);
    const after = await page.getAttribute('[data-testid="results-table"] [data-arm="MSC-NP"][data-n="20"][data-power]', 'data-power');
    expect(Number(after)).toBeLessThan(Number(before));
    expect(await page.locator('[data-kind="exploratory"]').count()).toBe(0);

    await page.fill('[data-field="effect.shrinkage"]', '1.5');
    await expect(page.textContent('[data-testid="field-error"][data-for="effect.shrinkage"]')).resolves.toBe('Shrinkage factor must be in (0, 1], got 1.5');
    expect(await page.inputValue('[data-field="effect.shrinkage"]')).toBe('1.5');

    await page.fill('[data-field="effect.shrinkage"]', '0.5');
    await page.check('[data-field="effectPrior"]');
    expect(await page.getAttribute('[data-field="effectPrior.sd"]', 'placeholder')).toBe('21.4');
    await untilSelector(page, '[data-testid="power-chart"] path[data-assurance-arm="MSC-NP"]');
    await waitFor(page);
    expect(await page.locator('[data-testid="power-chart"] path[data-assurance-arm]').count()).toBe(1);
  });
});
