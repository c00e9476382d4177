import { expose } from 'comlink';
import { explainApi } from './explainApi.ts';
import { holdLifeline } from './lifeline.ts';
import { simApi } from './simApi.ts';

const lifeline = holdLifeline(self.name);

const api = {
  ...simApi,
  ...explainApi,
  /** True once this worker holds its lifeline lock (the page may then queue on it), false without one. */
  holdsLifeline: (): Promise<boolean> => lifeline,
};
expose(api);

/** Everything a browser simulation worker offers: the planner's SimApi and the explanation's experiments. */
export type WorkerApi = typeof api;
