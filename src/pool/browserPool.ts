import { wrap, releaseProxy, type Remote } from 'comlink';
import type { WorkerApi } from '../../workers/sim.worker.ts';

export interface BrowserPool {
  remotes: Remote<WorkerApi>[];
  /** Resolves once every worker has answered (started and loaded the engine). */
  ready: Promise<void>;
  close(): void;
}

/** One worker per core, capped: more than 8 rarely helps and costs memory on phones. */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores));
}

/** Starts the warm pool of simulation workers (started once; each run reuses them). */
export function startBrowserPool(size = defaultPoolSize()): BrowserPool {
  // Written inline so Vite bundles the worker (engineering notes).
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'stride-sim' }),
  );
  const remotes = workers.map((w) => wrap<WorkerApi>(w));
  return {
    remotes,
    ready: Promise.all(remotes.map((r) => r.ping())).then(() => undefined),
    close() {
      remotes.forEach((r) => r[releaseProxy]());
      workers.forEach((w) => w.terminate());
    },
  };
}
