/**
 * One frame for every chart: the power chart's plot box, legend and notes come from the same
 * frameLayout as the small charts, its axes from the same axesLayout, and what it draws is plain
 * layer data whose keys stay put while a run refines the numbers (so Svelte keeps the DOM nodes).
 */
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axesLayout, tickCount } from '../../../src/lib/charts/axesLayout.ts';
import { frameLayout } from '../../../src/lib/charts/frameLayout.ts';
import { lineChartLayout } from '../../../src/lib/charts/lineChartLayout.ts';
import { plotMarks, type PlotMarks } from '../../../src/lib/charts/marks.ts';
import { DEFAULT_MARGIN, powerChartLayout } from '../../../src/lib/charts/powerChartLayout.ts';
import { powerLegend, powerPlotHeight } from '../../../src/lib/charts/powerMarks.ts';
import type { PowerChartData } from '../../../src/lib/charts/types.ts';

function power(shift = 0): PowerChartData {
  const pts = (k: number) => [10, 20, 30].map((n, i) => ({ n, power: 0.4 + 0.2 * i - 0.1 * k + shift, lo: 0.38 + 0.2 * i - 0.1 * k, hi: 0.42 + 0.2 * i - 0.1 * k + shift, mcse: 0.01, analytic: k ? null : 0.41 + 0.2 * i }));
  return {
    series: ['A', 'B'].map((arm, k) => ({ arm, color: k ? '#D55E00' : '#0072B2', points: pts(k) })),
    targetPower: 0.8,
    marks: [{ arm: 'A', color: '#0072B2', n: 30, power: 0.8 }],
    xLabel: 'n per arm',
    yLabel: 'Power',
    title: 'T',
    notes: ['a note'],
  };
}

const keys = (m: PlotMarks) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, (v as { key: string }[]).map((x) => x.key)]));

describe('the one chart frame', () => {
  it('the power chart frame is frameLayout with the power legend and plot height', () => {
    for (const exportMode of [false, true]) {
      const L = powerChartLayout(power(), { width: 500, height: 0, exportMode });
      const F = frameLayout(power(), powerLegend(power().series), { width: 500, plotHeight: powerPlotHeight(500), exportMode, margin: DEFAULT_MARGIN });
      expect(L.frame).toEqual(F);
    }
  });

  it('axesLayout takes scales, tick values and formats, not a chart type', () => {
    const plot = { left: 40, top: 10, right: 340, bottom: 210 };
    const x = scaleLinear().domain([0, 30]).range([40, 340]);
    const y = scaleLinear().domain([0, 1]).range([210, 10]);
    const A = axesLayout(plot, { scale: x, ticks: [0, 15, 30], format: (v) => `n${v}` }, { scale: y, ticks: [0, 0.5, 1], format: (v) => `${v * 100}%` }, { xLabelLines: ['n'], yLabel: 'Power', xGrid: true });
    expect(A.xTicks).toEqual([
      { value: 0, pos: 40, label: 'n0' },
      { value: 15, pos: 190, label: 'n15' },
      { value: 30, pos: 340, label: 'n30' },
    ]);
    expect(A.yTicks.map((t) => [t.pos, t.label])).toEqual([[210, '0%'], [110, '50%'], [10, '100%']]);
    expect(A.xGrid).toBe(true);
    expect(A.xLabel).toEqual([{ text: 'n', x: 190, y: 246 }]);
    expect(A.yLabel).toEqual({ text: 'Power', x: 4, y: 110 });
    expect([tickCount(100, 70), tickCount(700, 70), tickCount(5000, 70)]).toEqual([2, 10, 10]);
  });

  it('the power chart draws bands, the target rule, closed form, curves, dots and labels as layers', () => {
    const L = powerChartLayout(power(), { width: 500, height: 0 });
    const m = L.layers;
    expect(m.areas.map((a) => a.attrs['data-band-arm'])).toEqual(['A', 'B']);
    expect(m.rules.map((r) => [r.y1, r.y2, r.attrs])).toEqual([[L.target.y, L.target.y, { 'data-target-line': '' }]]);
    expect(m.lines.map((l) => Object.keys(l.attrs)[0])).toEqual(['data-analytic-arm', 'data-arm', 'data-arm']);
    expect(m.dots.filter((d) => 'data-point-arm' in d.attrs)).toHaveLength(6);
    expect(m.dots.filter((d) => 'data-mark-arm' in d.attrs)).toHaveLength(1);
    expect(m.labels.map((l) => l.text)).toEqual(['80% target', 'n = 30']);
    expect(L.axes.xGrid).toBe(true);
  });

  it('keys are unique within each layer and stay the same when a run refines the numbers', () => {
    const a = keys(powerChartLayout(power(), { width: 500, height: 0 }).layers);
    const b = keys(powerChartLayout(power(0.05), { width: 500, height: 0 }).layers);
    expect(b).toEqual(a);
    for (const list of Object.values(a)) expect(new Set(list).size).toBe(list.length);
  });

  it('plotMarks merges layers in order', () => {
    const dot = (key: string) => ({ key, x: 0, y: 0, r: 1, color: '#000', attrs: {} });
    expect(plotMarks({ dots: [dot('a')] }, {}, { dots: [dot('b')] }).dots.map((d) => d.key)).toEqual(['a', 'b']);
  });

  it('line charts share the layers: series, bands, marker rule and label', () => {
    const L = lineChartLayout(
      {
        series: [{ label: 'S', color: '#0072B2', points: [0, 1, 2].map((x) => ({ x, y: 0.3 * x, lo: 0.3 * x - 0.02, hi: 0.3 * x + 0.02 })) }],
        markers: [{ x: 1, label: 'as planned', color: '#6b7280', dashed: true }],
        highlights: [],
        xLabel: 'x',
        yLabel: 'y',
        xFormat: 'decimal',
        yFormat: 'percent',
        title: '',
        notes: [],
      },
      { width: 400, exportMode: false },
    );
    expect(L.marks.lines.map((l) => l.attrs['data-series'])).toEqual(['S']);
    expect(L.marks.areas.map((a) => a.attrs['data-band'])).toEqual(['S']);
    expect(L.marks.rules.map((r) => [r.attrs['data-marker'], r.dash])).toEqual([['as planned', '4 3']]);
    expect(L.marks.labels.map((l) => l.text)).toEqual(['as planned']);
    expect(L.axes.yTicks.at(-1)?.label).toBe('100%');
  });
});
