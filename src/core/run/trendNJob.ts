import type { ResolvedScenario } from '../scenario/types.ts';
import type { TrendClosedFormN } from '../solve/trendClosedFormN.ts';
import type { Job } from './job.ts';

export interface TrendNParams {
  scenario: ResolvedScenario;
  /** The target power, in (0, 1). */
  target: number;
}

/**
 * The trend view's n for the target (trendClosedFormN) as a job: one task, so the closed form's multivariate t
 * (up to a few seconds at many doses) runs in a worker, never on the page's thread.
 */
export const trendNJob: Job<TrendNParams, 'n', TrendClosedFormN, TrendClosedFormN | null> = {
  name: 'trendN',
  taskLimitMs: 2 * 60_000,
  check: (p) => (p.target > 0 && p.target < 1 ? [] : [`target power must be in (0, 1), got ${p.target}`]),
  tasks: () => ['n'],
  total: () => 1,
  merger() {
    let answer: TrendClosedFormN | null = null;
    return {
      add(c) {
        answer = c;
      },
      get trialsDone() {
        return answer === null ? 0 : 1;
      },
      result: () => answer,
    };
  },
};
