import { Accumulator, type SimulationResult } from '../core/results/accumulator.ts';
import type { ValidScenario } from '../core/scenario/types.ts';
import { planTasks, type Task } from '../core/sim/plan.ts';
import type { ChunkResult } from '../core/sim/pointSimulator.ts';

/** A worker's remote API as the pool sees it (a Comlink Remote<SimApi> fits). */
export interface SimRemote {
  run(id: string, scenario: ValidScenario, tasks: Task[]): Promise<ChunkResult[]>;
}

export interface PoolOptions {
  /** Called with the running result after each batch, at most every `progressMs`. */
  onProgress?: (r: SimulationResult) => void;
  progressMs?: number;
  signal?: AbortSignal;
  /** Aim for batches of about this many milliseconds of work (fewer messages, quick cancel). */
  batchMs?: number;
}

let runCounter = 0;

/**
 * Spreads a scenario's (point, chunk) tasks over workers, chunk-major, each worker pulling the next
 * batch when it is free. Results are integer counts, so the outcome does not depend on the number of
 * workers or the order in which batches finish. Rejects with an AbortError when cancelled.
 */
export async function runPool(remotes: SimRemote[], s: ValidScenario, opts: PoolOptions = {}): Promise<SimulationResult> {
  const id = `run-${++runCounter}-${Date.now()}`;
  const tasks = planTasks(s);
  const acc = new Accumulator(s);
  const batchMs = opts.batchMs ?? 60;
  const progressMs = opts.progressMs ?? 100;
  let next = 0;
  let lastProgress = 0;
  const aborted = () => opts.signal?.aborted === true;

  async function work(remote: SimRemote): Promise<void> {
    let size = 1;
    while (next < tasks.length && !aborted()) {
      const batch = tasks.slice(next, next + size);
      next += batch.length;
      const t0 = performance.now();
      const results = await remote.run(id, s, batch);
      if (aborted()) return;
      for (const r of results) acc.add(r);
      const ms = performance.now() - t0;
      size = Math.max(1, Math.min(64, Math.round((size * batchMs) / Math.max(ms, 1))));
      const now = performance.now();
      if (opts.onProgress && now - lastProgress >= progressMs) {
        lastProgress = now;
        opts.onProgress(acc.result());
      }
    }
  }

  await Promise.all(remotes.map(work));
  if (aborted()) throw new DOMException('The simulation was cancelled', 'AbortError');
  return acc.result();
}
