import type { Arm, Endpoint, Provenance, Scenario, ValidScenario } from '../core/scenario/types.ts';
import type { ArmForm, EndpointChoice, FormState } from './formTypes.ts';

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

function armForm(a: Arm): ArmForm {
  const values = { label: a.label, mean: text(a.mean), sd: text(a.sd), rate: text(a.rate), dropout: text(a.dropout) };
  return { ...values, note: a.note ?? '', provenance: { ...(a.provenance ?? {}) }, loaded: { ...values } };
}

/** The design dropout's provenance, when every arm that states one agrees. */
function dropoutProvenance(arms: Arm[]): Provenance | null {
  const all = new Set(arms.map((a) => a.provenance?.dropout).filter((p) => p !== undefined));
  return all.size === 1 ? [...all][0] : null;
}

/**
 * The editor's text for a scenario that passed validation: defaults come from `valid`, and the
 * sample-size grid keeps the shape it had in `input` (a range stays a range).
 * @example scenarioToForm(json, validateScenario(json).scenario).nFrom // → "6"
 */
export function scenarioToForm(input: Scenario, valid: ValidScenario): FormState {
  const e = valid.endpoint;
  const walk = e.type === 'timed-walk' ? e : e.type === 'responder' && e.source.type === 'timed-walk' ? e.source : undefined;
  const normal = e.type === 'continuous' ? e : e.type === 'responder' && e.source.type === 'continuous' ? e.source : undefined;
  const range = Array.isArray(input.design.nPerArm) ? undefined : input.design.nPerArm;
  const d = valid.design;
  return {
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
    baselineCorrelation: text(normal?.baselineCorrelation ?? 0),
    arms: valid.arms.map(armForm),
    test: valid.analysis.test,
    alpha: String(valid.analysis.alpha),
    sides: valid.analysis.sides === 1 ? '1' : '2',
    multiplicity: valid.analysis.multiplicity,
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
  };
}
