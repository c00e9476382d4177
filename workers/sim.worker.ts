import { expose } from 'comlink';
import { explainApi } from './explainApi.ts';
import { simApi } from './simApi.ts';

const api = { ...simApi, ...explainApi };
expose(api);

/** Everything a browser simulation worker offers: the planner's SimApi and the explanation's experiments. */
export type WorkerApi = typeof api;
