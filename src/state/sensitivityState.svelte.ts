import { failure } from './failure.ts';
import type { ResultRow, SimulationResult } from '../core/results/accumulator.ts';
import { defaultSensitivityN, sensitivityScenarios, type SensitivityCase } from '../core/report/sensitivityScenarios.ts';
import type { ValidScenario } from '../core/scenario/types.ts';
import { readSampleSize } from '../form/sampleSizeText.ts';
import { runPool } from '../pool/runPool.ts';
import { sharedBrowserPool } from '../pool/sharedPool.ts';
import { untrack } from 'svelte';
import type { RunState, RunStatus } from './runState.svelte.ts';

export interface SensitivityPoint {
  kind: SensitivityCase['kind'];
  factor: number;
  rows: ResultRow[];
}

/**
 * Secondary runs after the main run: power vs a scaled effect and at ½× and 2× the variance, at one n,
 * on the same warm pool. They start when the main run is done and stop when it restarts or is cancelled.
 */
export class SensitivityState {
  status = $state<RunStatus>('idle');
  /** The n as typed (empty: the n for the target). */
  nText = $state('');
  /** The n, main-run key and scenario of the points shown. */
  n = $state<number | null>(null);
  key = $state('');
  scenario = $state.raw<ValidScenario | null>(null);
  points = $state.raw<SensitivityPoint[]>([]);
  done = $state(0);
  total = $state(0);
  error = $state('');
  #controller: AbortController | null = null;
  #want = '';

  /** The n to use for a main result, or a message naming the field and range. */
  target(s: ValidScenario, result: SimulationResult) {
    return readSampleSize(this.nText, 'Sensitivity n', defaultSensitivityN(s, result.rows));
  }

  /** Follows `run` from inside an effect root: secondary runs start when it is done and stop when it restarts. */
  track(run: RunState): void {
    $effect(() => {
      const [status, key] = [run.status, run.key];
      void this.nText;
      untrack(() => this.follow(status, run.scenario, run.result, key));
    });
  }

  /** Follows the main run: starts once it is done (unless these points are shown), stops otherwise. */
  follow(status: RunStatus, s: ValidScenario | null, result: SimulationResult | null, key: string): void {
    if (status !== 'done' || s === null || result === null) return this.cancel();
    const t = this.target(s, result);
    if (!t.ok) return;
    const want = `${key}|${t.n}`;
    if (want === this.#want && this.status !== 'error' && this.status !== 'cancelled') return;
    this.#want = want;
    void this.start(s, key, t.n);
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.#controller?.abort();
    this.status = 'cancelled';
  }

  private async start(s: ValidScenario, key: string, n: number): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    let cases: SensitivityCase[];
    try {
      cases = sensitivityScenarios(s, n);
    } catch (e) {
      this.status = 'error';
      this.error = (e as Error).message;
      return;
    }
    this.status = 'running';
    this.error = '';
    this.n = n;
    this.key = key;
    this.scenario = s;
    this.points = [];
    this.done = 0;
    this.total = cases.length;
    try {
      for (const c of cases) {
        const r = await runPool(sharedBrowserPool().seats, c.scenario, { signal: controller.signal });
        if (this.#controller !== controller) return;
        this.points = [...this.points, { kind: c.kind, factor: c.factor, rows: r.rows }];
        this.done += 1;
      }
      this.status = 'done';
    } catch (e) {
      if (this.#controller !== controller) return;
      ({ status: this.status, error: this.error } = failure(e));
    }
  }
}
