import { Accumulator, type SimulationResult } from '../core/results/accumulator.ts';
import type { ValidScenario } from '../core/scenario/types.ts';
import { planTasks, type Task } from '../core/sim/plan.ts';
import type { ChunkResult } from '../core/sim/pointSimulator.ts';
import { dispatch } from './dispatch.ts';
import { seatsFor, type WorkerSeat } from './seat.ts';
import type { WatchdogLimits } from './watchdog.ts';

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
  /** Watchdog limits (tests shorten them). */
  limits?: Partial<WatchdogLimits>;
}

let runCounter = 0;

/**
 * Spreads a scenario's (point, chunk) tasks over workers, chunk-major, each worker pulling the next
 * batch when it is free. Results are integer counts, so the outcome does not depend on the number of
 * workers or the order in which batches finish. A worker that dies or hangs is replaced and its batch
 * re-sent (see dispatch). Rejects with an AbortError when cancelled, a WorkerFailure when workers
 * keep failing. Pass a pool's seats, so dead workers can be replaced; plain remotes are re-used.
 */
export async function runPool(workers: readonly (SimRemote | WorkerSeat<SimRemote>)[], s: ValidScenario, opts: PoolOptions = {}): Promise<SimulationResult> {
  const id = `run-${++runCounter}-${Date.now()}`;
  const acc = new Accumulator(s);
  const progressMs = opts.progressMs ?? 250;
  let lastProgress = 0;
  const afterBatch = () => {
    const now = performance.now();
    if (opts.onProgress && now - lastProgress >= progressMs) {
      lastProgress = now;
      opts.onProgress(acc.result());
    }
  };
  const run = (remote: SimRemote, batch: Task[]) => remote.run(id, s, batch);
  await dispatch(seatsFor(workers), planTasks(s), run, (r) => acc.add(r), { ...opts, afterBatch });
  return acc.result();
}
