/**
 * Chart labels never collide: no two label boxes overlap, no label covers a target mark, and no
 * curve drawn passes through a label. Boxes use the layout's own text-width estimate
 * (textWidth: 0.58 em per character, generous for system-ui); curves are sampled from the SVG path
 * strings the charts draw, every pixel. Scenarios are the ones that used to collide.
 */
import { describe, expect, it } from 'vitest';
import { type Box, labelBox, overlaps } from '../../../src/lib/charts/labelPlacement.ts';
import { lineChartLayout } from '../../../src/lib/charts/lineChartLayout.ts';
import { MARKER_FONT } from '../../../src/lib/charts/markerLayout.ts';
import { samplePath } from '../../../src/lib/charts/pathSample.ts';
import { defaultHeight, powerChartLayout } from '../../../src/lib/charts/powerChartLayout.ts';
import { MARK_FONT } from '../../../src/lib/charts/powerLabels.ts';
import type { LineChartData } from '../../../src/lib/charts/figureTypes.ts';
import type { CurvePoint, PowerChartData } from '../../../src/lib/charts/types.ts';

const strictlyInside = (p: { x: number; y: number }, b: Box) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;

/** Every collision in a set of labelled boxes and curves, in words (empty when clean). */
function collisions(labels: { text: string; box: Box }[], curves: (string | null)[], dots: Box[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) if (overlaps(labels[i].box, labels[j].box)) out.push(`"${labels[i].text}" overlaps "${labels[j].text}"`);
  const pts = curves.flatMap((d) => (d ? samplePath(d, 1) : []));
  for (const l of labels) {
    const hit = pts.find((p) => strictlyInside(p, l.box));
    if (hit) out.push(`a curve crosses "${l.text}" at (${hit.x.toFixed(1)}, ${hit.y.toFixed(1)})`);
    for (const d of dots) if (overlaps(l.box, d)) out.push(`"${l.text}" covers a mark`);
  }
  return out;
}

function powerCollisions(data: PowerChartData, width: number): string[] {
  const L = powerChartLayout(data, { width, height: defaultHeight(data, width) });
  const labels = [
    { text: L.target.label.text, box: labelBox(L.target.label.text, L.target.label.x, L.target.label.y, 'start', MARK_FONT) },
    ...L.marks.filter((m) => m.showLabel).map((m) => ({ text: m.label, box: labelBox(m.label, m.labelX, m.labelY, m.labelAnchor, MARK_FONT) })),
  ];
  const dots = L.marks.map((m) => ({ x0: m.x - 4.5, y0: m.y - 4.5, x1: m.x + 4.5, y1: m.y + 4.5 }));
  return collisions(labels, L.series.flatMap((s) => [s.curve, s.analytic, s.assurance]), dots);
}

/** A power curve 1 − exp(−n/scale), with a ±2-point band. */
function curve(ns: number[], f: (n: number) => number, analytic = false): CurvePoint[] {
  return ns.map((n) => ({ n, power: f(n), lo: f(n) - 0.02, hi: f(n) + 0.02, mcse: 0.01, analytic: analytic ? Math.min(1, f(n) + 0.01) : null }));
}

const range = (a: number, b: number, s: number) => Array.from({ length: Math.floor((b - a) / s) + 1 }, (_, i) => a + i * s);
const rise = (scale: number, floor = 0.05) => (n: number) => floor + (1 - floor) * (1 - Math.exp(-n / scale));

function chart(series: PowerChartData['series'], target = 0.8): PowerChartData {
  const marks = series.flatMap((s) => {
    const p = [...s.points].sort((a, b) => a.n - b.n).find((q) => q.power >= target);
    return p ? [{ arm: s.arm, color: s.color, n: p.n, power: p.power }] : [];
  });
  return { series, targetPower: target, marks, xLabel: 'Patients randomised per arm', yLabel: 'Power', title: '', notes: [] };
}

const COLORS = ['#0072B2', '#D55E00', '#009E73'];

describe('power chart labels', () => {
  const scenarios: Record<string, PowerChartData> = {
    // Two dose arms reach 80% at the same n with nearly the same power: two "n = 14" marks.
    'two arms, same n': chart([
      { arm: 'Low', color: COLORS[0], points: curve(range(6, 40, 2), rise(8.2)) },
      { arm: 'High', color: COLORS[1], points: curve(range(6, 40, 2), rise(7.9)) },
      { arm: 'Mid', color: COLORS[2], points: curve(range(6, 40, 2), rise(30)) },
    ]),
    // The curve passes through 80% at the left edge, where "80% target" used to sit.
    'target label on the curve': chart([{ arm: 'MSC-NP', color: COLORS[0], points: curve(range(6, 40, 2), rise(3.9, 0.3), true) }]),
    // A shallow curve that hugs the target line over most of the plot.
    'curve along the target line': chart([{ arm: 'MSC-NP', color: COLORS[0], points: curve(range(6, 40, 2), (n) => 0.74 + 0.0032 * n, true) }]),
    // The seed T25FW curve shape (reaches 80% near n = 14), with its closed form and assurance.
    'seed T25FW': (() => {
      const d = chart([{ arm: 'MSC-NP', color: COLORS[0], points: curve(range(6, 40, 2), rise(8.5), true) }]);
      d.series[0].assurance = range(6, 40, 2).map((n) => ({ n, assurance: 0.1 + 0.6 * (1 - Math.exp(-n / 20)), mcse: 0.01 }));
      return d;
    })(),
  };
  for (const [name, data] of Object.entries(scenarios))
    for (const width of [340, 390, 640, 900])
      it(`${name} at ${width} px`, () => {
        expect(powerCollisions(data, width)).toEqual([]);
      });

  it('detects a collision when there is one (the check can fail)', () => {
    const L = powerChartLayout(scenarios['target label on the curve'], { width: 640, height: 360 });
    const s = L.series[0];
    const at = s.points[0];
    expect(collisions([{ text: '80% target', box: labelBox('80% target', at.x - 5, at.y + 3, 'start', MARK_FONT) }], [s.curve])).toHaveLength(1);
    expect(collisions([{ text: 'a', box: { x0: 0, y0: 0, x1: 10, y1: 10 } }, { text: 'b', box: { x0: 5, y0: 5, x1: 15, y1: 15 } }], [])).toEqual(['"a" overlaps "b"']);
  });
});

describe('line chart labels (sensitivity, explanation figures)', () => {
  function lineCollisions(data: LineChartData, width: number): string[] {
    const L = lineChartLayout(data, { width, exportMode: false });
    const labels = [
      ...L.markers.map((m) => ({ text: m.label, box: labelBox(m.label, m.labelX, m.labelY, m.anchor, MARKER_FONT) })),
      ...L.highlights.map((h) => ({ text: h.label, box: labelBox(h.label, h.labelX, h.labelY, h.anchor, 12) })),
    ];
    return collisions(labels, L.marks.lines.map((l) => l.d));
  }
  const factors = range(0, 2, 0.25);
  // Sensitivity: power against the effect multiple; at 1× ("as planned") power is near 100%, so the
  // curve runs through the top of the plot where the marker's label used to sit.
  const sensitivity = (powerAt: (f: number) => number, arms = 1): LineChartData => ({
    series: Array.from({ length: arms }, (_, i) => ({
      label: `Arm ${i + 1}`,
      color: COLORS[i],
      points: factors.map((x) => ({ x, y: Math.min(1, powerAt(x) * (1 - 0.05 * i)), lo: powerAt(x) - 0.02, hi: powerAt(x) + 0.02 })),
    })),
    markers: [{ x: 1, label: 'as planned', color: '#6b7280', dashed: true }],
    highlights: [],
    xLabel: 'Effect as a multiple of the planned difference',
    yLabel: 'Power',
    xFormat: 'decimal',
    yFormat: 'percent',
    title: '',
    notes: [],
  });
  const cases: Record<string, LineChartData> = {
    'curve through "as planned" at the top': sensitivity((f) => 1 - 0.95 * Math.exp(-3.2 * f * f)),
    'curves through the top and the bottom': sensitivity((f) => 0.05 + 0.95 / (1 + Math.exp(-8 * (f - 0.9))), 3),
    'low curve along the bottom': sensitivity((f) => 0.05 + 0.1 * f),
  };
  for (const [name, data] of Object.entries(cases))
    for (const width of [340, 390, 640])
      it(`${name} at ${width} px`, () => {
        expect(lineCollisions(data, width)).toEqual([]);
      });

  it('a highlighted point and a marker at the same x keep their labels apart and off the curve', () => {
    const d = sensitivity((f) => 1 - 0.95 * Math.exp(-3.2 * f * f));
    d.highlights = [{ x: 1, y: 1 - 0.95 * Math.exp(-3.2), color: COLORS[1], label: '96% at 1×' }];
    for (const w of [340, 640]) expect(lineCollisions(d, w)).toEqual([]);
  });
});

describe('samplePath', () => {
  it('walks lines and cubic Béziers as d3 writes them', () => {
    expect(samplePath('M0,0L10,0', 5)).toEqual([
      { x: 0, y: 0 },
      { x: 5, y: 0 },
      { x: 10, y: 0 },
    ]);
    // A symmetric cubic from (0,0) to (30,0) bulging up to y = −7.5 at t = ½ (¾ of the control height).
    const pts = samplePath('M0,0C0,-10,30,-10,30,0', 1);
    expect(pts.at(-1)).toEqual({ x: 30, y: 0 });
    expect(Math.min(...pts.map((p) => p.y))).toBeCloseTo(-7.5, 1);
    expect(samplePath('M0,0L4,0L4,4Z', 2).at(-1)).toEqual({ x: 0, y: 0 });
  });
});
