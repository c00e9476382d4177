import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedStates, recordStates, scenarioHash, sharedTab, trialScenario, startHarness, tableCells, waitFor, until, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** One tab for the tests that load a link and read or edit it: each follows its link there (a run, not a page load). */
const tab = sharedTab(() => h);

describe('running the planner', () => {
  it('opens on the T25FW scenario and finishes its run: table, chart and sentence filled', async () => {
    const page = await h.open();
    await waitFor(page);
    const cells = await tableCells(page);
    expect(cells.length).toBe(18); // n = 6…40 step 2, one treatment arm
    expect(cells.every((c) => c.arm === 'MSC-NP' && Number.isFinite(Number(c.power)))).toBe(true);
    expect(await page.locator('[data-testid="power-chart"] path[data-arm="MSC-NP"]').count()).toBe(1);
    const d = await page.getAttribute('[data-testid="power-chart"] path[data-arm="MSC-NP"]', 'd');
    expect(d?.length).toBeGreaterThan(20);
    await expect(page.textContent('[data-testid="n-for-target"]')).resolves.toMatch(
      /^80% power to show benefit \(significant in the treatment's favour\) needs \d+ patients randomised per arm \(\d+ in all\); with 10% dropout about \d+ per arm complete\./,
    );
    // Two-sided: the table shows power to show benefit beside power, and the chart's axis says which it plots.
    expect(await page.locator('[data-testid="results-table"] [data-power-benefit]').count()).toBe(18);
    await expect(page.locator('[data-testid="power-chart"]').textContent()).resolves.toContain('Power to show benefit');
    expect(await page.inputValue('[data-field="arms[1].mean"]')).toBe('3.7');
    expect(h.errors).toEqual([]);
    await page.close();
  });

  it('EDSS Plus (effect favours saline): warnings in words, and the reason instead of an n for the target', async () => {
    const edss = trialScenario('edss-plus-responders.json', 500);
    const page = await tab(scenarioHash({ ...edss, design: { ...(edss.design as object), nPerArm: [3, 27, 100] } }));
    const warnings = await page.textContent('[data-testid="result-warnings"]');
    expect(warnings).toContain("The planned effect of MSC-NP favours Saline (33% vs 37% responders): a larger trial only makes a significant result in Saline's favour more likely");
    // The run's own warnings follow the validator's: tiny arms leave trials unanalysable and chi-square unreliable.
    expect(warnings).toMatch(/Some simulated trials could not be analysed .* at n = 3 .*They count as not significant/);
    expect(warnings).toMatch(/Pearson's chi-square is unreliable .* at n = 3 .*Use Fisher's exact test/);
    const sentence = await page.textContent('[data-testid="n-for-target"]');
    expect(sentence).toBe('The planned effect of MSC-NP favours Saline, so a larger trial cannot give it power to show benefit: no sample size is given.');
    expect(sentence).not.toMatch(/[Ww]iden/);
    expect(h.errors).toEqual([]);
  });

  it('reruns when an input changes (running → done, new numbers)', async () => {
    const page = await tab(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    const before = await tableCells(page);
    await recordStates(page);
    await page.fill('[data-field="arms[1].mean"]', '-20');
    await until(page, () => (window as unknown as { __states: string[] }).__states.includes('done'));
    expect(await recordedStates(page)).toEqual(['running', 'done']);
    const after = await tableCells(page);
    expect(after.length).toBe(before.length);
    expect(after.map((c) => c.power)).not.toEqual(before.map((c) => c.power));
    expect(Number(after[after.length - 1].power)).toBeLessThan(Number(before[before.length - 1].power));
  });

  it('Run again from the keyboard: the run starts and ends with the focus still on the button', async () => {
    const page = await tab(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await page.focus('[data-testid="run"]');
    await recordStates(page);
    await page.keyboard.press('Enter');
    await until(page, () => (window as unknown as { __states: string[] }).__states.includes('done'));
    expect(await recordedStates(page)).toEqual(['running', 'done']);
    // One button changes its job (Run again ↔ Cancel): a keyboard user is not sent back to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('run');
    expect(await page.textContent('[data-testid="run"]')).toBe('Run again');
    // A double-click, or Enter held down, starts one run and does not cancel it with its second click.
    await recordStates(page);
    await page.dblclick('[data-testid="run"]');
    await until(page, () => (window as unknown as { __states: string[] }).__states.includes('done'));
    expect(await recordedStates(page)).toEqual(['running', 'done']);
    await recordStates(page);
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter'); // an auto-repeat
    await page.keyboard.up('Enter');
    await until(page, () => (window as unknown as { __states: string[] }).__states.includes('done'));
    expect(await recordedStates(page)).toEqual(['running', 'done']);
  });

  it('cancels a long run: state cancelled, partial results kept and marked', async () => {
    const big = trialScenario('t25fw-edss6.json', 400_000);
    const page = await h.open(scenarioHash(big));
    await waitFor(page, 'running');
    await until(page, () => document.querySelectorAll('[data-testid="results-table"] [data-power]').length > 0);
    // Assistive technology is told the results are still changing while the run goes on, and when they stop.
    expect(await page.getAttribute('[data-testid="results"]', 'aria-busy')).toBe('true');
    await page.click('[data-testid="cancel-run"]');
    await waitFor(page, 'cancelled', 5_000);
    await until(page, () => document.querySelector('[data-testid="results"]')?.getAttribute('aria-busy') === 'false', undefined, 5_000);
    await expect(page.locator('[data-testid="partial-note"]').textContent()).resolves.toMatch(/Partial results/);
    const cells = await tableCells(page);
    await recordStates(page);
    await page.waitForTimeout(700);
    expect(await recordedStates(page)).toEqual([]);
    expect(await tableCells(page)).toEqual(cells);
    await page.close();
  });

  it('shows an invalid value inline, keeps the old results and the typed text', async () => {
    const page = await tab(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    const before = await tableCells(page);
    await recordStates(page);
    await page.fill('[data-field="arms[1].sd"]', '-3');
    const msg = page.locator('[data-testid="field-error"][data-for="arms[1].sd"]');
    await expect(msg.textContent()).resolves.toContain('must be > 0, got -3');
    expect(await page.getAttribute('[data-field="arms[1].sd"]', 'aria-invalid')).toBe('true');
    await page.fill('[data-field="simulation.sims"]', '12abc');
    await expect(page.locator('[data-testid="field-error"][data-for="simulation.sims"]').textContent()).resolves.toContain('got "12abc"');
    await page.waitForTimeout(700);
    expect(await recordedStates(page)).toEqual([]); // no run for an invalid scenario
    expect(await tableCells(page)).toEqual(before);
    expect(await page.inputValue('[data-field="arms[1].sd"]')).toBe('-3');
    expect(await page.inputValue('[data-field="simulation.sims"]')).toBe('12abc');
    // A different valid value reruns; going back to the first values gives the same numbers (same seed).
    await page.fill('[data-field="simulation.sims"]', '500');
    await page.fill('[data-field="arms[1].sd"]', '30');
    expect(await page.getAttribute('[data-field="arms[1].sd"]', 'aria-invalid')).toBe('false');
    await until(page, () => (window as unknown as { __states: string[] }).__states.includes('done'));
    expect(await tableCells(page)).not.toEqual(before);
    await recordStates(page);
    await page.fill('[data-field="arms[1].sd"]', '23.1');
    await until(page, () => (window as unknown as { __states: string[] }).__states.includes('done'));
    expect(await tableCells(page)).toEqual(before);
  });

  it('loading a preset over typed text can be undone, restoring the text exactly', async () => {
    const page = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await waitFor(page);
    await page.fill('[data-field="simulation.seed"]', 'my seed');
    await page.fill('[data-field="arms[1].sd"]', '2x');
    await page.click('[data-testid="preset-sixmwt-edss6"]');
    // The preset's own 10,000-trial run is not awaited: this test is about the typed text, not its numbers.
    await until(page, () => (document.querySelector('[data-field="arms[0].mean"]') as HTMLInputElement | null)?.value === '-32.1');
    await page.click('[data-testid="undo-load"]');
    expect(await page.inputValue('[data-field="simulation.seed"]')).toBe('my seed');
    expect(await page.inputValue('[data-field="arms[1].sd"]')).toBe('2x');
    expect(await page.getAttribute('[data-field="arms[1].sd"]', 'aria-invalid')).toBe('true');
    await page.close();
  });
});
