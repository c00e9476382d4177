import { count, intervalText, mcseText, pct, pctFixed } from '../core/report/numberText.ts';
import type { ResultRow } from '../core/results/types.ts';
import { headlineIsBenefit, headlineRows } from '../core/results/headlineRows.ts';
import { nForTarget } from '../core/results/nForTarget.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import { assuranceApplies } from '../core/results/assuranceApplies.ts';
import { escapeHtml } from './escapeHtml.ts';

const cell = (text: string, cls = 'n') => `<td class="${cls}">${escapeHtml(text)}</td>`;

/**
 * The results table as the app shows it (ResultsTable.svelte): power with its Monte Carlo SE and 95%
 * interval per sample size and arm, power to show benefit for two-sided tests, assurance under a prior,
 * the closed form, and the first row reaching the target marked.
 */
export function resultsTableHtml(s: ResolvedScenario, rows: readonly ResultRow[]): string {
  const done = rows.filter((r) => r.sims > 0);
  const several = s.arms.length > 2;
  const unequal = s.design.allocation !== 1;
  const prior = assuranceApplies(s);
  const benefit = headlineIsBenefit(s);
  const hits = new Set(nForTarget(headlineRows(s, done), s.design.targetPower).map((t) => `${t.arm}|${t.nPerArm}`));
  const sorted = [...done].sort((a, b) => a.nPerArm - b.nPerArm || a.armIndex - b.armIndex);
  const head = [
    unequal ? `n ${s.arms[0].label} / treatment` : 'n per arm',
    'Total',
    ...(several ? ['Arm'] : []),
    'Power',
    'MCSE',
    '95% interval',
    ...(benefit ? ['Benefit', 'MCSE'] : []),
    ...(prior ? ['Assurance', 'MCSE'] : []),
    'Formula',
    'Trials',
  ];
  const body = sorted.map((r) => {
    const formula = benefit ? r.analyticPowerBenefit : r.analyticPower;
    const cells = [
      `<th scope="row" class="n">${escapeHtml(unequal ? `${r.nControl} / ${r.nTreatment}` : String(r.nPerArm))}</th>`,
      cell(count(r.nTotal)),
      ...(several ? [cell(r.arm, '')] : []),
      cell(pctFixed(r.power), 'n power'),
      cell(mcseText(r.mcse)),
      cell(intervalText(r.ci95)),
      ...(benefit ? [cell(pctFixed(r.powerBenefit), 'n power'), cell(mcseText(r.powerBenefitMcse))] : []),
      ...(prior ? [cell(r.assurance === null ? '–' : pctFixed(r.assurance)), cell(r.assuranceMcse === null ? '–' : mcseText(r.assuranceMcse))] : []),
      cell(formula === null ? '—' : pctFixed(formula)),
      cell(count(r.sims)),
    ];
    return `<tr${hits.has(`${r.arm}|${r.nPerArm}`) ? ' class="hit"' : ''}>${cells.join('')}</tr>`;
  });
  const caption =
    `Simulated power by sample size${several ? ' and treatment arm' : ''}. The marked row is the first to reach ${pct(s.design.targetPower)}` +
    `${benefit ? ' power to show benefit' : ''}; MCSE is the Monte Carlo standard error in percentage points.` +
    (benefit ? " Power counts significant results in either direction; Benefit only those in the treatment's favour, and Formula is its closed form." : ' Formula is the closed-form power where one exists.') +
    (prior ? ' Assurance is power averaged over the design prior.' : '');
  return (
    `<table class="results"><caption>${escapeHtml(caption)}</caption>\n` +
    `<thead><tr>${head.map((h, i) => `<th scope="col"${i === 2 && several ? '' : ' class="n"'}>${escapeHtml(h)}</th>`).join('')}</tr></thead>\n` +
    `<tbody>\n${body.join('\n')}\n</tbody></table>`
  );
}
