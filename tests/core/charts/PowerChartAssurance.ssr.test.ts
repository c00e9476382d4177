import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PowerChart from '../../../src/lib/charts/PowerChart.svelte';
import { powerChartLayout } from '../../../src/lib/charts/powerChartLayout.ts';
import { hoverAt } from '../../../src/lib/charts/powerHover.ts';
import { hoverSummary } from '../../../src/lib/charts/hover.ts';
import type { PowerChartData } from '../../../src/lib/charts/types.ts';

const ns = [10, 20, 30];
const data: PowerChartData = {
  series: ['A', 'B'].map((arm, k) => ({
    arm,
    color: k ? '#D55E00' : '#0072B2',
    points: ns.map((n, i) => ({ n, power: 0.3 + 0.2 * i + 0.05 * k, lo: 0.28 + 0.2 * i, hi: 0.32 + 0.2 * i + 0.1 * k, mcse: 0.005, analytic: null })),
    assurance: ns.map((n, i) => ({ n, assurance: 0.25 + 0.15 * i, mcse: 0.005 })),
  })),
  targetPower: 0.8,
  marks: [],
  xLabel: 'n per arm',
  yLabel: 'Power',
  title: 'With a design prior',
  notes: [],
};

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('PowerChart with assurance', () => {
  it('keeps exactly one path[data-arm] per arm and adds one dotted assurance path per arm, with a legend entry', () => {
    const { body } = render(PowerChart, { props: { data, width: 480 } });
    expect(count(body, /<path[^>]* data-arm=/g)).toBe(2);
    expect(count(body, /<path[^>]* data-assurance-arm="A"[^>]*stroke-dasharray/g)).toBe(1);
    expect(count(body, /<path[^>]* data-assurance-arm="B"/g)).toBe(1);
    expect(body).toContain('assurance under the prior (dotted)');
  });

  it('without assurance points there is no assurance path or legend entry', () => {
    const plain = { ...data, series: data.series.map(({ assurance: _a, ...s }) => s) };
    const { body } = render(PowerChart, { props: { data: plain, width: 480 } });
    expect(body).not.toContain('data-assurance-arm');
    expect(body).not.toContain('assurance under the prior');
  });

  it('the hover text gives assurance next to power', () => {
    const L = powerChartLayout(data, { width: 480, height: 320 });
    expect(hoverSummary(hoverAt(L, 1))).toBe('n = 20: A 50.0% ± 0.5%, assurance 40.0%; B 55.0% ± 0.5%, assurance 40.0%');
  });

  it('a custom test id names the SVG', () => {
    expect(render(PowerChart, { props: { data, width: 480, testId: 'compare-chart' } }).body).toContain('data-testid="compare-chart"');
  });
});
