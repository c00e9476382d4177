import type { Checker, Fields } from './checks.ts';
import { FIELDS } from './fields.ts';
import { LIMITS } from './limits.ts';
import type { ContinuousEndpoint, Endpoint, TimedWalkEndpoint } from './types.ts';

const DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
const TYPES = ['continuous', 'timed-walk', 'binary', 'responder'] as const;

type Keys<G extends keyof typeof FIELDS> = (typeof FIELDS)[G][number];
const ALL_KEYS = [...new Set(TYPES.flatMap((t) => FIELDS[`endpoint.${t}`]))];

/** The endpoint object seen through its type's keys; keys of other types are refused as not used by it. */
function keysOf<T extends (typeof TYPES)[number]>(c: Checker, path: string, v: unknown, type: T) {
  return c.fields(path, v, FIELDS[`endpoint.${type}`], { keys: ALL_KEYS, by: `a ${type} endpoint` });
}

function continuous(c: Checker, path: string, e: Fields<Keys<'endpoint.continuous'>>): ContinuousEndpoint {
  const out: ContinuousEndpoint = { type: 'continuous', direction: 'higher-is-better' };
  if (e.direction !== undefined) out.direction = c.oneOf(`${path}.direction`, e.direction, DIRECTIONS);
  if (e.baselineCorrelation !== undefined)
    out.baselineCorrelation = c.number(`${path}.baselineCorrelation`, e.baselineCorrelation, -0.99, 0.99);
  copyText(c, path, e, out);
  return out;
}

function timedWalk(c: Checker, path: string, e: Fields<Keys<'endpoint.timed-walk'>>): TimedWalkEndpoint {
  const out: TimedWalkEndpoint = {
    type: 'timed-walk',
    measure: 'time',
    baselineLogMean: Math.log(10),
    baselineLogSd: 0.5,
    changeBaselineCorrelation: 0,
  };
  if (e.measure !== undefined) out.measure = c.oneOf(`${path}.measure`, e.measure, ['time', 'distance'] as const);
  if (e.baselineLogMean !== undefined)
    out.baselineLogMean = c.number(`${path}.baselineLogMean`, e.baselineLogMean, -10, 10);
  if (e.baselineLogSd !== undefined) out.baselineLogSd = c.positive(`${path}.baselineLogSd`, e.baselineLogSd, 5);
  if (e.changeBaselineCorrelation !== undefined)
    out.changeBaselineCorrelation = c.number(`${path}.changeBaselineCorrelation`, e.changeBaselineCorrelation, -0.99, 0.99);
  if (e.timeCap !== undefined) {
    // A cap on the walking time: the T25FW only (the 6MWT is a distance, whose unable patients score 0 m).
    if (out.measure !== 'time') c.fail(`${path}.timeCap`, 'is used only with measure "time" (a 6MWT patient unable to walk scores 0 m)', e.timeCap);
    else if (path !== 'endpoint') c.fail(`${path}.timeCap`, 'is not used by a responder endpoint (give it on a timed-walk endpoint)', e.timeCap);
    else out.timeCap = c.positive(`${path}.timeCap`, e.timeCap, LIMITS.maxTimeCap);
  }
  copyText(c, path, e, out);
  return out;
}

function copyText(c: Checker, path: string, e: Fields<'label' | 'unit'>, out: { label?: string; unit?: string }) {
  if (e.label !== undefined) out.label = c.text(`${path}.label`, e.label, 120);
  if (e.unit !== undefined) out.unit = c.text(`${path}.unit`, e.unit, 40);
}

/** Validates and fills defaults of an endpoint; undefined when its type is unusable. */
export function validateEndpoint(c: Checker, path: string, v: unknown): Endpoint | undefined {
  const o = c.object(path, v);
  if (!o) return undefined;
  const type = c.oneOf(`${path}.type`, o.type, TYPES);
  if (type === undefined) return undefined;
  const e = keysOf(c, path, o, type);
  if (!e) return undefined;
  switch (type) {
    case 'continuous':
      return continuous(c, path, e);
    case 'timed-walk':
      return timedWalk(c, path, e);
    case 'binary': {
      const out: Endpoint = { type: 'binary', direction: 'higher-is-better' };
      if (e.direction !== undefined) out.direction = c.oneOf(`${path}.direction`, e.direction, DIRECTIONS);
      copyText(c, path, e, out);
      return out;
    }
    case 'responder': {
      const r = e as Fields<Keys<'endpoint.responder'>>;
      const s = c.object(`${path}.source`, r.source);
      if (!s) return undefined;
      const st = c.oneOf(`${path}.source.type`, s.type, ['continuous', 'timed-walk'] as const);
      if (!st) return undefined;
      const sk = keysOf(c, `${path}.source`, s, st);
      const source = st === 'continuous' ? continuous(c, `${path}.source`, sk ?? {}) : timedWalk(c, `${path}.source`, sk ?? {});
      const threshold = thresholdFor(c, `${path}.threshold`, r.threshold, source);
      const out: Endpoint = { type: 'responder', source, threshold: threshold ?? 0 };
      copyText(c, path, e, out);
      return out;
    }
    default:
      return undefined;
  }
}

function thresholdFor(c: Checker, path: string, v: unknown, source: ContinuousEndpoint | TimedWalkEndpoint) {
  if (source.type === 'continuous') return c.number(path, v, -1e6, 1e6);
  // % improvement of a ratio: time can improve by < 100%, distance can fall by < 100%.
  return source.measure === 'distance'
    ? c.number(path, v, -100, 1e4, { loOpen: true })
    : c.number(path, v, -1e4, 100, { hiOpen: true });
}
