import { Worker } from 'node:worker_threads';
import { wrap, releaseProxy, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { SimApi } from '../../workers/simApi.ts';

/**
 * Under tsx the worker needs the TypeScript loader too: tsx's hooks do not reach worker threads
 * (Node 20), so a small bootstrap registers them in the thread before importing the worker.
 */
export function spawnTsWorker(url: URL): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true });
}

export interface NodePool {
  remotes: Remote<SimApi>[];
  close(): Promise<void>;
}

/** Starts K worker threads running the engine (the same Comlink API as the browser's workers). */
export async function startNodePool(k: number): Promise<NodePool> {
  const url = new URL('../../workers/sim.node-worker.ts', import.meta.url);
  const workers = Array.from({ length: k }, () => spawnTsWorker(url));
  const remotes = workers.map((w) => wrap<SimApi>(nodeEndpoint(w)));
  await Promise.all(remotes.map((r) => r.ping()));
  return {
    remotes,
    async close() {
      remotes.forEach((r) => r[releaseProxy]());
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
