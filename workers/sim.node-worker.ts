import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { simApi } from './simApi.ts';

if (parentPort) expose(simApi, nodeEndpoint(parentPort));
