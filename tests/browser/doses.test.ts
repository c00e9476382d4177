import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { download, scenarioHash, sharedTab, trialScenario, startHarness, tableCells, waitFor, until, untilSelector, toFront, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await (await readOnly)?.close();
  await h?.close();
});

/** The dose-finding preset, small: 3 sample sizes, 500 trials. */
function smallDoseFinding() {
  const s = trialScenario('dose-finding-t25fw.json', 500) as ReturnType<typeof trialScenario> & { design: { nPerArm: unknown } };
  s.design.nPerArm = [10, 30, 60];
  return s;
}

type Page = import('playwright-core').Page;

/**
 * One page on the small dose-finding scenario, left as loaded, for the tests that only read it or
 * download from it (the heatmap's cells, its exports): either may run first or alone. Tests that edit
 * the form open their own page.
 */
let readOnly: Promise<Page> | undefined;
function openReadOnly(): Promise<Page> {
  readOnly ??= h.open(scenarioHash(smallDoseFinding())).then(async (page) => {
    await waitFor(page);
    await untilSelector(page, '[data-testid="trend-results"]'); // the dose panel (heatmap, trend table) is loaded lazily
    return page;
  });
  return readOnly.then(toFront);
}

/** The tab of the three tests that load a variant of the study and read or edit it (a link each, one page load). */
const editTab = sharedTab(() => h);

const heatCells = (page: Page) =>
  page.$$eval('[data-testid="dose-heatmap"] g[data-arm]', (els) =>
    els.map((e) => ({ arm: e.getAttribute('data-arm') ?? '', n: Number(e.getAttribute('data-n')), power: e.getAttribute('data-power') ?? '', text: e.querySelector('text')?.textContent ?? '' })),
  );

describe('dose arms', () => {
  it('dose-finding: a heatmap cell per dose arm and n with the engine\'s power, printed in the cell; the first n reaching the target framed', async () => {
    const s = smallDoseFinding();
    const v = validateScenario(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const sim = simulate(v.scenario);
    const expected = sim.rows;
    const page = await openReadOnly();
    const cells = await heatCells(page);
    expect(cells).toHaveLength(9);
    const key = (c: { arm: string; n: number }) => `${c.arm}|${c.n}`;
    const byKey = new Map(expected.map((r) => [key({ arm: r.arm, n: r.nPerArm }), r]));
    // Two-sided: the heatmap shows the power to show benefit (significant in the treatment's favour).
    for (const c of cells) {
      expect(c.power).toBe(String(byKey.get(key(c))?.powerBenefit));
      expect(c.text).toBe(`${Math.round(Number(c.power) * 100)}%`);
    }
    // Highest dose on top: the first row is the 10-million arm.
    expect(cells.slice(0, 3).every((c) => c.arm === '10 M cells')).toBe(true);
    const tableBenefit = await page.$$eval('[data-testid="results-table"] [data-power-benefit]', (els) =>
      els.map((e) => `${e.getAttribute('data-arm')}|${e.getAttribute('data-n')}:${e.getAttribute('data-power-benefit')}`),
    );
    expect(tableBenefit.sort()).toEqual(cells.map((c) => `${key(c)}:${c.power}`).sort());
    expect((await tableCells(page)).map((c) => `${key(c)}:${c.power}`).sort()).toEqual(expected.map((r) => `${r.arm}|${r.nPerArm}:${r.power}`).sort());
    const hits = await page.$$eval('[data-testid="dose-heatmap"] g[data-arm]:has(rect[data-hit])', (els) => els.map((e) => e.getAttribute('data-arm')));
    expect(new Set(hits).size).toBe(hits.length); // at most one framed cell per arm
    await expect(page.locator('[data-testid="dose-heatmap"]').getAttribute('aria-label')).resolves.toMatch(/3 arms × 3 sample sizes/);
    // The MCP-Mod trend test: P(dose-response), P(best dose), P(MED) per n, exactly the engine's.
    const trend = await page.$$eval('[data-testid="trend-results"] tbody tr', (trs) =>
      trs.map((tr) => ['trend', 'best', 'med'].map((k) => tr.querySelector(`[data-${k}]`)?.getAttribute(`data-${k}`))),
    );
    expect(trend).toEqual((sim.trend ?? []).map((t) => [String(t.significant), String(t.bestDoseSelected), String(t.medSelected)]));
    expect(trend).toHaveLength(3);
    await expect(page.textContent('[data-testid="trend-results"] thead')).resolves.toContain('Best dose picked (10 M cells)');
    expect(await page.locator('[data-testid="trend-chart"] path[data-series]').count()).toBe(3);
    expect(h.errors).toEqual([]);
  });

  it('a pooled-variance Student–Dunnett on the dose study is warned about in words next to the results, naming Welch', async () => {
    const s = smallDoseFinding() as ReturnType<typeof smallDoseFinding> & { analysis: Record<string, unknown> };
    s.analysis = { ...s.analysis, test: 'student' };
    const page = await editTab(scenarioHash(s));
    const text = await page.locator('[data-testid="result-warnings"]').textContent();
    expect(text).toMatch(/Student's t pools the variance of all arms, but the arms' SDs differ 3\.1-fold/);
    expect(text).toMatch(/Hasler–Hothorn/);
  });

  it('the preset bar loads the dose-finding preset: doses with their unit, Emax ED50 5, reference 10, Welch + Dunnett (Hasler–Hothorn)', async () => {
    const page = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await waitFor(page);
    await page.click('[data-testid="preset-dose-finding-t25fw"]');
    await expect(page.inputValue('[data-field="doseResponse.ed50"]')).resolves.toBe('5');
    expect(await page.inputValue('[data-field="doseResponse.reference.dose"]')).toBe('10');
    expect(await page.inputValue('[data-field="doseResponse.reference.effect"]')).toBe('58.1');
    expect(await page.inputValue('[data-field="doseResponse.unit"]')).toBe('million cells per injection');
    expect(await page.inputValue('[data-field="doseResponse.model"]')).toBe('emax');
    expect(await page.inputValue('[data-field="analysis.test"]')).toBe('welch');
    expect(await page.inputValue('[data-field="analysis.multiplicity"]')).toBe('dunnett');
    expect(await Promise.all([0, 1, 2, 3].map((i) => page.inputValue(`[data-field="arms[${i}].dose"]`)))).toEqual(['0', '2.5', '5', '10']);
    expect(await page.inputValue('[data-field="arms[2].mean"]')).toBe('');
    expect(await page.getAttribute('[data-field="arms[2].mean"]', 'placeholder')).toBe('−10.8');
    await expect(page.locator('.field:has([data-field="doseResponse.ed50"]) > label').textContent()).resolves.toContain('assumed');
    await expect(page.locator('label:has-text("Reference dose")').textContent()).resolves.toContain('reported');
    await page.close();
  });

  it('"Add doses" on the T25FW preset and a new arm give a dose study; a bad ED50 is named inline and kept', async () => {
    const page = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await waitFor(page);
    expect(await page.locator('[data-testid="dose-heatmap"]').count()).toBe(0);
    await page.click('[data-testid="enable-doses"]');
    expect(await page.inputValue('[data-field="doseResponse.ed50"]')).toBe('5');
    expect(await page.inputValue('[data-field="doseResponse.reference.dose"]')).toBe('10');
    expect(await page.inputValue('[data-field="doseResponse.reference.effect"]')).toBe('58.1');
    expect([await page.inputValue('[data-field="arms[0].dose"]'), await page.inputValue('[data-field="arms[1].dose"]')]).toEqual(['0', '10']);
    await page.click('[data-testid="add-arm"]');
    expect(await page.inputValue('[data-field="arms[2].dose"]')).toBe('20');
    expect(await page.inputValue('[data-field="arms[2].mean"]')).toBe('');
    await untilSelector(page, '[data-testid="dose-heatmap"]');
    await waitFor(page);
    expect(await page.locator('[data-testid="dose-heatmap"] g[data-arm="Treatment 2"]').count()).toBe(18);

    await page.fill('[data-field="doseResponse.ed50"]', '-1');
    await expect(page.textContent('[data-testid="field-error"][data-for="doseResponse.ed50"]')).resolves.toBe('ED50 must be > 0, got -1');
    expect(await page.inputValue('[data-field="doseResponse.ed50"]')).toBe('-1');
    await page.fill('[data-field="doseResponse.ed50"]', '5');
    await page.fill('[data-field="arms[2].dose"]', 'high');
    await expect(page.textContent('[data-testid="field-error"][data-for="arms[2].dose"]')).resolves.toContain('Dose must be a number in [0, 1000000], got "high"');
    expect(await page.inputValue('[data-field="arms[2].dose"]')).toBe('high');
    await page.close();
  });

  it('trend test candidates: unticking all but linear reruns with the new set; a bad ED50 is named inline and keeps the results', async () => {
    const s = smallDoseFinding();
    const v = validateScenario({ ...s, trendTest: { variance: 'per-arm', candidates: [{ model: 'linear' }] } });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const expected = (simulate(v.scenario).trend ?? []).map((t) => String(t.significant));
    const page = await editTab(scenarioHash(s));
    const shown = () => page.$$eval('[data-testid="trend-results"] [data-trend]', (els) => els.map((e) => e.getAttribute('data-trend')));
    await untilSelector(page, '[data-testid="trend-results"] [data-trend]'); // the dose panel is loaded lazily
    const before = await shown();
    expect(before).toHaveLength(3);
    const section = page.locator('[data-testid="trend-section"]');
    await expect(section.locator('legend').textContent()).resolves.toContain('defaults');
    expect(await section.locator('[data-testid="trend-row"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-model')}:${e.getAttribute('data-on')}`))).toEqual([
      'emax:true', 'emax:true', 'linear:true', 'exponential:true', 'quadratic:true', 'log-linear:false',
    ]);
    expect(await page.getAttribute('[data-field="trendTest.alpha"]', 'placeholder')).toBe('0.025');
    for (const j of [0, 1, 3, 4]) await page.uncheck(`[data-field="trendTest.rows[${j}]"]`);
    await until(page, (exp) => {
      const got = [...document.querySelectorAll('[data-testid="trend-results"] [data-trend]')].map((e) => e.getAttribute('data-trend'));
      return JSON.stringify(got) === JSON.stringify(exp);
    }, expected);
    await waitFor(page);
    expect(expected).not.toEqual(before);
    expect(await shown()).toEqual(expected);

    await page.fill('[data-field="trendTest.rows[0].ed50"]', '-1');
    await page.check('[data-field="trendTest.rows[0]"]');
    await expect(page.textContent('[data-testid="field-error"][data-for="trendTest.rows[0].ed50"]')).resolves.toBe('ED50 must be > 0, got -1');
    expect(await page.getAttribute('[data-field="trendTest.rows[0].ed50"]', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('[data-field="trendTest.rows[0].ed50"]')).toBe('-1');
    await page.waitForTimeout(800); // past the re-run debounce
    expect(await shown()).toEqual(expected);
    expect(h.errors).toEqual([]);
  });

  it('trend test variance: the preset runs per arm; "Pooled" reruns pooled and warns about the unequal SDs in words', async () => {
    const s = smallDoseFinding();
    const v = validateScenario({ ...s, trendTest: { variance: 'pooled' } });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const expected = (simulate(v.scenario).trend ?? []).map((t) => String(t.significant));
    const page = await editTab(scenarioHash(s));
    const warnings = () => page.$$eval('[data-testid="result-warnings"] li', (els) => els.map((e) => e.textContent ?? ''));
    expect(await page.inputValue('[data-field="trendTest.variance"]')).toBe('per-arm');
    expect((await warnings()).filter((w) => w.includes('trend test'))).toEqual([]);
    await page.selectOption('[data-field="trendTest.variance"]', 'pooled');
    await until(page, (exp) => {
      const got = [...document.querySelectorAll('[data-testid="trend-results"] [data-trend]')].map((e) => e.getAttribute('data-trend'));
      return JSON.stringify(got) === JSON.stringify(exp);
    }, expected);
    await waitFor(page);
    const trendWarnings = (await warnings()).filter((w) => w.includes('trend test'));
    expect(trendWarnings).toHaveLength(1);
    expect(trendWarnings[0]).toContain('SDs differ 3.1-fold');
    expect(trendWarnings[0]).toContain('trendTest.variance: "per-arm"');
    expect(h.errors).toEqual([]);
  });

  it('heatmap exports: SVG with title, assumptions and seed; a 2× PNG; CSV with dose and unit', async () => {
    const page = await openReadOnly();
    const svg = (await download(page, 'heatmap-svg')).bytes.toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Dose finding: T25FW, EDSS 6.0-6.5 (placebo + 3 doses): power to show benefit by dose and sample size');
    expect(svg).toContain('seed "msc-np"');
    expect(svg).toContain('data-arm="2.5 M cells"');
    expect(svg).toContain('Dose-response (assumed): Emax, ED50 5, Hill 1, effect 58.1 at dose 10; doses 0, 2.5, 5, 10 million cells per injection.');
    expect(svg).toContain('2.5 M cells mean −25.35%');
    expect(svg).not.toMatch(/\d{8}/); // no floating-point noise in the notes
    const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
    const png = await download(page, 'heatmap-png');
    expect([...png.bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(png.bytes.readUInt32BE(16)).toBe(2 * width);
    const csv = csvParse((await download(page, 'heatmap-csv')).bytes.toString('utf8'));
    expect(csv.columns).toEqual(['arm', 'dose', 'doseUnit', 'nPerArm', 'sims', 'power', 'mcse', 'powerBenefit', 'powerBenefitMcse']);
    expect(csv).toHaveLength(9);
    expect(csv.find((r) => r.arm === '5 M cells' && r.nPerArm === '30')).toMatchObject({ dose: '5', doseUnit: 'million cells per injection', sims: '500' });
  });
});
