import { readFileSync } from 'node:fs';
import { simulate } from '../../../src/core/engine.ts';
import type { SimulationResult } from '../../../src/core/results/types.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

/** A shipped scenario file's JSON with changes applied (a fresh copy). */
export function trialJson(file: string, change: (j: Record<string, unknown> & { simulation: { sims: number } }) => void = () => {}): Record<string, unknown> {
  const j = JSON.parse(readFileSync(`static/scenarios/${file}.json`, 'utf8'));
  change(j);
  return j;
}

export function valid(json: unknown): ResolvedScenario {
  const v = validateScenario(JSON.parse(JSON.stringify(json)));
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

/** A scenario with few trials and sample sizes, simulated in process. */
export function quick(json: Record<string, unknown>, nPerArm: number[], sims = 400): { s: ResolvedScenario; r: SimulationResult } {
  const s = valid({ ...json, design: { ...(json.design as object), nPerArm }, simulation: { ...(json.simulation as object), sims } });
  return { s, r: simulate(s) };
}

export const META = { engineVersion: '0.1.0', date: '2026-12-04', baseUrl: 'https://example.org/stride/' };
