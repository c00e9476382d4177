import type { RandomStream } from '../../random/index.ts';
import type { Workspace } from '../../workspace.ts';

/** Fills a workspace with one simulated trial's per-arm data or summaries (completer counts are set). */
export interface TrialGenerator {
  generate(stream: RandomStream, ws: Workspace): void;
  /** Sets arm j's analysed value (mean, or rate) for the following trials: used by design priors. */
  setArmValue(j: number, value: number): void;
  /** Called with each chunk's stream before its first trial (a step with its own forked stream). */
  startChunk?(stream: RandomStream): void;
}
