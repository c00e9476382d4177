import { shapeWeightsText } from '../core/report/shapePriorSentence.ts';
import { analysisPhrase, endpointPhrase } from '../core/report/describeScenario.ts';
import { displayScenario } from '../core/report/displayScenario.ts';
import { count, pct, signed } from '../core/report/numberText.ts';
import { basisPhrase, type PlannedEffect } from '../core/report/plannedEffect.ts';
import type { Provenance, ResolvedArm, ResolvedScenario } from '../core/scenario/types.ts';
import type { ProvenanceField } from '../core/scenario/resolvedTypes.ts';
import { escapeHtml } from './escapeHtml.ts';
import { estimandSentence } from '../core/report/estimandSentence.ts';
import { provenanceBadge } from './provenanceBadge.ts';

/** One assumption: what it is, its value in words, and where it came from (null: not a number from a source). */
export interface AssumptionRow {
  what: string;
  value: string;
  provenance: Provenance | null;
}

/** An arm value's provenance as the app shows it: as the scenario states it, "assumed" when it states none. */
const from = (a: ResolvedArm, field: ProvenanceField): Provenance => a.provenance[field];

function armRows(s: ResolvedScenario): AssumptionRow[] {
  const shown = displayScenario(s);
  const unit = s.endpoint.type === 'continuous' ? (s.endpoint.unit ? ` ${s.endpoint.unit}` : '') : '%';
  const doseUnit = s.doseResponse?.unit ? ` ${s.doseResponse.unit}` : '';
  return shown.arms.flatMap((a, i): AssumptionRow[] => [
    ...(a.dose !== undefined && s.doseResponse ? [{ what: `${a.label}: dose`, value: `${a.dose}${doseUnit}`, provenance: from(s.arms[i], 'dose') }] : []),
    ...(s.endpoint.type === 'binary'
      ? [{ what: `${a.label}: response rate`, value: pct(a.rate ?? NaN), provenance: from(s.arms[i], 'rate') }]
      : [
          { what: `${a.label}: mean`, value: `${signed(a.mean ?? NaN)}${unit}`, provenance: from(s.arms[i], 'mean') },
          { what: `${a.label}: SD`, value: `${a.sd}${unit}`, provenance: from(s.arms[i], 'sd') },
        ]),
    // An arm's own dropout, when it has one; the design's is a row of its own.
    ...(s.written.arms[i].dropout !== undefined ? [{ what: `${a.label}: dropout`, value: pct(a.dropout), provenance: from(s.arms[i], 'dropout') }] : []),
    ...(s.written.arms[i].lossOfAmbulation !== undefined
      ? [{ what: `${a.label}: loss of ambulation`, value: pct(s.arms[i].lossOfAmbulation), provenance: from(s.arms[i], 'lossOfAmbulation') }]
      : []),
  ]);
}

/** The design dropout's provenance: the arms' common one, else assumed (as the paragraph says it). */
function dropoutProvenance(s: ResolvedScenario): Provenance {
  const p = new Set(s.arms.map((a) => from(a, 'dropout')));
  return p.size === 1 ? [...p][0] : 'assumed';
}

/**
 * Every assumption the plan rests on, with its provenance: the arms' values as the source gives them
 * (or as assumed), then the planning choices (assumed by definition).
 */
export function assumptionRows(s: ResolvedScenario, effect: PlannedEffect): AssumptionRow[] {
  const grid = s.design.nPerArm;
  return [
    { what: 'Primary endpoint', value: endpointPhrase(s), provenance: null },
    ...armRows(s),
    { what: 'Dropout before the primary timepoint', value: pct(s.design.dropout), provenance: dropoutProvenance(s) },
    { what: 'Planned effect', value: basisPhrase(effect), provenance: 'assumed' },
    ...(s.effect.basis === 'lower-bound' || s.effectPrior ? [{ what: 'Patients per arm in the source', value: count(s.effect.sourceN), provenance: null }] : []),
    ...(s.effectPrior ? [{ what: 'Design prior', value: `normal, SD ${signed(s.effectPrior.sd)}`, provenance: 'assumed' as const }] : []),
    ...(s.trendTest.shapePrior ? [{ what: 'Shape prior (anchored at the top dose)', value: shapeWeightsText(s), provenance: 'assumed' as const }] : []),
    { what: 'Analysis', value: analysisPhrase(s), provenance: 'assumed' },
    ...(s.endpoint.type === 'timed-walk' && s.endpoint.timeCap !== undefined ? [{ what: 'Time cap (unable to walk above it)', value: `${s.endpoint.timeCap} s`, provenance: 'assumed' as const }] : []),
    ...(s.analysis.intercurrent ? [{ what: 'Patients unable to walk (estimand)', value: estimandSentence(s), provenance: 'assumed' as const }] : []),
    { what: 'Target power', value: pct(s.design.targetPower), provenance: 'assumed' },
    { what: `Allocation (treatment : ${s.arms[0].label})`, value: `${s.design.allocation} : 1`, provenance: 'assumed' },
    { what: 'Sample sizes simulated (per arm)', value: grid.length > 8 ? `${count(grid[0])} to ${count(grid[grid.length - 1])} (${grid.length} sizes)` : grid.map(count).join(', '), provenance: 'assumed' },
  ];
}

/** The assumptions as an HTML table; every value escaped. */
export function assumptionsTableHtml(rows: readonly AssumptionRow[]): string {
  const body = rows
    .map((r) => `<tr><th scope="row">${escapeHtml(r.what)}</th><td>${escapeHtml(r.value)}</td><td>${r.provenance ? provenanceBadge(r.provenance) : ''}</td></tr>`)
    .join('\n');
  return `<table class="assumptions"><thead><tr><th scope="col">Assumption</th><th scope="col">Value</th><th scope="col">Source</th></tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}
