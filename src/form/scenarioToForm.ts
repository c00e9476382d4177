import type { Arm, Endpoint, Provenance, Scenario, ResolvedScenario } from '../core/scenario/types.ts';
import { DEFAULT_SOURCE_N } from '../core/scenario/validateEffect.ts';
import type { ArmForm, EndpointChoice, FormState } from './formTypes.ts';
import { REGIMEN_DOSE, REGIMEN_UNIT } from './doseDefaults.ts';
import { enrichmentForm } from './enrichmentForm.ts';
import { trendForm } from './trendForm.ts';

const text = (v: number | undefined): string => (v === undefined ? '' : String(v));

function choiceFor(e: Endpoint): EndpointChoice {
  switch (e.type) {
    case 'timed-walk':
      return e.measure === 'distance' ? '6mwt' : 't25fw';
    case 'binary':
      return 'binary';
    case 'continuous':
      return 'continuous';
    case 'responder':
      return e.source.type === 'timed-walk' ? 'responder-walk' : 'responder-normal';
  }
}

/** An arm's text; with doses, a treatment mean or rate the input left out (filled from the dose) stays empty. */
function armForm(a: Arm, input: unknown, doses: boolean, i: number): ArmForm {
  const given = (k: string) => isRecord(input) && input[k] !== undefined;
  const fromModel = (k: 'mean' | 'rate') => doses && i > 0 && !given(k);
  const mean = fromModel('mean') ? '' : text(a.mean);
  const rate = fromModel('rate') ? '' : text(a.rate);
  const values = { label: a.label, mean, sd: text(a.sd), rate, dropout: text(a.dropout), lossOfAmbulation: text(a.lossOfAmbulation), dose: text(a.dose) };
  return { ...values, note: a.note ?? '', provenance: { ...(a.provenance ?? {}) }, loaded: { ...values } };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Top-level fields the editor has no inputs for, kept as loaded. */
const EXTRA_FIELDS: readonly string[] = ['interim'];

/** The design dropout's provenance, when every arm that states one agrees. */
function dropoutProvenance(arms: Arm[]): Provenance | null {
  const all = new Set(arms.map((a) => a.provenance?.dropout).filter((p) => p !== undefined));
  return all.size === 1 ? [...all][0] : null;
}

/**
 * The editor's text for a scenario that passed validation: values come from its written form (not the resolved
 * one, whose every default would read as typed), and the sample-size grid keeps the shape it had in `input`.
 * @example scenarioToForm(json, validateScenario(json).scenario).nFrom // → "6"
 */
export function scenarioToForm(input: Scenario, resolved: ResolvedScenario): FormState {
  const valid = resolved.written;
  const e = valid.endpoint;
  const walk = e.type === 'timed-walk' ? e : e.type === 'responder' && e.source.type === 'timed-walk' ? e.source : undefined;
  const normal = e.type === 'continuous' ? e : e.type === 'responder' && e.source.type === 'continuous' ? e.source : undefined;
  const range = Array.isArray(input.design.nPerArm) ? undefined : input.design.nPerArm;
  const d = valid.design;
  const dr = valid.doseResponse;
  const ef = valid.effect;
  const sourceN = String(ef.sourceN);
  const extras: Record<string, unknown> = {};
  for (const k of EXTRA_FIELDS) if ((input as unknown as Record<string, unknown>)[k] !== undefined) extras[k] = structuredClone((input as unknown as Record<string, unknown>)[k]);
  const priorSdGiven = input.effectPrior?.sd !== undefined;
  const form: FormState = {
    name: valid.name ?? '',
    description: valid.description ?? '',
    source: valid.source ?? '',
    endpoint: choiceFor(e),
    endpointLabel: e.label ?? '',
    unit: normal?.unit ?? '',
    direction: (e.type === 'binary' ? e.direction : normal?.direction) ?? 'higher-is-better',
    measure: walk?.measure ?? 'time',
    threshold: e.type === 'responder' ? String(e.threshold) : '20',
    baselineLogMean: text(walk?.baselineLogMean ?? Math.round(Math.log(10) * 1000) / 1000),
    baselineLogSd: text(walk?.baselineLogSd ?? 0.5),
    changeBaselineCorrelation: text(walk?.changeBaselineCorrelation ?? 0),
    timeCap: text(e.type === 'timed-walk' ? e.timeCap : undefined),
    baselineCorrelation: text(normal?.baselineCorrelation ?? 0),
    arms: valid.arms.map((a, i) => armForm(a, input.arms?.[i], dr !== undefined, i)),
    test: valid.analysis.test,
    alpha: String(valid.analysis.alpha),
    sides: valid.analysis.sides === 1 ? '1' : '2',
    multiplicity: valid.analysis.multiplicity,
    intercurrent: valid.analysis.intercurrent ?? 'none',
    nMode: range ? 'range' : 'list',
    nFrom: String(range?.from ?? d.nPerArm[0]),
    nTo: String(range?.to ?? d.nPerArm[d.nPerArm.length - 1]),
    nStep: String(range?.step ?? 1),
    nList: d.nPerArm.join(', '),
    allocation: String(d.allocation),
    dropout: String(d.dropout),
    dropoutProvenance: dropoutProvenance(valid.arms),
    dropoutLoaded: String(d.dropout),
    targetPower: String(d.targetPower),
    sims: String(valid.simulation.sims),
    seed: valid.simulation.seed,
    effectBasis: ef.basis,
    shrinkage: String(ef.shrinkage),
    confidence: String(ef.confidence),
    sourceN,
    sourceNLoaded: sourceN,
    sourceNProvenance: input.effect?.sourceN === undefined || ef.sourceN === DEFAULT_SOURCE_N ? 'inferred' : 'assumed',
    priorOn: valid.effectPrior !== undefined,
    priorSd: priorSdGiven ? text(valid.effectPrior?.sd) : '',
    exploratory: valid.exploratory === true,
    doseModel: dr?.model ?? 'none',
    ed50: text(dr?.ed50 ?? 5),
    hill: text(dr?.hill ?? 1),
    offset: text(dr?.offset ?? 1),
    delta: text(dr?.delta),
    refDose: text(dr?.reference?.dose ?? (dr ? undefined : REGIMEN_DOSE)),
    refEffect: text(dr?.reference?.effect),
    doseUnit: dr ? (dr.unit ?? '') : REGIMEN_UNIT,
    relevantEffect: text(dr?.relevantEffect),
    enrichment: input.enrichment ? enrichmentForm(input.enrichment) : null,
    trend: null,
    extras,
    valuesOf: walk?.measure ?? null,
    walkStash: {},
  };
  form.trend = trendForm(form, input.trendTest, valid.trendTest);
  return form;
}
