import { Checker } from './checks.ts';
import type { ContinuousEndpoint, Endpoint, TimedWalkEndpoint } from './types.ts';

const DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
const TYPES = ['continuous', 'timed-walk', 'binary', 'responder'] as const;

function continuous(c: Checker, path: string, e: Record<string, unknown>): ContinuousEndpoint {
  const out: ContinuousEndpoint = { type: 'continuous', direction: 'higher-is-better' };
  if (e.direction !== undefined) out.direction = c.oneOf(`${path}.direction`, e.direction, DIRECTIONS);
  if (e.baselineCorrelation !== undefined)
    out.baselineCorrelation = c.number(`${path}.baselineCorrelation`, e.baselineCorrelation, -0.99, 0.99);
  copyText(c, path, e, out);
  return out;
}

function timedWalk(c: Checker, path: string, e: Record<string, unknown>): TimedWalkEndpoint {
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
  copyText(c, path, e, out);
  return out;
}

function copyText(c: Checker, path: string, e: Record<string, unknown>, out: { label?: string; unit?: string }) {
  if (e.label !== undefined) out.label = c.text(`${path}.label`, e.label, 120);
  if ('unit' in e && e.unit !== undefined) out.unit = c.text(`${path}.unit`, e.unit, 40);
}

/** Validates and fills defaults of an endpoint; undefined when its type is unusable. */
export function validateEndpoint(c: Checker, path: string, v: unknown): Endpoint | undefined {
  const e = c.object(path, v);
  if (!e) return undefined;
  const type = c.oneOf(`${path}.type`, e.type, TYPES);
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
      const s = c.object(`${path}.source`, e.source);
      if (!s) return undefined;
      const st = c.oneOf(`${path}.source.type`, s.type, ['continuous', 'timed-walk'] as const);
      if (!st) return undefined;
      const source = st === 'continuous' ? continuous(c, `${path}.source`, s) : timedWalk(c, `${path}.source`, s);
      const threshold = thresholdFor(c, `${path}.threshold`, e.threshold, source);
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
