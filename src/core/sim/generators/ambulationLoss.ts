import { binomialFromMode, type RandomStream } from '../../random/index.ts';
import type { Workspace } from '../../workspace.ts';
import type { TrialGenerator } from './types.ts';
import { unableResponders, unableToWalk, type UnableModel } from './unableToWalk.ts';

/** The loss stream's key: fork(LOSS_KEY) of each chunk's stream. */
export const LOSS_KEY = 'lossOfAmbulation';

/**
 * A generator followed by loss of ambulation (docs/scenario-format.md, "Loss of ambulation"). Dropout is
 * already drawn (completers in ws.m), so the loss applies to completers. Its uniforms come from a stream
 * forked from the chunk's stream at the chunk's start (RandomStream.fork): the walk draws the very numbers
 * it draws without a loss, and the result depends on the scenario and seed only, never on the workers.
 */
export class AmbulationLossGenerator implements TrialGenerator {
  private loss: RandomStream | null = null;

  constructor(
    private readonly inner: TrialGenerator,
    private readonly model: UnableModel,
    /** Responder counts (the binary path) rather than patient values. */
    private readonly counts: boolean,
    /**
     * The arm sizes when no arm has dropout: the point simulator then sets ws.m once per chunk, and
     * `exclude` shrinks it, so each trial starts again from these.
     */
    private readonly planned: Int32Array | null,
  ) {}

  startChunk(stream: RandomStream): void {
    this.loss = stream.fork(LOSS_KEY);
    this.inner.startChunk?.(stream);
  }

  setArmValue(j: number, value: number): void {
    this.inner.setArmValue(j, value);
  }

  generate(stream: RandomStream, ws: Workspace): void {
    if (this.planned !== null) ws.m.set(this.planned);
    this.inner.generate(stream, ws);
    // A caller that never starts a chunk (an experiment's own loop) forks once, from the first trial's stream.
    const loss = this.loss ?? (this.loss = stream.fork(LOSS_KEY));
    if (this.counts) unableResponders(loss, ws, this.model, binomialFromMode);
    else unableToWalk(loss, ws, this.model);
  }
}
