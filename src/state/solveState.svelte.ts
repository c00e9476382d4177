import { solveJob, type SolveAnswer } from '../core/run/solveJob.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import { LatestRun } from './latestRun.svelte.ts';

/**
 * The app's sample-size and smallest-effect searches, run in workers of the shared pool (the page's thread
 * only waits). One answer is kept, for the last scenario and target asked about.
 */
class SolveState {
  readonly run = new LatestRun(solveJob);
  /** The scenario object last asked about (by identity), so a view can tell the answer is for what it shows. */
  owner = $state.raw<ResolvedScenario | null>(null);
  status = $derived.by((): 'idle' | 'searching' | 'done' | 'failed' => {
    const s = this.run.status;
    return s === 'running' ? 'searching' : s === 'done' ? 'done' : s === 'idle' ? 'idle' : 'failed';
  });
  /** The answer for the last request, once both searches are done (null while searching). */
  answer = $derived<SolveAnswer | null>(this.run.status === 'done' ? this.run.result : null);

  /** Asks for the searches unless this scenario and target were already asked about. */
  request(scenario: ResolvedScenario, target: number, wantN: boolean): void {
    this.owner = scenario;
    this.run.request(Object.freeze({ scenario, target, wantN })); // frozen (the scenario is): sent without a copy
  }
}

export const solveState = new SolveState();
