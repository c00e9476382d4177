export { RandomStream, streamFor } from './stream.ts';
export { GammaSampler, SQUEEZE_MARGIN } from './gamma.ts';
export { BinomialSampler } from './binomialTable.ts';
export { BinomialCache, sharedBinomialCache } from './binomialCache.ts';
export { binomialFromMode } from './binomialMode.ts';
