import { wrap, type Remote } from 'comlink';
import type { WorkerApi } from '../../workers/workerApi.ts';
import { EARLY_WORKERS } from './earlyWorkersPlugin.ts';
import { deathNotice, incarnation, type Incarnation } from './seat.ts';

interface EarlyWorker {
  worker: Worker;
  name: string;
  /** An error the worker raised before the app listened (a failed load), else null. */
  failed: string | null;
}

/** A worker index.html started before the app's scripts loaded (earlyWorkersPlugin.ts), once each. */
function takeEarlyWorker(): EarlyWorker | undefined {
  return (globalThis as { [EARLY_WORKERS]?: EarlyWorker[] })[EARLY_WORKERS]?.shift();
}

/** How many workers index.html started that no seat has adopted yet. */
export function earlyWorkerCount(): number {
  return (globalThis as { [EARLY_WORKERS]?: EarlyWorker[] })[EARLY_WORKERS]?.length ?? 0;
}

let started = 0;

/** How long a new worker may take to take its lifeline (load and start its module). */
const LIFELINE_MS = 10_000;

/**
 * Starts one simulation worker (or adopts one index.html started) and watches for its end: an 'error' event (a failed load or an
 * uncaught error), a 'messageerror', or its Web Lock lifeline being released (self.close(), a
 * crash). Where Web Locks are missing, the pool's watchdog deadline is the remaining safeguard.
 */
export function startSimWorker(): Incarnation<Remote<WorkerApi>> {
  const early = takeEarlyWorker();
  // A name unique across tabs: it is the lifeline lock's name, and locks are shared by the origin.
  const name = early?.name ?? `stride-sim-${++started}-${Math.random().toString(36).slice(2)}`;
  // Written inline so Vite bundles the worker (engineering notes).
  const worker = early?.worker ?? new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name });
  const remote = wrap<WorkerApi>(worker);
  const notice = deathNotice();
  if (early?.failed) notice.report(`it failed: ${early.failed}`);
  worker.addEventListener('error', (e) => notice.report(e.message ? `it failed: ${e.message}` : 'it failed to start'));
  worker.addEventListener('messageerror', () => notice.report('its reply could not be read'));
  // Once the worker holds its lock, our request queues behind it and is granted when the worker ends.
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // A worker that closes before it holds its lock would never be heard of (no event, no reply): one that
  // has not answered within LIFELINE_MS is taken for dead, which costs at most a restart.
  const startup = setTimeout(() => notice.report(`it did not start within ${LIFELINE_MS / 1000} s`), LIFELINE_MS);
  remote.holdLifeline(name).then(
    (held) => {
      clearTimeout(startup);
      if (held) void locks?.request(name, () => notice.report('it closed'));
    },
    () => {
      clearTimeout(startup);
      notice.report('it did not start');
    },
  );
  return incarnation(remote, notice, () => worker.terminate());
}
