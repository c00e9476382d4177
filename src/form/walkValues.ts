import type { Provenance } from '../core/scenario/types.ts';
import { presetScenario } from '../share/presets.ts';
import type { FormState } from './formTypes.ts';

/** What the arms' mean and SD of a timed-walk endpoint measure: % change in walking time or in distance. */
export type WalkQuantity = 'time' | 'distance';

/** The arms' values (with their provenance as loaded) and the texts that name one walk measure. */
export interface WalkValues {
  arms: { mean: string; sd: string; provenance: Partial<Record<'mean' | 'sd', Provenance>>; loaded: Partial<Record<'mean' | 'sd', string>> }[];
  name: string;
  description: string;
  endpointLabel: string;
  baselineLogMean: string;
}

/** The trial's shipped scenario for each walk measure (T25FW: time, 6MWT: distance). */
const TRIAL_PRESET: Record<WalkQuantity, string> = { time: 't25fw-edss6', distance: 'sixmwt-edss6' };

/** The walk quantity an endpoint choice's arm values describe; null when they describe no walk measure. */
export function walkQuantity(f: Pick<FormState, 'endpoint' | 'measure'>): WalkQuantity | null {
  if (f.endpoint === 't25fw') return 'time';
  if (f.endpoint === '6mwt') return 'distance';
  if (f.endpoint === 'responder-walk') return f.measure;
  return null;
}

interface TrialScenarioShape {
  name: string;
  description: string;
  endpoint: { label: string; baselineLogMean: number };
  arms: { mean: number; sd: number; provenance: Record<string, Provenance> }[];
}

const trialScenario = (q: WalkQuantity) => presetScenario(TRIAL_PRESET[q]) as TrialScenarioShape;

/** The trial's values for a walk measure, when the form has its two arms; else null. */
export function trialWalkValues(q: WalkQuantity, arms: number): WalkValues | null {
  const s = trialScenario(q);
  if (arms !== s.arms.length) return null;
  return {
    arms: s.arms.map((a) => {
      const values = { mean: String(a.mean), sd: String(a.sd) };
      return { ...values, provenance: { mean: a.provenance.mean, sd: a.provenance.sd }, loaded: { ...values } };
    }),
    name: s.name,
    description: s.description,
    endpointLabel: s.endpoint.label,
    baselineLogMean: String(s.endpoint.baselineLogMean),
  };
}

/** The form's current walk values (to restore when the user switches back). */
export function captureWalkValues(f: FormState): WalkValues {
  return {
    arms: f.arms.map((a) => ({
      mean: a.mean,
      sd: a.sd,
      provenance: { mean: a.provenance.mean, sd: a.provenance.sd },
      loaded: { mean: a.loaded.mean, sd: a.loaded.sd },
    })),
    name: f.name,
    description: f.description,
    endpointLabel: f.endpointLabel,
    baselineLogMean: f.baselineLogMean,
  };
}

/** Values that no longer apply: empty, with no provenance (the editor then badges them "assumed"). */
function cleared(f: FormState, from: WalkQuantity, to: WalkQuantity): WalkValues {
  return { ...captureWalkValues(f), arms: f.arms.map(() => ({ mean: '', sd: '', provenance: {}, loaded: {} })), ...trialTexts(f, from, to) };
}

/** Names and baseline that were the old measure's trial texts follow the measure; the user's own stay. */
function trialTexts(f: FormState, from: WalkQuantity, to: WalkQuantity): Pick<WalkValues, 'name' | 'description' | 'endpointLabel' | 'baselineLogMean'> {
  const a = trialScenario(from);
  const b = trialScenario(to);
  const pick = (now: string, old: string, next: string) => (now.trim() === old ? next : now);
  return {
    name: pick(f.name, a.name, b.name),
    description: pick(f.description, a.description, b.description),
    endpointLabel: pick(f.endpointLabel, a.endpoint.label, b.endpoint.label),
    baselineLogMean: pick(f.baselineLogMean, String(a.endpoint.baselineLogMean), String(b.endpoint.baselineLogMean)),
  };
}

function restore(f: FormState, v: WalkValues): void {
  f.arms.forEach((arm, i) => {
    const a = v.arms[i];
    arm.mean = a.mean;
    arm.sd = a.sd;
    for (const k of ['mean', 'sd'] as const) {
      if (a.provenance[k] === undefined) delete arm.provenance[k];
      else arm.provenance[k] = a.provenance[k];
      if (a.loaded[k] === undefined) delete arm.loaded[k];
      else arm.loaded[k] = a.loaded[k];
    }
  });
  f.name = v.name;
  f.description = v.description;
  f.endpointLabel = v.endpointLabel;
  f.baselineLogMean = v.baselineLogMean;
}

/**
 * After the endpoint (or a responder's walk measure) changed: when the arms' values described the
 * other walk measure, they are put aside (switching back restores them) and replaced by this
 * measure's own: those the user had before, else the seed trial's with their provenance, else
 * empty. A T25FW mean is never shown badged "reported" as a 6MWT one.
 */
export function retargetWalkValues(f: FormState): void {
  const next = walkQuantity(f);
  if (next === null) return;
  const now = f.valuesOf;
  f.valuesOf = next;
  if (now === null || now === next) return;
  f.walkStash[now] = captureWalkValues(f);
  const kept = f.walkStash[next];
  const usable = kept !== undefined && kept.arms.length === f.arms.length ? kept : null;
  const trial = trialWalkValues(next, f.arms.length);
  restore(f, usable ?? (trial ? { ...trial, ...trialTexts(f, now, next) } : cleared(f, now, next)));
}
