import { expose } from 'comlink';
import { simApi } from './simApi.ts';

expose(simApi);
