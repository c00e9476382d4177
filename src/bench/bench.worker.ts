import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { trialRate } from './trialRate.ts';

// One measurement per fresh worker: a new isolate, so earlier cases cannot make call sites polymorphic.
if (parentPort) expose({ trialRate }, nodeEndpoint(parentPort));
