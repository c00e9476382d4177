/** Engine version: part of every result, since it fixes the random streams and the algorithms. */
export const ENGINE_VERSION = '0.1.0';
