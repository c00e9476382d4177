import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { workerApi } from './workerApi.ts';

if (parentPort) expose(workerApi, nodeEndpoint(parentPort));
