import type { ResultRow, SimulationResult } from '../core/results/types.ts';
import { defaultSensitivityN, sensitivityScenarios, type SensitivityCase } from '../core/report/sensitivityScenarios.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import { readSampleSize } from '../form/sampleSizeText.ts';
import { untrack } from 'svelte';
import { scenariosJob } from '../core/run/scenariosJob.ts';
import { LatestRun, type RunStatus } from './latestRun.svelte.ts';

export interface SensitivityPoint {
  kind: SensitivityCase['kind'];
  factor: number;
  rows: ResultRow[];
}

/**
 * Secondary runs after the main run: power vs a scaled effect and at ½× and 2× the variance, at one n,
 * on the same warm pool (one run of the derived scenarios). They start when the main run is done and stop
 * when it restarts or is cancelled.
 */
interface Batch {
  key: string;
  n: number;
  mainKey: string;
  scenario: ResolvedScenario;
  cases: SensitivityCase[];
}

export class SensitivityState {
  readonly run = new LatestRun(scenariosJob);
  /** The n as typed (empty: the n for the target). */
  nText = $state('');
  #error = $state('');
  /** The derived scenarios last asked for; and every batch by run key, so the points shown keep their own n and cases. */
  #requested = $state.raw<Batch | null>(null);
  #batches = new Map<string, Batch>();
  #shown = $derived(this.#batches.get(this.run.key) ?? null);
  status = $derived<RunStatus>(this.#error ? 'error' : this.run.status);
  error = $derived(this.#error || this.run.error);
  /** The n, main-run key and scenario of the points shown. */
  n = $derived(this.#shown?.n ?? null);
  key = $derived(this.#shown?.mainKey ?? '');
  scenario = $derived(this.#shown?.scenario ?? null);
  /** The derived scenarios finished so far, in the order of the cases. */
  points = $derived.by((): SensitivityPoint[] => {
    const results = this.run.result ?? [];
    return (this.#shown?.cases ?? []).flatMap((c, i) => (results[i] ? [{ kind: c.kind, factor: c.factor, rows: results[i].rows }] : []));
  });
  /** Derived scenarios of the latest request finished, of how many. */
  done = $derived(this.#shown !== null && this.#shown === this.#requested ? this.points.length : 0);
  total = $derived(this.#requested?.cases.length ?? 0);

  /** The n to use for a main result, or a message naming the field and range. */
  target(s: ResolvedScenario, result: SimulationResult) {
    return readSampleSize(this.nText, 'Sensitivity n', defaultSensitivityN(s, result.rows));
  }

  /** Follows `run` from inside an effect root: secondary runs start when it is done and stop when it restarts. */
  track(main: LatestRun<ResolvedScenario, SimulationResult>): void {
    $effect(() => {
      const [status, key] = [main.status, main.key];
      void this.nText;
      untrack(() => this.follow(status, main.params, main.result, key));
    });
  }

  /** Follows the main run: starts once it is done (unless these points are shown), stops otherwise. */
  follow(status: RunStatus, s: ResolvedScenario | null, result: SimulationResult | null, key: string): void {
    if (status !== 'done' || s === null || result === null) return this.cancel();
    const t = this.target(s, result);
    if (!t.ok) return;
    const want = `${key}|${t.n}`;
    if (want === this.#requested?.key && !this.#error && (this.run.status === 'running' || this.run.status === 'done')) return;
    let cases: SensitivityCase[];
    try {
      cases = sensitivityScenarios(s, t.n);
      this.#error = '';
    } catch (e) {
      this.#error = (e as Error).message;
      return;
    }
    const batch: Batch = { key: want, n: t.n, mainKey: key, scenario: s, cases };
    // Keep the batch on screen and this one; older ones can no longer be shown.
    for (const k of this.#batches.keys()) if (k !== this.run.key) this.#batches.delete(k);
    this.#batches.set(batch.key, batch);
    this.#requested = batch;
    // Frozen, as each validated scenario in it is: sent to the workers without a copy.
    this.run.request(Object.freeze(cases.map((c) => c.scenario)), batch.key);
  }

  cancel(): void {
    this.run.cancel();
  }
}
