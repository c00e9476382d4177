import { trendNJob } from '../core/run/trendNJob.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import type { TrendClosedFormN } from '../core/solve/trendClosedFormN.ts';
import { LatestRun } from './latestRun.svelte.ts';

/**
 * The trend view's closed-form n for the target, computed in a worker of the shared pool (a multivariate t per
 * candidate n: too slow for the page's thread). One answer, for the last scenario and target asked about.
 */
class TrendNState {
  readonly run = new LatestRun(trendNJob);
  /** The scenario object last asked about (by identity), so the view can tell the answer is for what it shows. */
  owner = $state.raw<ResolvedScenario | null>(null);
  answer = $derived<TrendClosedFormN | null>(this.run.status === 'done' ? this.run.result : null);
  failed = $derived(this.run.status === 'error');

  /** Asks for the closed-form n unless this scenario and target were already asked about. */
  request(scenario: ResolvedScenario, target: number): void {
    this.owner = scenario;
    this.run.request(Object.freeze({ scenario, target })); // frozen (the scenario is): sent without a copy
  }
}

export const trendNState = new TrendNState();
