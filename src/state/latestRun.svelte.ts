import { untrack } from 'svelte';
import { failure } from './failure.ts';
import type { Job } from '../core/run/job.ts';
import { autoWorkers } from '../core/run/workerCount.ts';
import { PROGRESS_MS, runPool, type RunProgress, type RunRemote } from '../pool/runPool.ts';
import { sharedBrowserPool } from '../pool/sharedPool.ts';
import type { WorkerSeat } from '../pool/seat.ts';

/**
 * Parameters as plain data. A $state proxy cannot cross postMessage: it is copied (a snapshot), from this one place
 * only. A frozen value is used as it is: a proxy is never frozen, and a validated scenario is (deepFreeze.ts), so a
 * run of the planner's scenario costs the page no deep copy of it (~1 ms per run and per follow-up search). Only the
 * top level is checked: a caller that freezes its parameters freezes plain data all the way down (validated
 * scenarios, numbers, strings), never an object holding a proxy.
 */
function plain<P>(input: P): P {
  return Object.isFrozen(input) ? input : ($state.snapshot(input) as P);
}

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/**
 * The latest run of one job on the shared warm pool, as the page shows it: a new start cancels the stale run,
 * whose late progress is then ignored. The shown result, its parameters and key change together (at the new
 * run's first progress), so a view never pairs new parameters with old numbers. Every view's run (planner,
 * explanation, sensitivity, comparison, searches) is one of these.
 */
export class LatestRun<P, R> {
  status = $state<RunStatus>('idle');
  /** The result shown: the last run's (partial while running or after a cancel). */
  result = $state.raw<R | null>(null);
  /** The parameters of the result shown, and their key. */
  params = $state.raw<P | null>(null);
  key = $state('');
  done = $state(0);
  total = $state(0);
  msLeft = $state<number | null>(null);
  error = $state('');
  /** The key of the latest run started (the one running, or the result shown once it has progressed). */
  requested = $state('');
  #controller: AbortController | null = null;

  constructor(
    readonly job: Job<P, unknown, unknown, R>,
    private readonly seats: () => readonly WorkerSeat<RunRemote>[] = () => sharedBrowserPool().seats,
  ) {}

  /** Starts the pool now (the workers index.html started, or one), so the first run does not pay for their start-up. */
  warm(): void {
    this.seats();
  }

  /**
   * Runs `params` unless they are what is already shown or running (a failed or cancelled run is retried).
   * Untracked: an effect that requests does not also depend on (and re-run with) this run's status.
   */
  request(params: P, key?: string): void {
    untrack(() => {
      const k = key ?? JSON.stringify(plain(params));
      if (k === this.requested && (this.status === 'running' || this.status === 'done')) return;
      void this.start(params, k);
    });
  }

  /**
   * Cancels any stale run and runs `params`; progress replaces the shown result as it arrives. Resolves with
   * the final result, or null when this run failed, was cancelled or was superseded.
   */
  async start(input: P, runKey?: string): Promise<R | null> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const params = plain(input);
    const key = runKey ?? JSON.stringify(params);
    this.requested = key;
    const t0 = performance.now();
    this.status = 'running';
    this.error = '';
    this.done = 0;
    this.msLeft = null;
    const current = () => this.#controller === controller;
    const show = (p: RunProgress<R>) => {
      if (!current()) return;
      this.result = p.result;
      this.params = params;
      this.key = key;
      this.done = p.done;
      this.total = p.total;
      this.msLeft = p.done > 0 ? ((performance.now() - t0) * (p.total - p.done)) / p.done : null;
    };
    try {
      this.total = this.job.total(params);
      // With nothing shown yet, the first partial result comes at once (the first curve after load). A rerun keeps
      // the last result (marked running) for its first PROGRESS_MS: one that ends sooner replaces it once, with its
      // final numbers, instead of flashing a curve of a few hundred trials first (and costing the page a redraw).
      const firstProgressMs = this.result === null ? 0 : PROGRESS_MS;
      // A small run uses one worker, as the command line does: a second would cost more to start than it saves.
      const seats = this.seats();
      const workers = this.job.work ? autoWorkers(this.job.work(params), seats.length) : seats.length;
      const p = await runPool(seats, this.job, params, { signal: controller.signal, onProgress: show, firstProgressMs, workers });
      if (!current()) return null;
      show(p);
      this.status = 'done';
      return p.result;
    } catch (e) {
      if (current()) ({ status: this.status, error: this.error } = failure(e));
      return null;
    }
  }

  /** Stops dispatching work; the partial result stays shown, marked cancelled. */
  cancel(): void {
    if (this.status !== 'running') return;
    this.#controller?.abort();
    this.status = 'cancelled';
  }
}
