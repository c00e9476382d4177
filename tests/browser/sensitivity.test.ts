import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { defaultSensitivityN, EFFECT_SCALES, sensitivityScenarios } from '../../src/core/report/sensitivityScenarios.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { download, scenarioHash, trialScenario, startHarness, waitFor, until, untilSelector, toFront, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await (await readOnly)?.close();
  await h?.close();
});

type Page = import('playwright-core').Page;
const scenario = () => trialScenario('t25fw-edss6.json', 500);

/**
 * One page, left as loaded with its sensitivity runs done, for the tests that only read it or download
 * from it (the numbers, the exports): either may run first or alone. Tests that edit it open their own.
 */
let readOnly: Promise<Page> | undefined;
function openReadOnly(): Promise<Page> {
  readOnly ??= h.open(scenarioHash(scenario())).then(async (page) => {
    await waitFor(page);
    await sensDone(page);
    return page;
  });
  return readOnly.then(toFront);
}

const sensDone = (page: Page) => untilSelector(page, '[data-testid="sensitivity"][data-state="done"]', { timeout: 45_000 });
const varianceCells = (page: Page) =>
  page.$$eval('[data-testid="variance-table"] [data-variance]', (els) => els.map((e) => [e.getAttribute('data-variance'), e.getAttribute('data-power')]));

describe('sensitivity', () => {
  it('runs after the main run at the n for the target, with exactly the engine\'s numbers for the derived scenarios', async () => {
    const s = scenario();
    const v = validateScenario(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const n = defaultSensitivityN(v.scenario, simulate(v.scenario).rows);
    const power = sensitivityScenarios(v.scenario, n).map((c) => ({ kind: c.kind, factor: c.factor, power: String(simulate(c.scenario).rows[0].powerBenefit) })); // two-sided: power to show benefit
    const at = (kind: string, f: number) => power.find((p) => p.kind === kind && p.factor === f)?.power;

    const page = await openReadOnly();
    expect(await page.getAttribute('[data-testid="sensitivity-n"]', 'placeholder')).toBe(String(n));
    expect(await varianceCells(page)).toEqual([
      ['0.5', at('variance', 0.5)],
      ['1', at('effect', 1)],
      ['2', at('variance', 2)],
    ]);
    const chart = page.locator('[data-testid="sensitivity-chart"]');
    expect(await chart.locator('path[data-series="MSC-NP"]').count()).toBe(1);
    expect(await chart.locator('circle').count()).toBeGreaterThanOrEqual(EFFECT_SCALES.length);
    // A 500-trial main run: its sensitivity points have 500 trials too, never more than the main run.
    await expect(page.textContent('[data-testid="sensitivity"]')).resolves.toContain('500 trials (as many as the main run, so a Monte Carlo SE of up to about 2.2 points)');
    expect(h.errors).toEqual([]);
  });

  it('a bad n is named with its range and nothing runs; a good n reruns there', async () => {
    const page = await h.open(scenarioHash(scenario()));
    await waitFor(page);
    await sensDone(page);
    const before = await varianceCells(page);
    await page.fill('[data-testid="sensitivity-n"]', 'abc');
    await page.press('[data-testid="sensitivity-n"]', 'Enter');
    await expect(page.textContent('[data-testid="field-error"][data-for="sensitivity-n"]')).resolves.toBe(
      'Sensitivity n must be a whole number in [2, 100000], got "abc"',
    );
    expect(await page.getAttribute('[data-testid="sensitivity-n"]', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('[data-testid="sensitivity"]', 'data-state')).toBe('done');
    expect(await varianceCells(page)).toEqual(before);
    expect(await page.inputValue('[data-testid="sensitivity-n"]')).toBe('abc');
    await page.fill('[data-testid="sensitivity-n"]', '30');
    await page.press('[data-testid="sensitivity-n"]', 'Enter');
    await until(page, () => document.querySelector('[data-testid="variance-table"] caption')?.textContent?.includes('n = 30'));
    await sensDone(page);
    expect(await varianceCells(page)).not.toEqual(before);
    await page.close();
  });

  it('stops when the main run restarts, then follows the new run', async () => {
    const page = await h.open(scenarioHash(scenario()));
    await waitFor(page);
    await sensDone(page);
    // A large n keeps the secondary runs busy long enough to be interrupted.
    await page.fill('[data-testid="sensitivity-n"]', '20000');
    await page.press('[data-testid="sensitivity-n"]', 'Enter');
    await untilSelector(page, '[data-testid="sensitivity"][data-state="running"]');
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="sensitivity"]')!;
      const w = window as unknown as { __sens: string[] };
      w.__sens = [];
      new MutationObserver(() => w.__sens.push(el.getAttribute('data-state') ?? '')).observe(el, { attributeFilter: ['data-state'] });
    });
    await page.fill('[data-field="arms[1].mean"]', '0');
    await until(page, () => (window as unknown as { __sens: string[] }).__sens.includes('cancelled'));
    await waitFor(page);
    await until(page, () => (window as unknown as { __sens: string[] }).__sens.includes('running'), undefined, 10_000);
    await page.close();
  });

  it('exports the chart (title, n and seed) and every point as CSV', async () => {
    const page = await openReadOnly();
    const svg = (await download(page, 'sensitivity-svg')).bytes.toString('utf8');
    expect(svg).toMatch(/power to show benefit against the effect at n = \d+ per arm/);
    expect(svg).toContain('seed "msc-np"');
    expect(svg).toContain('Sensitivity runs: 500 trials per point (as many as the main run');
    const csv = csvParse((await download(page, 'sensitivity-csv')).bytes.toString('utf8'));
    expect(csv.columns).toEqual(['kind', 'factor', 'arm', 'nPerArm', 'sims', 'power', 'mcse', 'powerBenefit', 'powerBenefitMcse']);
    expect(csv.map((r) => `${r.kind} ${r.factor}`)).toEqual([...EFFECT_SCALES.map((f) => `effect ${f}`), 'variance 0.5', 'variance 2']);
    expect(csv.every((r) => r.sims === '500')).toBe(true);
    const png = await download(page, 'sensitivity-png');
    expect([...png.bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });
});
