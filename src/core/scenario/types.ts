/**
 * The scenario's types in one import: what the user writes (writtenTypes.ts) and what validation returns,
 * every default filled in (resolvedTypes.ts). Two files, so the resolved types can build on the written ones
 * without an import cycle.
 */
export type * from './writtenTypes.ts';
export type * from './resolvedTypes.ts';
