import { assuranceApplies } from '../core/results/assuranceApplies.ts';
import { assumptionSummary, type AssumptionSummary } from '../core/report/assumptionSummary.ts';
import { justificationFromSummary } from '../core/report/justification.ts';
import { plannedEffectSentence, simulatedValuesSentence } from '../core/report/plannedEffect.ts';
import { count } from '../core/report/numberText.ts';
import { CAUTION } from '../core/report/summarySentences.ts';
import type { SimulationResult } from '../core/results/types.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import { shareableScenario } from '../core/share/shareableScenario.ts';
import { toChartData } from '../lib/results/toChartData.ts';
import { assumptionRows, assumptionsTableHtml } from './assumptionsTable.ts';
import { escapeHtml } from './escapeHtml.ts';
import { plannedEffectTableHtml } from './plannedEffectTable.ts';
import { powerChartSvg } from './powerChartSvg.ts';
import { REPORT_CSS } from './reportStyle.ts';
import { resultsTableHtml } from './resultsTable.ts';
import { scenarioJson } from './scenarioJson.ts';
import { validationSectionHtml } from './validationSection.ts';
import { VALIDATION_MARKDOWN } from './validationSource.ts';

export interface HtmlReportInput {
  scenario: ResolvedScenario;
  result: SimulationResult;
  engineVersion: string;
  /** YYYY-MM-DD: the report's date and the paragraph's. */
  date: string;
  /** The address the share link starts with ('' for the `#s=…` fragment alone). */
  baseUrl: string;
  /** The run stopped early: its counts are stated in the paragraph. */
  partial?: boolean;
}

/** No scripts, no remote loads, no forms: only the inline stylesheet (and inline SVG, which needs no load). */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Figure width in SVG units, as the app's SVG/PNG export (ExportBar's FIGURE_WIDTH). */
const FIGURE_WIDTH = 800;

const p = (text: string, cls = '') => (text === '' ? '' : `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</p>`);

function effectSection(m: AssumptionSummary): string {
  const s = m.scenario;
  return [
    p(plannedEffectSentence(m.effect)),
    p(simulatedValuesSentence(s, m.effect)),
    m.exploratoryCaution ? `<p class="caution" data-caution>${escapeHtml(CAUTION)}</p>` : '',
    plannedEffectTableHtml(m.effect),
  ].join('\n');
}

function reproduceSection(m: AssumptionSummary): string {
  const s = m.scenario;
  const link = m.link ?? '';
  // A link that only works from the app's own address is shown as text: in a file it would go nowhere.
  const shown = /^https?:/.test(link) ? `<a class="link" href="${escapeHtml(link)}">${escapeHtml(link)}</a>` : `<span class="link">${escapeHtml(link)}</span>`;
  return [
    p(`Seed "${s.simulation.seed}", ${count(m.sims)} simulated trials per sample size, Stride ${m.engineVersion}: the same scenario and seed give these numbers exactly.`),
    `<p>Share link (opens the scenario with its seed in Stride): ${shown}</p>`,
    '<p>The scenario as written (JSON; load it in the app or give it to the command line):</p>',
    `<pre data-scenario-json>${escapeHtml(scenarioJson(shareableScenario(s)))}</pre>`,
  ].join('\n');
}

/**
 * The one-click report: a self-contained HTML document (inline stylesheet and SVG, no script, nothing
 * fetched) with the assumptions and their provenance, the planned effect, the power figure, the results
 * with their Monte Carlo error, the justification paragraph, the scenario with its seed and link, and the
 * validation summary. The app's "Report (HTML)" and the command line's `--format html` both write this.
 */
export function htmlReport(i: HtmlReportInput): string {
  const s = i.scenario;
  const m = assumptionSummary(s, i.result, { engineVersion: i.engineVersion, date: i.date, baseUrl: i.baseUrl, partial: i.partial });
  const title = s.name ?? 'Sample-size plan';
  const chart = toChartData(s, i.result.rows, i.result);
  const section = (id: string, heading: string, body: string, breakBefore = false) =>
    `<section id="${id}"${breakBefore ? ' class="page-break"' : ''}>\n<h2>${escapeHtml(heading)}</h2>\n${body}\n</section>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Stride ${escapeHtml(i.engineVersion)}">
<title>${escapeHtml(title)}: power report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta" data-report-meta>Power report · simulated on <time datetime="${escapeHtml(i.date)}">${escapeHtml(i.date)}</time> · Stride ${escapeHtml(i.engineVersion)} · seed "${escapeHtml(s.simulation.seed)}"</p>
${s.description ? p(s.description, 'meta') : ''}
</header>
${section('assumptions', 'Assumptions', assumptionsTableHtml(assumptionRows(s, m.effect)))}
${section('planned-effect', 'Planned effect', effectSection(m))}
${section('figure', assuranceApplies(s) ? 'Power and assurance' : 'Power', `<figure class="figure">${powerChartSvg(chart, FIGURE_WIDTH)}</figure>`, true)}
${section('results', 'Results', resultsTableHtml(s, i.result.rows), true)}
${section('justification', 'Sample-size justification', p(justificationFromSummary(m), 'justification'))}
${section('reproduce', 'Reproduce', reproduceSection(m), true)}
${validationSectionHtml(VALIDATION_MARKDOWN, i.engineVersion)}
<footer>Written by Stride ${escapeHtml(i.engineVersion)}, an in-browser Monte Carlo trial simulator. This file is self-contained: it loads nothing from the network.</footer>
</body>
</html>
`;
}
