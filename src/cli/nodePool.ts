import { Worker, type WorkerOptions } from 'node:worker_threads';
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { WorkerApi } from '../../workers/workerApi.ts';
import { deathNotice, incarnation, workerSeat, type Incarnation, type WorkerSeat } from '../pool/seat.ts';
import { WorkerFailure } from '../pool/dispatch.ts';
import { oneLine } from '../pool/watchdog.ts';

/**
 * Under tsx the worker needs the TypeScript loader too: tsx's hooks do not reach worker threads
 * (Node 20), so a small bootstrap registers them in the thread before importing the worker.
 */
export function spawnTsWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/** A worker thread as an incarnation: its 'exit', 'error' and 'messageerror' events report its end. */
export function nodeIncarnation<R>(worker: Worker): Incarnation<Remote<R>> {
  const remote = wrap<R>(nodeEndpoint(worker));
  const notice = deathNotice();
  // Listening to 'error' also keeps an uncaught error in the thread from crashing the CLI.
  worker.on('error', (e: unknown) => notice.report(`it failed: ${oneLine(e)}`));
  worker.on('messageerror', () => notice.report('its reply could not be read'));
  worker.on('exit', (code: number) => notice.report(`it exited with code ${code}`));
  return incarnation(remote, notice, () => void worker.terminate());
}

export interface NodePool {
  /** One seat per thread: runPool replaces a thread that exits or hangs. */
  seats: WorkerSeat<Remote<WorkerApi>>[];
  close(): Promise<void>;
}

/** How long a thread may take to start (~50 ms built; under tsx, which transpiles the engine in each thread, 1–3 s). */
const START_MS = 60_000;

/**
 * The engine's thread: in the built CLI (src/cli/bin/cliBuild.mjs bundles it as sim.node-worker.js beside this code) plain
 * JavaScript; run from source (tests, the bench) the TypeScript file under tsx.
 */
export function engineWorkerUrl(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return fromSource ? new URL('../../workers/sim.node-worker.ts', import.meta.url) : new URL('./sim.node-worker.js', import.meta.url);
}

/** Starts K worker threads running the engine (the same Comlink API as the browser's workers). */
export async function startNodePool(k: number, spawn: () => Worker = () => spawnTsWorker(engineWorkerUrl())): Promise<NodePool> {
  const threads = new Map<Incarnation<Remote<WorkerApi>>, Worker>();
  const start = () => {
    const worker = spawn();
    const inc = nodeIncarnation<WorkerApi>(worker);
    threads.set(inc, worker);
    inc.onDeath(() => threads.delete(inc));
    return inc;
  };
  const seats = Array.from({ length: k }, () => workerSeat(start));
  const close = async () => {
    const live = [...threads.values()];
    for (const s of seats) s.current.stop('the pool was closed');
    await Promise.all(live.map((w) => w.terminate()));
  };
  try {
    await Promise.all(seats.map((s) => started(s.current)));
  } catch (e) {
    await close();
    throw e;
  }
  return { seats, close };
}

/** Resolves when the thread answers a ping; rejects if it dies or stays silent first. */
function started(inc: Incarnation<Remote<WorkerApi>>): Promise<void> {
  return new Promise((resolve, reject) => {
    let unwatch = () => {};
    const settle = (why: string | null) => {
      clearTimeout(timer);
      unwatch();
      if (why === null) resolve();
      else reject(new WorkerFailure(`The simulation could not start: a worker thread ${why.replace(/^it /, '')}.`));
    };
    const timer = setTimeout(() => settle(`it did not answer within ${START_MS / 1000} s`), START_MS);
    unwatch = inc.onDeath(settle);
    inc.remote.ping().then(
      () => settle(null),
      (e: unknown) => settle(`it failed: ${oneLine(e)}`),
    );
  });
}
