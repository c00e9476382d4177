import { ENGINE_VERSION } from '../../core/version.ts';
import { assumptionSummary } from '../../core/report/assumptionSummary.ts';
import { effectLines } from '../../core/report/figureNotes.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';

/** The planning basis, prior and dose assumptions in words (the figure captions' lines), for the compare view. */
export function effectNotes(s: ResolvedScenario): string[] {
  return effectLines(assumptionSummary(s, null, { engineVersion: ENGINE_VERSION, date: '' }));
}
