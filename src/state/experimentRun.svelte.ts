import { failure } from './failure.ts';
import type { ExperimentName, ParamsOf, ResultOf } from '../core/explain/registry.ts';
import { runExperimentPool } from '../pool/runExperimentPool.ts';
import { sharedBrowserPool } from '../pool/sharedPool.ts';
import type { RunStatus } from './runState.svelte.ts';

/** One experiment on the shared warm pool: its latest result, the parameters behind it and its progress. */
export class ExperimentRun<N extends ExperimentName> {
  status = $state<RunStatus>('idle');
  result = $state.raw<ResultOf<N> | null>(null);
  /** The parameters of the result shown. */
  params = $state.raw<ParamsOf<N> | null>(null);
  done = $state(0);
  total = $state(0);
  error = $state('');
  #controller: AbortController | null = null;
  #key = '';

  constructor(readonly name: N) {}

  /** Runs `params` unless they are what is already shown or running. */
  request(params: ParamsOf<N>): void {
    const key = JSON.stringify(params);
    if (key === this.#key && this.status !== 'error') return;
    this.#key = key;
    this.start(params);
  }

  /** Cancels a stale run and simulates `params` (plain data: the caller passes a snapshot). */
  start(params: ParamsOf<N>): void {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'running';
    this.error = '';
    this.done = 0;
    const show = (p: { result: ResultOf<N>; done: number; total: number }) => {
      if (this.#controller !== controller) return;
      this.result = p.result;
      this.params = params;
      this.done = p.done;
      this.total = p.total;
    };
    runExperimentPool(sharedBrowserPool().seats, this.name, params, { signal: controller.signal, onProgress: show }).then(
      (p) => {
        if (this.#controller !== controller) return;
        show(p);
        this.status = 'done';
      },
      (e: unknown) => {
        if (this.#controller !== controller) return;
        ({ status: this.status, error: this.error } = failure(e));
      },
    );
  }
}
