import { CHUNK_SIZE, chunkCount, chunkTrials } from '../sim/plan.ts';
import type { ExperimentTask } from './types.ts';

/** Trials per chunk: the engine's, so engine-backed experiments map chunk for chunk. */
export const EXPLAIN_CHUNK = CHUNK_SIZE;
export { chunkCount, chunkTrials };

/**
 * Every (point, chunk) task, chunk-major (a first rough answer over the whole grid comes early).
 * @example experimentTasks(2, 1500) // → [{point: 0, chunk: 0}, {point: 1, chunk: 0}, {point: 0, chunk: 1}, {point: 1, chunk: 1}]
 */
export function experimentTasks(points: number, sims: number): ExperimentTask[] {
  const tasks: ExperimentTask[] = [];
  const chunks = chunkCount(sims);
  for (let chunk = 0; chunk < chunks; chunk++) for (let point = 0; point < points; point++) tasks.push({ point, chunk });
  return tasks;
}
