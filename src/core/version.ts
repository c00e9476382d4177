/**
 * Engine version: part of every result, since it fixes the random streams and the algorithms. Raise it when
 * the same seed would give other numbers (the streams or the per-trial draws change), and regenerate
 * tests/core/golden/golden.json with it (that test's header says when).
 */
export const ENGINE_VERSION = '0.2.0';
