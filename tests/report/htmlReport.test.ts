import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { justification } from '../../src/core/report/justification.ts';
import { intervalText, mcseText, pctFixed } from '../../src/core/report/numberText.ts';
import { plannedEffect, plannedEffectSentence } from '../../src/core/report/plannedEffect.ts';
import { CAUTION } from '../../src/core/report/summarySentences.ts';
import { scenarioLink, shareableScenario } from '../../src/core/share/shareableScenario.ts';
import { escapeHtml } from '../../src/report/escapeHtml.ts';
import { htmlReport, REPORT_CSP } from '../../src/report/htmlReport.ts';
import { scenarioJson } from '../../src/report/scenarioJson.ts';
import { META, quick, trialJson } from '../core/report/reportFixtures.ts';
import { xmlProblem } from './wellFormed.ts';

const EVIL = `<script>alert("x")</script> & 'q'`;
const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const section = (html: string, id: string) => /<section id="([^"]+)"/.test(html) ? (new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '') : '';

const evil = quick(
  trialJson('t25fw-edss6', (j) => {
    j.name = `Plan ${EVIL}`;
    j.description = `Why: ${EVIL}`;
    (j.arms as { label: string }[])[0].label = `Saline & "placebo"`;
    (j.arms as { label: string }[])[1].label = `<img src=x onerror=alert(1)>`;
    (j.simulation as { sims: number; seed?: string }).seed = `seed </pre><script>`;
  }),
  [6, 10, 14, 20],
);
const html = htmlReport({ scenario: evil.s, result: evil.r, ...META });

describe('htmlReport', () => {
  it('escapes every text from the scenario and loads nothing', () => {
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>|<\/pre><script/i);
    expect(html).toContain(`<h1>${escapeHtml(`Plan ${EVIL}`)}</h1>`);
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)>'));
    expect(html).toContain(escapeHtml('Saline & "placebo"'));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toMatch(/default-src 'none'/);
    expect(REPORT_CSP).not.toMatch(/script-src|https?:/);
    // No element that fetches: no link/script/img/iframe, no src= or url() or @import.
    const tags = [...html.matchAll(/<[^>]*>/g)].map((m) => m[0].replace(/"[^"]*"/g, "\"\""));
    expect(tags.filter((t) => /^<(link|script|img|iframe|object|embed|image|use)\b|\s(src|srcset|xlink:href)=/i.test(t))).toEqual([]);
    expect(/<style>([\s\S]*?)<\/style>/.exec(html)?.[1]).not.toMatch(/url\(|@import/);
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
    expect(xmlProblem(svg)).toBeNull();
  });

  it('holds the computed sections: assumptions with provenance, effect, figure, results with MCSE, paragraph, scenario, seed', () => {
    const { s, r } = evil;
    expect(section(html, 'assumptions').match(/class="badge reported"/g)?.length).toBe(4); // both arms' mean and SD
    expect(section(html, 'assumptions')).toContain('class="badge derived"'); // the dropout
    expect(section(html, 'planned-effect')).toContain(escapeHtml(plannedEffectSentence(plannedEffect(s))));
    expect(section(html, 'planned-effect')).toContain(escapeHtml(CAUTION)); // exploratory, unshrunk, no prior
    const results = section(html, 'results');
    for (const row of r.rows) {
      expect(results).toContain(`<td class="n power">${pctFixed(row.power)}</td>`);
      expect(results).toContain(`<td class="n">${mcseText(row.mcse)}</td>`);
      expect(results).toContain(`<td class="n">${intervalText(row.ci95)}</td>`);
    }
    expect(results.match(/<tr/g)?.length).toBe(r.rows.length + 1);
    expect(section(html, 'justification')).toContain(escapeHtml(justification({ scenario: s, result: r, ...META })));
    const reproduce = section(html, 'reproduce');
    const json = /<pre data-scenario-json>([\s\S]*?)<\/pre>/.exec(reproduce)?.[1] ?? '';
    expect(JSON.parse(unescape(json))).toEqual(JSON.parse(JSON.stringify(shareableScenario(s))));
    expect(reproduce).toContain(`href="${escapeHtml(scenarioLink(s, META.baseUrl))}"`);
    expect(html).toContain(escapeHtml(`seed "${s.simulation.seed}"`));
    expect(html).toContain(`Stride ${META.engineVersion}`);
    expect(html).toContain(`<time datetime="${META.date}">`);
    expect(section(html, 'figure')).toContain('data-arm="&lt;img src=x onerror=alert(1)&gt;"');
    // The validation summary, from the committed docs/validation.md.
    const checks = /\*\*\d+ of (\d+) checks pass\.\*\*/.exec(readFileSync('docs/validation.md', 'utf8'))?.[1];
    expect(section(html, 'validation')).toContain(`validated by ${checks} checks`);
  });

  it('has no caution with a shrunk effect; titles the figure with assurance under a prior; a fragment-only link is text', () => {
    const { s, r } = quick(trialJson('t25fw-edss6', (j) => ((j.effect = { basis: 'shrunk', shrinkage: 0.5 }), (j.effectPrior = { type: 'normal' }))), [10, 20]);
    const out = htmlReport({ scenario: s, result: r, ...META, baseUrl: '' });
    expect(out).not.toContain(escapeHtml(CAUTION));
    expect(out).toContain('<h2>Power and assurance</h2>');
    expect(out).toContain('data-assurance-arm="MSC-NP"');
    expect(out).toContain(`<span class="link">${scenarioLink(s, '')}</span>`);
    expect(section(out, 'results')).toContain('>Assurance</th>');
  });

  it('prints arrays of values on one line in the scenario JSON, and never changes a value', () => {
    const v = { n: [10, 20, 30], s: ['a,\nb', '[ x ]'], o: [{ k: 1 }], e: [] };
    expect(scenarioJson(v)).toContain('"n": [10, 20, 30]');
    expect(JSON.parse(scenarioJson(v))).toEqual(v);
  });
});
