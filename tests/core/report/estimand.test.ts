// The estimand in words, wherever a plan is written: the CLI's warnings (JSON) and paragraph (text), the HTML
// report and the R script. Function calls on the CLI's own path (no process start-up).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { loadScenarioText } from '../../../src/cli/loadScenario.ts';
import { formatHtml, formatText } from '../../../src/cli/textReport.ts';
import { simulate, ENGINE_VERSION } from '../../../src/core/engine.ts';
import { rScript } from '../../../src/core/report/rScript/rScript.ts';

const FILE = 'static/scenarios/t25fw-edss6-loss.json';

function load(change: (s: Record<string, any>) => void = () => {}) {
  const json = JSON.parse(readFileSync(FILE, 'utf8'));
  json.design.nPerArm = [20];
  change(json);
  const args = parseArgs([FILE, '--sims', '200']);
  if (!args.ok) throw new Error(args.error);
  const loaded = loadScenarioText(JSON.stringify(json), args.args);
  if (!loaded.ok) throw new Error(loaded.error);
  return { ...loaded, result: simulate(loaded.scenario) };
}

describe('the strategy in words', () => {
  it('JSON warnings and the paragraph state the estimand of worst-rank, and what Mann–Whitney then tests', () => {
    const { scenario, warnings, result } = load();
    expect(warnings.join(' ')).toContain('counts as worse than every patient who walked');
    expect(warnings.join(' ')).toContain('equal mean changes are not a null');
    const text = formatText(scenario, result, { date: '2026-12-05' });
    expect(text).toMatch(/Estimand: a patient unable to walk at follow-up \(loss of ambulation among completers: 8% in Saline and 8% in MSC-NP \(assumed\); a follow-up time above the cap of 180 s; .*\) counts as worse than every patient who walked/);
    expect(text).toContain('P(X > Y) = ½');
  });

  it('exclude is labelled as changing the question and biased when the loss differs', () => {
    const { warnings, scenario, result } = load((s) => Object.assign(s.analysis, { test: 'welch', intercurrent: 'exclude' }));
    for (const words of [warnings.join(' '), formatText(scenario, result, { date: '2026-12-05' })]) {
      expect(words).toContain('changes the question to one about patients who can still walk');
      expect(words).toContain('biased when the loss differs between arms');
    }
  });

  it('the HTML report lists each loss with its provenance badge and the estimand', () => {
    const { scenario, result } = load();
    const html = formatHtml(scenario, result, { date: '2026-12-05' });
    expect(html).toMatch(/MSC-NP: loss of ambulation<\/th><td>8%<\/td><td>[^<]*<span[^>]*>assumed/);
    expect(html).toContain('Patients unable to walk (estimand)');
    expect(html).toContain('Time cap (unable to walk above it)');
  });

  it('the R script simulates the same loss, cap and strategy (no closed form for a timed walk with loss)', () => {
    const { scenario, result } = load();
    const r = rScript({ scenario, result, engineVersion: ENGINE_VERSION });
    expect(r).toContain('sim_power_loss(test = "mann-whitney"');
    expect(r).toContain('strategy = "worst-rank", cap = 180');
    expect(r).toContain('a timed walk with loss of ambulation has no closed form');
  });
});
