import type { Remote } from 'comlink';
import type { WorkerApi } from '../../workers/workerApi.ts';
import { startSimWorker } from './browserWorker.ts';
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

/** Starts the warm pool of simulation workers (started once; each run reuses them, replacing dead ones). */
export function startBrowserPool(size = defaultPoolSize()): BrowserPool {
  const seats = Array.from({ length: size }, () => workerSeat(startSimWorker));
  return {
    seats,
    close() {
      seats.forEach((s) => s.current.stop('the pool was closed'));
    },
  };
}
