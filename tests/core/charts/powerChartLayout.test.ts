import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/lib/charts/chartText.ts';
import { chartSummary, hoverSummary, stepHover, tooltipLayout } from '../../../src/lib/charts/hover.ts';
import { powerLegend } from '../../../src/lib/charts/powerMarks.ts';
import { defaultHeight, powerChartLayout, xDomain } from '../../../src/lib/charts/powerChartLayout.ts';
import { hoverAt, nearestPoint } from '../../../src/lib/charts/powerHover.ts';
import { frameLayout } from '../../../src/lib/charts/frameLayout.ts';
import type { CurvePoint, PowerChartData } from '../../../src/lib/charts/types.ts';
import { safeFilename } from '../../../src/lib/export/safeFilename.ts';

const pt = (n: number, power: number, analytic: number | null, half = 0.05): CurvePoint => ({
  n,
  power,
  lo: power - half,
  hi: power + half,
  mcse: half / 1.96,
  analytic,
});

function data(): PowerChartData {
  return {
    series: [
      { arm: 'A', color: '#0072B2', points: [pt(30, 0.95, 0.94, 0.02), pt(10, 0.5, 0.48), pt(20, 0.8, 0.79)] },
      { arm: 'B', color: '#D55E00', points: [pt(10, 0.3, null), pt(20, 0.55, null), pt(30, 0.75, null)] },
    ],
    targetPower: 0.8,
    marks: [{ arm: 'A', color: '#0072B2', n: 20, power: 0.8 }],
    xLabel: 'n per arm',
    yLabel: 'Power',
    title: 'Tiny example',
    notes: ['Welch t-test, two-sided α = 0.05 · 10% dropout · 10,000 trials per point · seed "msc-np" · Stride 0.1.0'],
  };
}

// width 400: legend wraps to 2 rows (36 px) → header 10 + 36 + 4 = 50 → plot top 60; bottom 300 − 40 = 260.
const opts = { width: 400, height: 300, margin: { top: 10, right: 20, bottom: 40, left: 40 } };

describe('powerChartLayout', () => {
  it('builds the plot frame, x scale over n (nice) and y scale 0..1 inverted', () => {
    const L = powerChartLayout(data(), opts);
    expect(L.frame.plot).toEqual({ left: 40, top: 60, right: 380, bottom: 260 });
    expect(L.x.domain()).toEqual([10, 30]);
    expect(L.y.domain()).toEqual([0, 1]);
    expect(L.y(0)).toBe(260);
    expect(L.y(1)).toBe(60);
    expect(L.axes.yTicks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(L.axes.yTicks.map((t) => t.pos)).toEqual([260, 220, 180, 140, 100, 60]);
    expect(L.axes.xTicks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(L.axes.xTicks[0]).toEqual({ value: 10, pos: 40, label: '10' });
    expect(L.axes.xTicks.at(-1)).toEqual({ value: 30, pos: 380, label: '30' });
    expect(L.ns).toEqual([10, 20, 30]);
  });

  it('nices an awkward n range and pads a single n', () => {
    const d = data();
    d.series[0].points = [pt(12, 0.5, null), pt(47, 0.9, null)];
    d.series[1].points = [];
    expect(xDomain(d)).toEqual([10, 50]);
    d.series[0].points = [pt(20, 0.5, null)];
    d.marks = [];
    const [lo, hi] = xDomain(d);
    expect(lo).toBeLessThan(20);
    expect(hi).toBeGreaterThan(20);
    d.series = [];
    expect(xDomain(d)).toEqual([0, 100]);
  });

  it('maps lo ≤ power ≤ hi to yHi ≤ y ≤ yLo (pixels grow downwards)', () => {
    const L = powerChartLayout(data(), opts);
    for (const s of L.series) {
      for (const p of s.points) {
        expect(p.lo).toBeLessThanOrEqual(p.power);
        expect(p.power).toBeLessThanOrEqual(p.hi);
        expect(p.yHi).toBeLessThanOrEqual(p.y);
        expect(p.y).toBeLessThanOrEqual(p.yLo);
      }
    }
    expect(L.series[0].points[0]).toMatchObject({ n: 10, x: 40, y: 160, yLo: 170, yHi: 150, yAnalytic: 164 });
  });

  it('draws linear paths with coordinates rounded to 0.1 px, points sorted by n', () => {
    const L = powerChartLayout(data(), { ...opts, curve: 'linear' });
    const [a, b] = L.series;
    expect(a.curve).toBe('M40,160L210,100L380,70');
    expect(a.band).toBe('M40,150L210,90L380,66L380,74L210,110L40,170Z');
    expect(a.analytic).toBe('M40,164L210,102L380,72');
    expect(b.curve).toBe('M40,200L210,150L380,110');
    // Odd sizes produce fractional pixels, never more than one decimal.
    const odd = powerChartLayout(data(), { width: 333, height: 217, curve: 'linear' });
    for (const s of odd.series) {
      for (const d of [s.curve, s.band, s.analytic ?? '']) {
        expect(d).not.toMatch(/\d\.\d\d/);
      }
    }
  });

  it('draws monotone curves (snapshot)', () => {
    const L = powerChartLayout(data(), opts);
    expect(L.series[0].curve).toMatchInlineSnapshot(`"M40,160C96.7,137.5,153.3,115,210,100C266.7,85,323.3,77.5,380,70"`);
    expect(L.series[0].band).toMatchInlineSnapshot(`"M40,150C96.7,127,153.3,104,210,90C266.7,76,323.3,71,380,66L380,74C323.3,84,266.7,94,210,110C153.3,126,96.7,148,40,170Z"`);
  });

  it('omits the analytic path when analytic values are null, and skips gaps otherwise', () => {
    const L = powerChartLayout(data(), opts);
    expect(L.series[1].analytic).toBeNull();
    expect(L.hasAnalytic).toBe(true);
    const d = data();
    d.series[0].points.forEach((p) => (p.analytic = null));
    const L2 = powerChartLayout(d, opts);
    expect(L2.series.every((s) => s.analytic === null)).toBe(true);
    expect(L2.hasAnalytic).toBe(false);
    expect(L2.frame.legend.map((i) => i.id ?? i.kind)).toEqual(['arm', 'arm', 'band']);
    const d3 = data();
    d3.series[0].points[1].analytic = null; // n = 10 after sorting
    const L3 = powerChartLayout(d3, { ...opts, curve: 'linear' });
    expect(L3.series[0].analytic).toBe('M210,102L380,72');
  });

  it('places the target line and target marks', () => {
    const L = powerChartLayout(data(), opts);
    expect(L.target.y).toBe(100);
    expect(L.target.label.text).toBe('80% target');
    expect(L.marks).toHaveLength(1);
    const m = L.marks[0];
    expect(m).toMatchObject({ arm: 'A', n: 20, x: 210, y: 100, label: 'n = 20' });
    // The label sits next to the marker and inside the plot.
    expect(Math.abs(m.labelX - m.x)).toBeLessThanOrEqual(7);
    expect(m.labelY).toBeGreaterThan(L.frame.plot.top);
    expect(m.labelY).toBeLessThan(L.frame.plot.bottom);
    const d = data();
    d.targetPower = 0.825;
    expect(powerChartLayout(d, opts).target.label.text).toBe('82.5% target');
  });

  it('gives two marks at the same point one shared label', () => {
    const d = data();
    d.marks = [
      { arm: 'A', color: '#0072B2', n: 20, power: 0.8 },
      { arm: 'B', color: '#D55E00', n: 20, power: 0.8 },
    ];
    const [m1, m2] = powerChartLayout(d, opts).marks;
    // One "n = 20" for both arms: two identical labels side by side would say nothing more.
    expect([m1.showLabel, m2.showLabel]).toEqual([true, false]);
    expect([m2.labelX, m2.labelY]).toEqual([m1.labelX, m1.labelY]);
  });

  it('adds title and wrapped notes only in export mode', () => {
    const L = powerChartLayout(data(), opts);
    expect(L.frame.title).toEqual([]);
    expect(L.frame.notes).toEqual([]);
    const E = powerChartLayout(data(), { ...opts, exportMode: true, width: 360, height: 360 });
    expect(E.frame.title.map((t) => t.text)).toEqual(['Tiny example']);
    expect(E.frame.notes.length).toBeGreaterThan(1); // wrapped at 360 px
    expect(E.frame.notes.map((n) => n.text).join(' · ')).toBe(data().notes[0]); // broken between clauses
    expect(E.frame.notes[0].y).toBeGreaterThan(E.frame.plot.bottom);
    expect(E.frame.notes.at(-1)!.y).toBeLessThanOrEqual(E.frame.height);
    expect(E.frame.plot.top).toBeGreaterThan(L.frame.plot.top);
  });

  it('gives a legible default height at 360 px', () => {
    const h = defaultHeight(data(), 360);
    const L = powerChartLayout(data(), { width: 360, height: h });
    expect(L.frame.plot.bottom - L.frame.plot.top).toBeGreaterThanOrEqual(180);
    expect(L.frame.height).toBe(h);
    expect(L.axes.xTicks.length).toBeGreaterThanOrEqual(2);
    expect(L.frame.legend.every((i) => i.x >= 0 && i.textX < 360)).toBe(true);
  });
});

describe('hover', () => {
  const L = powerChartLayout(data(), opts);

  it('nearestPoint snaps to the nearest simulated n', () => {
    expect(nearestPoint(L, 40)?.n).toBe(10);
    expect(nearestPoint(L, 124)?.n).toBe(10);
    expect(nearestPoint(L, 126)?.n).toBe(20);
    expect(nearestPoint(L, 10_000)?.n).toBe(30);
    expect(nearestPoint(L, -50)?.n).toBe(10);
    const p = nearestPoint(L, 215)!;
    expect(p).toMatchObject({ index: 1, n: 20, x: 210 });
    expect(p.rows.map((r) => [r.arm, r.power, r.analytic, r.y])).toEqual([
      ['A', 0.8, 0.79, 100],
      ['B', 0.55, null, 150],
    ]);
    expect(nearestPoint(powerChartLayout({ ...data(), series: [] }, opts), 100)).toBeNull();
  });

  it('hoverAt clamps the index', () => {
    expect(hoverAt(L, 99)?.n).toBe(30);
    expect(hoverAt(L, -3)?.n).toBe(10);
  });

  it('steps with arrow keys', () => {
    expect(stepHover(null, 'ArrowRight', 3)).toBe(0);
    expect(stepHover(null, 'ArrowLeft', 3)).toBe(2);
    expect(stepHover(2, 'ArrowRight', 3)).toBe(2);
    expect(stepHover(1, 'ArrowDown', 3)).toBe(0);
    expect(stepHover(1, 'End', 3)).toBe(2);
    expect(stepHover(1, 'Escape', 3)).toBeNull();
    expect(stepHover(1, 'a', 3)).toBeUndefined();
    expect(stepHover(null, 'ArrowRight', 0)).toBeUndefined();
  });

  it('lays out a tooltip with power ± MCSE and the closed form, inside the SVG', () => {
    const p = nearestPoint(L, 380)!;
    const t = tooltipLayout(L.frame, p);
    expect(t.lines.map((l) => l.text)).toEqual(['n = 30', 'A: 95.0% ± 1.0%', 'closed form 94.0%', 'B: 75.0% ± 2.6%']);
    expect(t.x + t.w).toBeLessThanOrEqual(L.frame.width);
    expect(t.x).toBeGreaterThanOrEqual(0);
    expect(t.x + t.w).toBeLessThanOrEqual(p.x); // flipped left of the guide at the right edge
    expect(hoverSummary(p)).toBe('n = 30: A 95.0% ± 1.0%, closed form 94.0%; B 75.0% ± 2.6%');
  });

  it('summarises the chart for screen readers', () => {
    expect(chartSummary(data())).toBe('Power curve: power against n per arm for A, B. A reaches 80% at n = 20.');
  });
});

describe('wrapText', () => {
  it('breaks between " · " clauses first, then between words', () => {
    expect(wrapText('aaaa · bbbb · cccc', 1000, 10)).toEqual(['aaaa · bbbb · cccc']);
    expect(wrapText('aaaa · bbbb · cccc', 70, 10)).toEqual(['aaaa · bbbb', 'cccc']);
    expect(wrapText('one two three four', 50, 10)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('x · one two three four', 50, 10)).toEqual(['x', 'one two', 'three', 'four']);
  });
});

describe('power legend in the common frame', () => {
  it('lists arms, then the band, closed form and assurance, and wraps onto rows within the width', () => {
    const entries = powerLegend(data().series);
    expect(entries.map((e) => e.id ?? e.kind)).toEqual(['arm', 'arm', 'band', 'analytic']);
    const frame = (width: number) => frameLayout(data(), entries, { width, plotHeight: 100, exportMode: false, margin: { top: 0, right: 0, bottom: 0, left: 0 } });
    expect(new Set(frame(1000).legend.map((e) => e.y)).size).toBe(1);
    const narrow = frame(200);
    expect(new Set(narrow.legend.map((e) => e.y)).size).toBeGreaterThan(1);
    expect(narrow.legend.every((e) => e.textX < 200 || e.x === 12)).toBe(true);
    expect(powerLegend([])).toEqual([]);
  });
});

describe('safeFilename', () => {
  it('makes portable file names', () => {
    expect(safeFilename('T25FW, EDSS 6.0–6.5 / power.png')).toBe('T25FW-EDSS-6.0-6.5-power.png');
    expect(safeFilename('Étude café: n=18?.svg')).toBe('Etude-cafe-n-18.svg');
    expect(safeFilename('  ../../etc/passwd ')).toBe('etc-passwd');
    expect(safeFilename('')).toBe('stride');
    expect(safeFilename('???.csv')).toBe('stride.csv');
    expect(safeFilename('con.png')).toBe('_con.png');
    expect(safeFilename('power - curve . png')).toBe('power-curve.png');
    const long = safeFilename(`${'x'.repeat(300)}.png`);
    expect(long.length).toBe(120);
    expect(long.endsWith('.png')).toBe(true);
  });
});
