import { failure } from './failure.ts';
import type { SimulationResult } from '../core/results/accumulator.ts';
import type { ValidScenario } from '../core/scenario/types.ts';
import type { BrowserPool } from '../pool/browserPool.ts';
import { runPool } from '../pool/runPool.ts';
import { sharedBrowserPool } from '../pool/sharedPool.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** One simulation run at a time on the warm worker pool; its progress and the last results shown. */
export class RunState {
  status = $state<RunStatus>('idle');
  /** The results on screen (the last valid run's, partial while running or after a cancel). */
  result = $state.raw<SimulationResult | null>(null);
  /** The scenario those results belong to, and its run key. */
  scenario = $state.raw<ValidScenario | null>(null);
  key = $state('');
  done = $state(0);
  total = $state(0);
  msLeft = $state<number | null>(null);
  error = $state('');
  #controller: AbortController | null = null;
  #pool: BrowserPool | null = null;

  /** Starts the workers now, so the first run does not pay for their start-up. */
  warm(): void {
    this.#pool ??= sharedBrowserPool();
  }

  /** Cancels any stale run and simulates `s`; progress replaces the shown results as it arrives. */
  start(s: ValidScenario, key: string): void {
    this.warm();
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    // A $state proxy cannot cross postMessage: send a plain snapshot, from this one place only.
    const scenario = $state.snapshot(s) as ValidScenario;
    const t0 = performance.now();
    this.status = 'running';
    this.error = '';
    this.done = 0;
    this.total = scenario.simulation.sims * scenario.design.nPerArm.length;
    this.msLeft = null;
    const show = (r: SimulationResult) => {
      if (this.#controller !== controller) return;
      this.result = r;
      this.scenario = scenario;
      this.key = key;
      this.done = r.trialsDone;
      this.total = r.trialsTotal;
      const ms = performance.now() - t0;
      this.msLeft = r.trialsDone > 0 ? (ms * (r.trialsTotal - r.trialsDone)) / r.trialsDone : null;
    };
    runPool(this.#pool!.seats, scenario, { signal: controller.signal, onProgress: show }).then(
      (r) => {
        if (this.#controller !== controller) return;
        show(r);
        this.status = 'done';
      },
      (e: unknown) => {
        if (this.#controller !== controller) return;
        ({ status: this.status, error: this.error } = failure(e));
      },
    );
  }

  /** Stops dispatching work; the partial results stay on screen, marked cancelled. */
  cancel(): void {
    if (this.status !== 'running') return;
    this.#controller?.abort();
    this.status = 'cancelled';
  }
}
