import { EXPERIMENTS, type ExperimentName, type ParamsOf, type ResultOf } from '../core/explain/registry.ts';
import type { Experiment } from '../core/explain/types.ts';
import { experimentJob } from '../core/run/experimentJob.ts';
import { LatestRun } from './latestRun.svelte.ts';

const DEBOUNCE_MS = 150;

/**
 * An experiment whose parameters are derived from the page's inputs: checked at once (field messages
 * for the reader), and re-run, debounced, whenever valid parameters change.
 */
export class AutoExperiment<N extends ExperimentName> {
  readonly run: LatestRun<ParamsOf<N>, ResultOf<N>>;
  params = $derived.by(() => this.build());
  errors = $derived.by(() => (EXPERIMENTS[this.name] as unknown as Experiment<ParamsOf<N>, unknown>).check(this.params));
  /**
   * The result when it belongs to the current parameters (partial while running), else null: text
   * built from it then never pairs new inputs with an old simulation's numbers.
   */
  current = $derived.by(() => {
    const p = this.run.params;
    return p !== null && JSON.stringify(p) === JSON.stringify($state.snapshot(this.params)) ? this.run.result : null;
  });

  constructor(
    readonly name: N,
    private readonly build: () => ParamsOf<N>,
  ) {
    this.run = new LatestRun(experimentJob(name));
  }

  /** Starts watching; call inside an effect root. */
  watch(): void {
    $effect(() => {
      const p = $state.snapshot(this.params) as ParamsOf<N>;
      if (this.errors.length > 0) return;
      const t = setTimeout(() => this.run.request(p), DEBOUNCE_MS);
      return () => clearTimeout(t);
    });
  }
}
