import type { FieldError } from '../core/scenario/checks.ts';
import type { FormState } from './formTypes.ts';
import { usesRate, usesWalkModel } from './formTypes.ts';
import { trendKeys, trendRowKey } from './trendForm.ts';

/** The editor field a validator path belongs to (the form flattens a responder's source). */
export function fieldKey(path: string): string {
  if (/^design\.nPerArm\[\d+\]$/.test(path)) return 'design.nPerArm';
  if (path === 'doseResponse.reference') return 'doseResponse.reference.dose';
  if (path.startsWith('endpoint.source.')) return 'endpoint.' + path.slice('endpoint.source.'.length);
  return path;
}

/** Keys of the fields the editor shows for this form; other errors go to the summary. */
export function visibleFields(f: FormState): Set<string> {
  const keys = ['name', 'endpoint.label', 'analysis.test', 'analysis.alpha', 'analysis.sides', 'design.allocation'];
  keys.push('design.dropout', 'design.targetPower', 'simulation.sims', 'simulation.seed');
  keys.push(...(f.nMode === 'range' ? ['design.nPerArm.from', 'design.nPerArm.to', 'design.nPerArm.step'] : ['design.nPerArm']));
  if (f.arms.length > 2) keys.push('analysis.multiplicity');
  if (usesWalkModel(f)) keys.push('endpoint.baselineLogMean', 'endpoint.baselineLogSd', 'endpoint.changeBaselineCorrelation');
  if (f.endpoint.startsWith('responder')) keys.push('endpoint.threshold');
  if (f.endpoint === 'continuous' || f.endpoint === 'responder-normal') keys.push('endpoint.baselineCorrelation', 'endpoint.unit');
  keys.push('effect.basis', 'effect.sourceN', 'exploratory');
  if (f.effectBasis === 'shrunk') keys.push('effect.shrinkage');
  if (f.effectBasis === 'lower-bound') keys.push('effect.confidence');
  if (f.priorOn) keys.push('effectPrior.sd');
  if (f.doseModel !== 'none') keys.push(...doseKeys(f.doseModel), ...trendKeys(f));
  if (f.enrichment !== null) keys.push(...enrichmentKeys(f.enrichment.strata.length));
  f.arms.forEach((_, i) => {
    keys.push(`arms[${i}].label`, `arms[${i}].dropout`);
    if (f.doseModel !== 'none') keys.push(`arms[${i}].dose`);
    keys.push(...(usesRate(f.endpoint) ? [`arms[${i}].rate`] : [`arms[${i}].mean`, `arms[${i}].sd`]));
  });
  return new Set(keys);
}

function enrichmentKeys(n: number): string[] {
  const keys = ['enrichment', 'enrichment.strata', 'enrichment.enrichTo'];
  for (let i = 0; i < n; i++) for (const k of STRATUM_FIELDS) keys.push(`enrichment.strata[${i}].${k}`);
  return keys;
}

const STRATUM_FIELDS = ['label', 'share', 'effect', 'controlMean', 'sd', 'treatmentSd'] as const;

function doseKeys(m: Exclude<FormState['doseModel'], 'none'>): string[] {
  const keys = ['doseResponse.model', 'doseResponse.reference.dose', 'doseResponse.reference.effect', 'doseResponse.unit', 'doseResponse.relevantEffect'];
  if (m === 'emax') keys.push('doseResponse.ed50', 'doseResponse.hill');
  if (m === 'log-linear') keys.push('doseResponse.offset');
  if (m === 'exponential' || m === 'quadratic') keys.push('doseResponse.delta');
  return keys;
}

/** A validator message without its leading path ("must be > 0, got -3"), for display under its field. */
export function shortMessage(e: FieldError): string {
  return e.message.startsWith(e.path + ' ') ? e.message.slice(e.path.length + 1) : e.message;
}

export interface ErrorIndex {
  /** Field key → messages for that field, path removed. */
  byField: Map<string, string[]>;
  /** Full messages that belong to no visible field. */
  general: string[];
}

/**
 * Groups validation errors by the field that shows them.
 * @example indexErrors([{path: 'arms[1].sd', message: 'arms[1].sd must be > 0, got -3'}], form).byField.get('arms[1].sd') // → ['must be > 0, got -3']
 */
export function indexErrors(errors: readonly FieldError[], form: FormState): ErrorIndex {
  const visible = visibleFields(form);
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const e of errors) {
    let key = trendRowKey(fieldKey(e.path), form);
    if (key === 'design.nPerArm' && form.nMode === 'range') key = 'design.nPerArm.to';
    if (!visible.has(key)) {
      general.push(e.message);
      continue;
    }
    byField.set(key, [...(byField.get(key) ?? []), shortMessage(e)]);
  }
  return { byField, general };
}
