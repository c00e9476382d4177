import type { EnrichmentForm, FormState } from './formTypes.ts';
import { usesRate, usesWalkModel, walkMeasure } from './formTypes.ts';
import { numberOrText } from './numberOrText.ts';
import { armProvenanceRecord, type ArmValueField } from './provenance.ts';
import { trendTestOf } from './trendForm.ts';

export { numberOrText };

/** A hidden field's value only when it reads as a number (its text cannot block validation). */
const numberOnly = (raw: string): number | undefined => {
  const v = numberOrText(raw);
  return typeof v === 'number' ? v : undefined;
};

const optionalText = (s: string): string | undefined => (s.trim() === '' ? undefined : s);

function endpointOf(f: FormState): Record<string, unknown> {
  const walk = {
    type: 'timed-walk',
    measure: walkMeasure(f),
    baselineLogMean: numberOrText(f.baselineLogMean),
    baselineLogSd: numberOrText(f.baselineLogSd),
    changeBaselineCorrelation: numberOrText(f.changeBaselineCorrelation),
  };
  // The time cap belongs to the T25FW itself (the validator refuses it on a distance or a responder's source).
  const capped = f.endpoint === 't25fw' && f.timeCap.trim() !== '' ? { timeCap: numberOrText(f.timeCap) } : {};
  const normal = {
    type: 'continuous',
    direction: f.direction,
    baselineCorrelation: numberOrText(f.baselineCorrelation),
    unit: optionalText(f.unit),
  };
  const label = optionalText(f.endpointLabel);
  switch (f.endpoint) {
    case 't25fw':
    case '6mwt':
      return { ...walk, ...capped, label };
    case 'continuous':
      return { ...normal, label };
    case 'binary':
      return { type: 'binary', direction: f.direction, label };
    case 'responder-walk':
      return { type: 'responder', source: walk, threshold: numberOrText(f.threshold), label };
    case 'responder-normal':
      return { type: 'responder', source: normal, threshold: numberOrText(f.threshold), label };
  }
}

function effectOf(f: FormState): Record<string, unknown> {
  const effect = {
    basis: f.effectBasis,
    shrinkage: f.effectBasis === 'shrunk' ? numberOrText(f.shrinkage) : numberOnly(f.shrinkage),
    confidence: f.effectBasis === 'lower-bound' ? numberOrText(f.confidence) : numberOnly(f.confidence),
    sourceN: numberOrText(f.sourceN),
  };
  return {
    effect,
    ...(f.priorOn ? { effectPrior: { type: 'normal', sd: numberOrText(f.priorSd) } } : {}),
    ...(f.exploratory ? { exploratory: true } : {}),
  };
}

/** Only the parameters the chosen model uses, so a hidden field's text cannot block validation. */
function doseResponseOf(f: FormState): Record<string, unknown> {
  const m = f.doseModel;
  return {
    model: m,
    ed50: m === 'emax' ? numberOrText(f.ed50) : undefined,
    hill: m === 'emax' ? numberOrText(f.hill) : undefined,
    offset: m === 'log-linear' ? numberOrText(f.offset) : undefined,
    delta: m === 'exponential' || m === 'quadratic' ? numberOrText(f.delta) : undefined,
    reference: m === 'explicit' && f.refDose.trim() === '' && f.refEffect.trim() === '' ? undefined : { dose: numberOrText(f.refDose), effect: numberOrText(f.refEffect) },
    unit: optionalText(f.doseUnit),
    relevantEffect: numberOrText(f.relevantEffect),
  };
}

/** Empty control mean or SDs are left out (the control arm's apply). */
function enrichmentOf(e: EnrichmentForm): Record<string, unknown> {
  const strata = e.strata.map((s) => ({
    label: s.label,
    share: numberOrText(s.share),
    effect: numberOrText(s.effect),
    controlMean: numberOrText(s.controlMean),
    sd: numberOrText(s.sd),
    treatmentSd: numberOrText(s.treatmentSd),
  }));
  return { strata, enrichTo: e.strata[e.enrichTo]?.label };
}

function sampleSizes(f: FormState): unknown {
  if (f.nMode === 'range') return { from: numberOrText(f.nFrom), to: numberOrText(f.nTo), step: numberOrText(f.nStep) };
  return f.nList
    .split(/[\s,;]+/)
    .filter((s) => s !== '')
    .map(numberOrText);
}

/**
 * The scenario the form describes, as untrusted data for `validateScenario`: numbers where the
 * text reads as one, the raw text where it does not, nothing where the field is empty.
 */
export function formToScenario(f: FormState): Record<string, unknown> {
  const rate = usesRate(f.endpoint);
  const fields: ArmValueField[] = rate ? ['rate'] : ['mean', 'sd'];
  // Loss of ambulation exists for timed walks only: hidden (and left out) for the other endpoints.
  const loss = (a: (typeof f.arms)[number]) => usesWalkModel(f) && a.lossOfAmbulation.trim() !== '';
  const arms = f.arms.map((a) => ({
    label: a.label,
    ...(rate ? { rate: numberOrText(a.rate) } : { mean: numberOrText(a.mean), sd: numberOrText(a.sd) }),
    ...(a.dropout.trim() === '' ? {} : { dropout: numberOrText(a.dropout) }),
    ...(loss(a) ? { lossOfAmbulation: numberOrText(a.lossOfAmbulation) } : {}),
    ...(f.doseModel === 'none' || a.dose.trim() === '' ? {} : { dose: numberOrText(a.dose) }),
    provenance: armProvenanceRecord(f, a, [...fields, ...(f.doseModel === 'none' || a.dose.trim() === '' ? [] : ['dose' as const]), ...(loss(a) ? ['lossOfAmbulation' as const] : [])]),
    ...(a.note === '' ? {} : { note: a.note }),
  }));
  return JSON.parse(
    JSON.stringify({
      name: optionalText(f.name),
      description: optionalText(f.description),
      source: optionalText(f.source),
      endpoint: endpointOf(f),
      arms,
      analysis: {
        test: f.test,
        alpha: numberOrText(f.alpha),
        sides: Number(f.sides),
        multiplicity: f.multiplicity,
        ...(f.intercurrent === 'none' || !usesWalkModel(f) ? {} : { intercurrent: f.intercurrent }),
      },
      design: {
        nPerArm: sampleSizes(f),
        allocation: numberOrText(f.allocation),
        dropout: numberOrText(f.dropout),
        targetPower: numberOrText(f.targetPower),
      },
      simulation: { sims: numberOrText(f.sims), seed: f.seed },
      ...effectOf(f),
      ...(f.doseModel === 'none' ? {} : { doseResponse: doseResponseOf(f) }),
      // Binary and responder endpoints run generalised MCP-Mod, which takes no variance choice (responders no Mod step).
      ...(f.doseModel === 'none' || f.trend === null
        ? {}
        : { trendTest: binaryTrend(trendTestOf(f.trend), rate || f.endpoint.startsWith('responder'), f.endpoint.startsWith('responder')) }),
      ...(f.enrichment === null ? {} : { enrichment: enrichmentOf(f.enrichment) }),
      ...f.extras,
    }),
  ) as Record<string, unknown>;
}

/** The trend test's keys a binary or responder endpoint takes: all but `variance` and a responder's `estimate` (refused there). */
function binaryTrend(t: ReturnType<typeof trendTestOf>, binary: boolean, responder: boolean): ReturnType<typeof trendTestOf> {
  return binary ? { ...t, variance: undefined, ...(responder ? { estimate: undefined } : {}) } : t;
}
