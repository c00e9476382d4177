import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { rowsToCsv } from '../../../src/core/report/rowsToCsv.ts';
import { simulate } from '../../../src/core/engine.ts';
import { neutraliseCell, safeCsvFormat } from '../../../src/core/results/safeCsv.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { heatmapCsv } from '../../../src/lib/results/heatmapCsv.ts';

const EVIL = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'];

describe('CSV cells that a spreadsheet would run as formulas are neutralised (OWASP)', () => {
  it('texts starting with = + - @ tab CR get a leading quote; other texts and numbers stay', () => {
    for (const e of EVIL) expect(neutraliseCell(e)).toBe(`'${e}`);
    expect(neutraliseCell('Saline')).toBe('Saline');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(-0.25)).toBe(-0.25);
    expect(neutraliseCell('-0.25')).toBe('-0.25'); // a negative number written as text is a number
    expect(neutraliseCell('-1e-3')).toBe('-1e-3');
    expect(neutraliseCell('-')).toBe("'-");
  });

  it('safeCsvFormat keeps numbers as numbers', () => {
    const csv = safeCsvFormat([{ arm: '=HYPERLINK("x")', power: -0.5 }]);
    expect(csv).toBe('arm,power\n"\'=HYPERLINK(""x"")",-0.5');
  });

  it('the results CSV (app export and --format csv) and the heatmap CSV', () => {
    const s = JSON.parse(readFileSync('static/scenarios/dose-finding-t25fw.json', 'utf8'));
    s.simulation.sims = 100;
    s.design.nPerArm = [10];
    s.arms.forEach((a: { label: string }, i: number) => (a.label = i === 0 ? 'Placebo' : EVIL[i]));
    const v = validateScenario(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const rows = simulate(v.scenario).rows;
    for (const csv of [rowsToCsv(rows), heatmapCsv(v.scenario, rows)]) {
      const arms = csvParse(csv).map((r) => r.arm);
      expect(arms).toEqual(rows.map((r) => `'${r.arm}`));
      for (const line of csv.split('\n').slice(1)) expect(line).toMatch(/^"?'/);
      const power = csvParse(csv).map((r) => Number(r.power));
      expect(power).toEqual(rows.map((r) => r.power));
    }
  });
});
