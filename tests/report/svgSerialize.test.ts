import { describe, expect, it } from 'vitest';
import { powerChartLayout } from '../../src/lib/charts/powerChartLayout.ts';
import { toChartData } from '../../src/lib/results/toChartData.ts';
import { escapeHtml } from '../../src/report/escapeHtml.ts';
import { powerChartSvg } from '../../src/report/powerChartSvg.ts';
import { el, text } from '../../src/report/svgElement.ts';
import { quick, trialJson } from '../core/report/reportFixtures.ts';
import { xmlProblem } from './wellFormed.ts';

const EVIL = `<script>alert("x")</script> & 'q'`;

describe('escapeHtml and the SVG element writer', () => {
  it('escapes the five markup characters, in text and attributes', () => {
    expect(escapeHtml(EVIL)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(el('g', { 'data-arm': EVIL, hidden: false, x: undefined, y: 0.5 })).toBe(`<g data-arm="${escapeHtml(EVIL)}" y="0.5"/>`);
    expect(text({ x: 1 }, EVIL)).toBe(`<text x="1">${escapeHtml(EVIL)}</text>`);
    expect(xmlProblem(el('g', {}, text({}, EVIL)))).toBeNull();
    // The checker itself catches what it must.
    expect(xmlProblem('<g><text>a < b</text></g>')).not.toBeNull();
    expect(xmlProblem('<g a="1 & 2"/>')).not.toBeNull();
    expect(xmlProblem('<g><path/>')).not.toBeNull();
  });
});

describe('powerChartSvg', () => {
  const { s, r } = quick(
    trialJson('t25fw-edss6', (j) => {
      j.name = `Plan ${EVIL}`;
      (j.arms as { label: string }[])[1].label = `MSC <b>&</b> "NP"`;
      j.effectPrior = { type: 'normal' };
    }),
    [6, 10, 14, 20],
  );
  const data = toChartData(s, r.rows, r);
  const svg = powerChartSvg(data, 800);
  const L = powerChartLayout(data, { width: 800, height: 0, exportMode: true });

  it('is well-formed XML with every scenario text escaped', () => {
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain(escapeHtml(`MSC <b>&</b> "NP"`));
    expect(svg).toContain(`<title>${escapeHtml(`Plan ${EVIL}`)}</title>`);
  });

  it("draws the app's layout: its size, curves, bands, assurance, ticks, legend and notes", () => {
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${L.frame.width}" height="${L.frame.height}" viewBox="0 0 ${L.frame.width} ${L.frame.height}"`));
    const series = L.series[0];
    for (const d of [series.curve, series.band, series.analytic, series.assurance]) {
      expect(d).toBeTruthy();
      expect(svg).toContain(`d="${d}"`);
    }
    for (const t of [...L.axes.xTicks, ...L.axes.yTicks]) expect(svg).toContain(`>${escapeHtml(t.label)}</text>`);
    for (const e of L.frame.legend) expect(svg).toContain(`>${escapeHtml(e.label)}</text>`);
    for (const n of L.frame.notes) expect(svg).toContain(`>${escapeHtml(n.text)}</text>`);
    expect(svg.match(/<circle /g)?.length).toBe(L.layers.dots.length);
    expect(svg).toContain(`>${escapeHtml(L.target.label.text)}</text>`);
  });
});
