import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PowerChart from '../../../src/lib/charts/PowerChart.svelte';
import type { PowerChartData } from '../../../src/lib/charts/types.ts';

const data: PowerChartData = {
  series: [
    {
      arm: 'MSC-NP',
      color: '#0072B2',
      points: [10, 20, 30].map((n, i) => ({ n, power: [0.5, 0.82, 0.95][i], lo: [0.49, 0.81, 0.946][i], hi: [0.51, 0.83, 0.954][i], mcse: 0.004, analytic: [0.48, 0.8, 0.94][i] })),
    },
    {
      arm: 'Low dose',
      color: '#D55E00',
      points: [10, 20, 30].map((n, i) => ({ n, power: [0.3, 0.55, 0.75][i], lo: [0.29, 0.54, 0.74][i], hi: [0.31, 0.56, 0.76][i], mcse: 0.005, analytic: null })),
    },
  ],
  targetPower: 0.8,
  marks: [{ arm: 'MSC-NP', color: '#0072B2', n: 18, power: 0.8 }],
  xLabel: 'n per arm',
  yLabel: 'Power',
  title: 'T25FW, EDSS 6.0–6.5',
  notes: ['Welch t-test, two-sided α = 0.05 · 10% dropout · 10,000 trials per point · seed "msc-np" · Stride 0.1.0'],
};

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('PowerChart (server render)', () => {
  it('renders one data-arm curve per arm, bands, dashed analytic curve, target and mark', () => {
    const { body } = render(PowerChart, { props: { data, width: 360 } });
    expect(body).toContain('data-testid="power-chart"');
    expect(body).toContain('role="img"');
    expect(body).toContain('tabindex="0"');
    expect(body).toContain('width="360"');
    expect(count(body, /<path[^>]* data-arm="MSC-NP"/g)).toBe(1);
    expect(count(body, /<path[^>]* data-arm="Low dose"/g)).toBe(1);
    expect(count(body, /data-arm=/g)).toBe(2);
    expect(count(body, /data-band-arm=/g)).toBe(2);
    expect(count(body, /data-analytic-arm="MSC-NP"[^>]*stroke-dasharray/g)).toBe(1);
    expect(count(body, /data-analytic-arm=/g)).toBe(1);
    expect(body).toContain('80% target');
    expect(body).toContain('n = 18');
    expect(body).toContain('closed form (dashed)');
    expect(body).not.toContain('data-export-note');
  });

  it('export mode draws background, title and notes inside the SVG, without interaction', () => {
    const { body } = render(PowerChart, { props: { data, width: 800, height: 500, exportMode: true } });
    expect(body).toContain('data-export-background');
    expect(body).toContain('T25FW, EDSS 6.0–6.5</text>');
    expect(body).toContain('Stride 0.1.0</text>');
    expect(body).toContain('data-export-note');
    expect(body).not.toContain('tabindex');
    expect(body).toContain('height="500"');
  });
});
