import { fmtDiff } from '../core/report/numberText.ts';
import type { PlannedEffect } from '../core/report/plannedEffect.ts';
import { escapeHtml } from './escapeHtml.ts';

/** Each treatment arm's difference from the control: as given, its standard error, and as planned. */
export function plannedEffectTableHtml(e: PlannedEffect): string {
  const unit = e.unit ? ` (${e.unit})` : '';
  const given = e.fromModel ? 'From the model' : 'Observed';
  const rows = e.arms.map(
    (a) => `<tr><th scope="row">${escapeHtml(a.arm)}</th><td class="n">${escapeHtml(fmtDiff(a.observed))}</td><td class="n">${escapeHtml(fmtDiff(a.se))}</td><td class="n power">${escapeHtml(fmtDiff(a.planned))}</td></tr>`,
  );
  return (
    `<table class="planned"><caption>${escapeHtml(`Difference from ${e.control}${unit}`)}</caption>\n` +
    `<thead><tr><th scope="col">Arm</th><th scope="col" class="n">${given}</th><th scope="col" class="n">SE</th><th scope="col" class="n">Planned</th></tr></thead>\n` +
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}
