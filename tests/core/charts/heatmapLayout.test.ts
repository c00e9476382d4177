import { describe, expect, it } from 'vitest';
import { heatColor, luminance, textOn, VIRIDIS } from '../../../src/lib/charts/heatColor.ts';
import { heatmapLayout } from '../../../src/lib/charts/heatmapLayout.ts';
import type { HeatmapData } from '../../../src/lib/charts/heatmapTypes.ts';

const ns = [10, 20, 30, 40];
const data: HeatmapData = {
  rows: [
    { arm: 'High', label: 'High (20)' },
    { arm: 'Low', label: 'Low (5)' },
  ],
  ns,
  cells: ['High', 'Low'].flatMap((arm, a) => ns.map((n, i) => ({ arm, n, power: (i + 1) / (a + 5), mcse: 0.01, hit: arm === 'High' && n === 40 }))),
  targetPower: 0.8,
  xLabel: 'n per arm',
  yLabel: 'Dose',
  title: 'Dose finding: power by dose and n',
  notes: ['seed "x"'],
};

describe('heatColor', () => {
  it('runs along the viridis stops, dark for low power and light for high', () => {
    expect(heatColor(0)).toBe('rgb(68, 1, 84)');
    expect(heatColor(1)).toBe('rgb(253, 231, 37)');
    expect(heatColor(1.5)).toBe(heatColor(1));
    expect(heatColor(NaN)).toBe('#e5e7eb');
    const l = [0, 0.25, 0.5, 0.75, 1].map((p) => luminance(heatColor(p)));
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1]); // monotone in lightness: readable in grey
    expect(VIRIDIS).toHaveLength(5);
  });

  it('puts white text on dark cells and dark text on light ones (contrast ≥ 4.5 either way)', () => {
    for (let p = 0; p <= 1; p += 0.05) {
      const fill = heatColor(p);
      const l = luminance(fill);
      const text = textOn(fill);
      const contrast = text === '#ffffff' ? 1.05 / (l + 0.05) : (l + 0.05) / (luminance('#000000') + 0.05);
      expect(contrast).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('heatmapLayout', () => {
  it('gives one cell per arm and n, in rows top to bottom, with printed values when they fit', () => {
    const L = heatmapLayout(data, 640, false);
    expect(L.cells).toHaveLength(8);
    const high = L.cells.filter((c) => c.arm === 'High');
    const low = L.cells.filter((c) => c.arm === 'Low');
    expect(high.every((c) => c.y < low[0].y)).toBe(true);
    expect(high.map((c) => c.text)).toEqual(['20%', '40%', '60%', '80%']);
    expect(high.map((c) => c.x)).toEqual([...high.map((c) => c.x)].sort((a, b) => a - b));
    expect(L.cells.filter((c) => c.hit).map((c) => `${c.arm}|${c.n}`)).toEqual(['High|40']);
    expect(L.frame.title).toEqual([]);
    expect(L.frame.notes).toEqual([]);
    expect(L.axes.yTicks.map((r) => r.label)).toEqual(['High (20)', 'Low (5)']);
  });

  it('turns a quarter on a narrow screen so every value is printed (n down, arms across from the lowest dose)', () => {
    const many = Array.from({ length: 15 }, (_, i) => 10 + 5 * i);
    const d = { ...data, ns: many, cells: many.flatMap((n) => ['High', 'Low'].map((arm) => ({ arm, n, power: 0.5, mcse: 0.01, hit: false }))) };
    const L = heatmapLayout(d, 360, false);
    expect(L.transposed).toBe(true);
    expect(L.cells.every((c) => c.text === '50%')).toBe(true);
    expect(L.axes.yTicks.map((r) => r.label)).toEqual(many.map(String));
    expect(L.axes.xTicks.map((c) => c.label)).toEqual(['Low (5)', 'High (20)']);
    expect(L.axes.yLabel.text).toBe('n per arm');
    expect(L.axes.xLabel).toEqual([]);
    // An export keeps the usual orientation (and drops values that do not fit).
    const ns60 = Array.from({ length: 60 }, (_, i) => 10 + i);
    const E = heatmapLayout({ ...d, ns: ns60, cells: ns60.map((n) => ({ arm: 'High', n, power: 0.5, mcse: 0.01, hit: false })) }, 360, true);
    expect(E.transposed).toBe(false);
    expect(E.cells.every((c) => c.text === '')).toBe(true);
    expect(E.axes.xTicks.length).toBeLessThan(60);
    expect(E.cells.filter((c) => c.arm === 'Low').every((c) => Number.isNaN(c.power))).toBe(true);
  });

  it('export mode adds the title and notes and grows the figure', () => {
    const a = heatmapLayout(data, 800, false);
    const b = heatmapLayout(data, 800, true);
    expect(b.frame.title[0].text).toBe('Dose finding: power by dose and n');
    expect(b.frame.notes.map((n) => n.text)).toEqual(['seed "x"']);
    expect(b.frame.height).toBeGreaterThan(a.frame.height);
  });
});
