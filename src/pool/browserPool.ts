import type { Remote } from 'comlink';
import type { WorkerApi } from '../../workers/workerApi.ts';
import { earlyWorkerCount, startSimWorker } from './browserWorker.ts';
import { workerSeat, type WorkerSeat } from './seat.ts';

export interface BrowserPool {
  /** One seat per worker: runs go through seats, so a dead worker is replaced (runPool). */
  seats: WorkerSeat<Remote<WorkerApi>>[];
  close(): void;
}

/** One worker per core, capped: more than 8 rarely helps and costs memory on phones. */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores));
}

/**
 * Starts the warm pool of simulation workers (started once; each run reuses them, replacing dead ones). The workers
 * index.html started are adopted now (at least one worker starts); the other seats start theirs when a run first
 * uses them, so a page whose runs are all small (one worker each, workerCount.ts) never pays for the rest.
 */
export function startBrowserPool(size = defaultPoolSize()): BrowserPool {
  const eager = Math.max(1, earlyWorkerCount());
  const seats = Array.from({ length: size }, (_, i) => workerSeat(startSimWorker, i >= eager));
  return {
    seats,
    close() {
      seats.forEach((s) => s.started && s.current.stop('the pool was closed'));
    },
  };
}
