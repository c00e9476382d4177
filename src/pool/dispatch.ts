import type { WorkerSeat } from './seat.ts';
import { callWithin, deadlineMs, DEFAULT_LIMITS, type WatchdogLimits } from './watchdog.ts';

/** How many worker failures one run survives (each replaces the worker and re-sends its batch). */
export const MAX_FAILURES = 3;
/** A batch that failed this many times ends the run (it is likely what kills the worker). */
export const MAX_TRIES = 2;

export interface DispatchOptions {
  signal?: AbortSignal;
  /** Aim for batches of about this many milliseconds of work (fewer messages, quick cancel). */
  batchMs?: number;
  /** Called after each batch's results were added. */
  afterBatch?: () => void;
  limits?: Partial<WatchdogLimits>;
}

/** The error a run ends with when its workers keep failing (name 'WorkerFailure', message in words). */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
}

interface Job<T> {
  tasks: T[];
  tries: number;
}

/**
 * A batch aims at this much work: each reply costs the page a message and a merge, so fewer, larger
 * batches leave its main thread freer; a cancel still lands within about this time.
 */
export const BATCH_MS = 100;
/**
 * At most this many tasks a batch (a chunk of 1,000 fast trials takes well under a millisecond): at 256 a
 * 20 M-trial Welch run replied every ~18 ms, each reply a page-thread task; at 1024 a batch nears BATCH_MS.
 */
export const MAX_BATCH = 1024;

/**
 * Spreads `tasks` over the seats' workers, each pulling the next batch when free (batch sizes adapt
 * to ~batchMs). A worker that dies, hangs past the watchdog's deadline or throws is replaced and its
 * batch goes back in the queue; its late reply, if any, is dropped, so every batch is added exactly
 * once. Rejects with WorkerFailure after MAX_FAILURES failures, or when one batch fails MAX_TRIES
 * times; with an AbortError when `signal` aborts. Never waits on a dead worker.
 */
export async function dispatch<R, T, C>(
  seats: readonly WorkerSeat<R>[],
  tasks: readonly T[],
  call: (remote: R, batch: T[]) => Promise<C[]>,
  add: (c: C) => void,
  opts: DispatchOptions = {},
): Promise<void> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const batchMs = opts.batchMs ?? BATCH_MS;
  // One signal for the run: the caller's cancel, or this run's own stop after a fatal failure.
  const stop = new AbortController();
  const signal = stop.signal;
  const cancel = () => stop.abort();
  opts.signal?.addEventListener('abort', cancel);
  if (opts.signal?.aborted) cancel();
  const retry: Job<T>[] = [];
  let next = 0;
  let failures = 0;
  let msPerTask: number | null = null;

  const take = (size: number): Job<T> | undefined => {
    if (retry.length > 0) return retry.shift();
    if (next >= tasks.length) return undefined;
    const job = { tasks: tasks.slice(next, next + size), tries: 0 };
    next += job.tasks.length;
    return job;
  };

  async function work(seat: WorkerSeat<R>): Promise<void> {
    let size = 1;
    let warm: unknown = null;
    for (let job = take(size); job !== undefined && !signal.aborted; job = take(size)) {
      const inc = seat.live();
      const t0 = performance.now();
      // A worker's first batch of a run may include its start-up (seconds under tsx): the long deadline.
      const ms = deadlineMs(limits, job.tasks.length, warm === inc ? msPerTask : null);
      const out = await callWithin(inc, call(inc.remote, job.tasks), ms, limits.graceMs, signal);
      if (out.kind === 'aborted') return;
      if (out.kind === 'failed') {
        seat.replace(inc, out.why);
        job.tries += 1;
        failures += 1;
        if (job.tries >= MAX_TRIES) throw fatal(`the same batch of trials failed ${job.tries} times (last time ${out.why})`);
        if (failures > MAX_FAILURES) throw fatal(`a worker failed ${failures} times in this run (last time ${out.why})`);
        retry.push(job);
        continue;
      }
      for (const c of out.value) add(c);
      const took = Math.max(performance.now() - t0, 1);
      // Nor does that first batch measure a task's cost.
      if (warm === inc) msPerTask = Math.max(msPerTask ?? 0, took / job.tasks.length);
      warm = inc;
      size = Math.max(1, Math.min(MAX_BATCH, Math.round((size * batchMs) / took)));
      opts.afterBatch?.();
    }
  }

  function fatal(what: string): WorkerFailure {
    stop.abort();
    return new WorkerFailure(`The simulation stopped: ${what}. Run it again to start fresh workers.`);
  }

  try {
    await Promise.all(seats.map(work));
  } finally {
    opts.signal?.removeEventListener('abort', cancel);
    stop.abort();
  }
  if (opts.signal?.aborted) throw new DOMException('The simulation was cancelled', 'AbortError');
}
