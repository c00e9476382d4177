import { durationText } from '../core/report/numberText.ts';
import type { Incarnation } from './seat.ts';

/**
 * How long a batch may take before its worker is declared hung. A worker that called self.close()
 * fires no event (and a worker stuck in a loop answers nothing), so the clock is the last resort.
 * Batches aim at ~60 ms, so these limits are generous: a false alarm only costs a restart.
 */
export interface WatchdogLimits {
  /** A worker's first batch of a run (it may be starting, and builds the run's tables), or before anything was measured. */
  firstMs: number;
  /** The least time any batch gets once timings are known. */
  floorMs: number;
  /** Multiple of the slowest per-task time seen in this run. */
  factor: number;
  /** Extra wait after the deadline, so replies queued behind a busy page are read first. */
  graceMs: number;
}

export const DEFAULT_LIMITS: WatchdogLimits = { firstMs: 60_000, floorMs: 10_000, factor: 20, graceMs: 1_000 };

/** Milliseconds a batch of `tasks` may take, given the slowest per-task time so far (null: none yet). */
export function deadlineMs(limits: WatchdogLimits, tasks: number, msPerTask: number | null): number {
  if (msPerTask === null) return limits.firstMs;
  return Math.max(limits.floorMs, limits.factor * msPerTask * tasks);
}

export type CallOutcome<T> = { kind: 'ok'; value: T } | { kind: 'failed'; why: string } | { kind: 'aborted' };

/**
 * Waits for `call` on `inc`, but no longer than the worker lives, the deadline, or the run: whichever
 * ends first decides, and a later reply is dropped (so a batch is never counted twice).
 */
export function callWithin<T>(inc: Incarnation<unknown>, call: Promise<T>, ms: number, graceMs: number, signal: AbortSignal): Promise<CallOutcome<T>> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unwatch = () => {};
    const finish = (o: CallOutcome<T>) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      unwatch();
      resolve(o);
    };
    const onAbort = () => finish({ kind: 'aborted' });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    // Two timers: if the page was busy past the deadline, the reply may be waiting in the queue.
    timer = setTimeout(() => (timer = setTimeout(() => finish({ kind: 'failed', why: `it did not answer within ${durationText(ms)}` }), graceMs)), ms);
    call.then(
      (value) => finish({ kind: 'ok', value }),
      (e: unknown) => finish({ kind: 'failed', why: `it failed: ${oneLine(e)}` }),
    );
    unwatch = inc.onDeath((why) => finish({ kind: 'failed', why }));
  });
}

/** An error's message on one line (a worker's error may carry a stack or newlines). */
export function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
  return msg.split('\n')[0].trim() || 'an unknown error';
}
