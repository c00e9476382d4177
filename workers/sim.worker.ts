import { expose } from 'comlink';
import { explainApi } from './explainApi.ts';
import { holdLifeline } from './lifeline.ts';
import { simApi } from './simApi.ts';

const lifeline = holdLifeline(self.name);

const api = {
  ...simApi,
  ...explainApi,
  /** Answers once the lifeline is held, so the page may then queue on it. */
  async ping(): Promise<string> {
    await lifeline;
    return simApi.ping();
  },
};
expose(api);

/** Everything a browser simulation worker offers: the planner's SimApi and the explanation's experiments. */
export type WorkerApi = typeof api;
