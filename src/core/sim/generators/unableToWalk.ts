import type { RandomStream } from '../../random/index.ts';
import type { Intercurrent } from '../../scenario/types.ts';
import type { Workspace } from '../../workspace.ts';
import { summarizeArm } from './summarize.ts';

/** How the step reads the scenario: per-arm loss, the strategy, the cap and what the data arrays hold. */
export interface UnableModel {
  loss: Float64Array;
  strategy: Intercurrent;
  measure: 'time' | 'distance';
  /** Seconds; needs each patient's baseline log time in ws.base (the generator writes it when a cap is set). */
  timeCap: number | undefined;
  /** The data are rank keys (generators/timedWalkData.ts), whose summaries nothing reads. */
  rankKeys: boolean;
}

/**
 * Loss of ambulation on full timed-walk data, after the walk was drawn: each completer is unable to walk
 * with the arm's probability (one uniform per patient, from the loss stream, so independent of the change),
 * or when the cap is set and the follow-up time T1 = T0·(1 − x/100) exceeds it. An unable patient is scored
 * by the strategy: worst-rank −∞ (below every walker, tied; keys and % values alike), cap the % improvement
 * at T1 = max(cap, T0) (distance: 0 m, −100%), exclude removed from the arm (m shrinks).
 */
export function unableToWalk(stream: RandomStream, ws: Workspace, u: UnableModel): void {
  const exclude = u.strategy === 'exclude';
  const cap = u.timeCap;
  for (let j = 0; j < ws.arms; j++) {
    const loss = u.loss[j];
    if (loss === 0 && cap === undefined) continue;
    const m = ws.m[j];
    const x = ws.data[j];
    const b = ws.base[j];
    const withBase = b.length > 0;
    let kept = 0;
    let changed = false;
    for (let i = 0; i < m; i++) {
      let unable = loss > 0 && stream.uniform() < loss;
      if (!unable && cap !== undefined) unable = Math.exp(b[i]) * (1 - x[i] / 100) > cap;
      if (!unable) {
        if (exclude) {
          x[kept] = x[i];
          if (withBase) b[kept] = b[i];
          kept++;
        }
        continue;
      }
      changed = true;
      if (u.strategy === 'worst-rank') x[i] = -Infinity;
      else if (u.strategy === 'cap') x[i] = cap === undefined ? -100 : Math.min(0, 100 * (1 - cap / Math.exp(b[i])));
    }
    if (exclude) ws.m[j] = kept;
    // Means and SDs for the t tests and ANCOVA; worst-rank is analysed by ranks only (Mann–Whitney).
    if (changed && !u.rankKeys && u.strategy !== 'worst-rank') summarizeArm(ws, j);
  }
}

/**
 * The same on responder counts (exact, no per-patient draws): of the r responders, Binomial(r, loss) are
 * unable to walk and no longer respond (non-responder, exclude); exclude also removes Binomial(m − r, loss)
 * of the non-responders from the arm.
 */
export function unableResponders(stream: RandomStream, ws: Workspace, u: UnableModel, draw: (s: RandomStream, n: number, p: number) => number): void {
  for (let j = 0; j < ws.arms; j++) {
    const loss = u.loss[j];
    if (loss === 0) continue;
    const m = ws.m[j];
    const r = ws.successes[j];
    const lostResponders = draw(stream, r, loss);
    ws.successes[j] = r - lostResponders;
    if (u.strategy === 'exclude') ws.m[j] = m - lostResponders - draw(stream, m - r, loss);
  }
}
