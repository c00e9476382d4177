import type { ResolvedScenario } from '../scenario/types.ts';

/**
 * Trials per chunk. Each chunk draws from its own stream derived from (seed, control n, chunk index),
 * so results depend on the scenario and seed only, never on how chunks are spread over workers.
 * Changing this constant changes every simulated number: it is part of the engine's version.
 */
export const CHUNK_SIZE = 1000;

export interface PlanPoint {
  /** Planned patients per arm before dropout, control first. */
  n: number[];
  nControl: number;
  nTreatment: number;
}

/**
 * 'power': trials at the planned effect. 'prior': assurance, each trial drawing its true effect from
 * the design prior (effectPrior) and its true shape from trendTest.shapePrior. 'all-comers' / 'enriched': the enrichment comparison's two trial populations.
 */
export type TaskMode = 'power' | 'prior' | 'all-comers' | 'enriched';

export interface Task {
  point: number;
  chunk: number;
  /** Default 'power'. */
  mode?: TaskMode;
}

/** Sample sizes of every arm at each grid point. */
export function planPoints(s: ResolvedScenario): PlanPoint[] {
  const k = s.arms.length - 1;
  return s.design.nPerArm.map((nControl) => {
    const nTreatment = Math.round(nControl * s.design.allocation);
    return { n: [nControl, ...Array<number>(k).fill(nTreatment)], nControl, nTreatment };
  });
}

export function chunkCount(sims: number): number {
  return Math.ceil(sims / CHUNK_SIZE);
}

export function chunkTrials(sims: number, chunk: number): number {
  return Math.min(CHUNK_SIZE, sims - chunk * CHUNK_SIZE);
}

/**
 * Every (point, chunk) task, chunk-major: the first chunk of every point comes first, so a first
 * curve over the whole grid appears early and then refines. A design prior adds an assurance task per
 * chunk, an enrichment comparison two population tasks.
 */
export function planTasks(s: ResolvedScenario): Task[] {
  const points = s.design.nPerArm.length;
  const chunks = chunkCount(s.simulation.sims);
  const tasks: Task[] = [];
  for (let chunk = 0; chunk < chunks; chunk++) {
    for (let point = 0; point < points; point++) tasks.push({ point, chunk });
    for (const mode of extraModes(s)) for (let point = 0; point < points; point++) tasks.push({ point, chunk, mode });
  }
  return tasks;
}

/** The modes a scenario simulates besides 'power'. */
export function extraModes(s: ResolvedScenario): TaskMode[] {
  const modes: TaskMode[] = [];
  if (s.effectPrior || s.trendTest.shapePrior) modes.push('prior');
  if (s.enrichment) modes.push('all-comers', 'enriched');
  return modes;
}
