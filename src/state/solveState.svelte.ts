import type { ValidScenario } from '../core/scenario/types.ts';
import { sharedBrowserPool } from '../pool/sharedPool.ts';
import type { SolveAnswer } from '../../workers/simApi.ts';

/**
 * The app's sample-size and smallest-effect searches, run in a worker of the shared pool (the page's thread
 * only waits). One answer is kept, for the last scenario and target asked about.
 */
class SolveState {
  key = $state('');
  status = $state<'idle' | 'searching' | 'done' | 'failed'>('idle');
  answer = $state<SolveAnswer | null>(null);
  /** The scenario object last asked about (by identity), so a view can tell the answer is for what it shows. */
  owner = $state.raw<ValidScenario | null>(null);

  /** Asks for the searches unless this scenario and target were already asked about. */
  request(scenario: ValidScenario, target: number, wantN: boolean): void {
    const plain = $state.snapshot(scenario) as ValidScenario;
    const key = JSON.stringify([plain, target, wantN]);
    if (key === this.key) return;
    this.key = key;
    this.owner = scenario;
    this.status = 'searching';
    this.answer = null;
    const seat = sharedBrowserPool().seats[0];
    const worker = seat.live();
    const stop = new Promise<never>((_, reject) => worker.onDeath((why) => reject(new Error(why))));
    Promise.race([worker.remote.solve(plain, target, wantN), stop]).then(
      (answer) => {
        if (this.key !== key) return;
        this.answer = answer;
        this.status = 'done';
      },
      () => {
        if (this.key === key) this.status = 'failed';
      },
    );
  }
}

export const solveState = new SolveState();
