import { untrack } from 'svelte';
import { lossOfAmbulation, type LossParams, type LossPointResult } from '../core/explain/lossOfAmbulation.ts';
import { defaultThreshold, lossViewParams, walkOf } from '../core/explain/lossView.ts';
import { numberError } from '../core/explain/fieldCheck.ts';
import { defaultSensitivityN } from '../core/report/sensitivityScenarios.ts';
import type { SimulationResult } from '../core/results/types.ts';
import { experimentJob } from '../core/run/experimentJob.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import { LatestRun, type RunStatus } from './latestRun.svelte.ts';

/**
 * The planner's "patients who stop walking" view (issue 13): a secondary run after the main run of a
 * timed-walk scenario, on the shared pool, at one n; it stops when the main run restarts.
 */
export class LossViewState {
  readonly run = new LatestRun(experimentJob('loss-of-ambulation'));
  /** Treatment loss ÷ control loss. */
  ratio = $state(1);
  /** The inputs as typed: empty n = the n for the target; empty threshold = the scenario's (or 20%). */
  nText = $state('');
  thresholdText = $state('');
  #error = $state('');
  /** The scenario and ratio behind each requested run key, so the figure labels the run it shows. */
  #requests = new Map<string, { scenario: ResolvedScenario; ratio: number }>();
  #shown = $derived(this.#requests.get(this.run.key) ?? null);
  scenario = $derived(this.#shown?.scenario ?? null);
  shownRatio = $derived(this.#shown?.ratio ?? 1);
  status = $derived<RunStatus>(this.#error ? 'error' : this.run.status);
  error = $derived(this.#error || this.run.error);
  result = $derived<LossPointResult[] | null>(this.run.result);
  params = $derived<LossParams | null>(this.run.params);

  /** The threshold typed, or a message naming the field and its range. */
  threshold(s: ResolvedScenario): { ok: true; value: number } | { ok: false; message: string } {
    const t = this.thresholdText.trim();
    if (t === '') return { ok: true, value: defaultThreshold(s) };
    const v = Number(t);
    const e = numberError(Number.isFinite(v) ? v : Number.NaN, { label: 'Responder threshold', lo: 0, hi: 95, unit: '%' });
    return e === null ? { ok: true, value: v } : { ok: false, message: e };
  }

  /** The n typed (empty: `fallback`), or a message naming the field and its range (the experiment's). */
  readN(fallback: number): { ok: true; value: number } | { ok: false; message: string } {
    const t = this.nText.trim();
    if (t === '') return { ok: true, value: fallback };
    const e = numberError(Number(t), { label: 'Patients per arm', lo: 4, hi: 1000, integer: true });
    return e === null ? { ok: true, value: Number(t) } : { ok: false, message: e };
  }

  /** Follows the main run from inside an effect (the panel's): runs once it is done, stops when it restarts. */
  track(main: LatestRun<ResolvedScenario, SimulationResult>): void {
    $effect(() => {
      const [status, key] = [main.status, main.key];
      void [this.ratio, this.nText, this.thresholdText];
      untrack(() => this.follow(status, main.params, main.result, key));
    });
  }

  follow(status: RunStatus, s: ResolvedScenario | null, result: SimulationResult | null, key: string): void {
    if (status !== 'done' || s === null || result === null || walkOf(s) === null || s.arms.length < 2) return this.run.cancel();
    const n = this.readN(defaultSensitivityN(s, result.rows));
    const thr = this.threshold(s);
    if (!n.ok || !thr.ok) return;
    const params = lossViewParams(s, { ratio: this.ratio, threshold: thr.value, n: n.value });
    const errors = lossOfAmbulation.check(params);
    if (errors.length > 0) {
      this.#error = errors.join('; ');
      return;
    }
    this.#error = '';
    const want = `${key}|${this.ratio}|${n.value}|${thr.value}`;
    for (const k of this.#requests.keys()) if (k !== this.run.key) this.#requests.delete(k);
    this.#requests.set(want, { scenario: s, ratio: this.ratio });
    this.run.request(params, want);
  }

  cancel(): void {
    this.run.cancel();
  }
}

export const lossState = new LossViewState();
