import { ENGINE_VERSION } from '../../core/version.ts';
import { justification } from '../../core/report/justification.ts';
import { isoDate } from '../../core/report/reportDate.ts';
import type { SimulationResult } from '../../core/results/types.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';

/**
 * The paragraph behind "Copy paragraph": the command line's `--format text` with the app's own date and
 * address (`--date` today, `--base-url` the page's address without its fragment).
 */
export function appParagraph(scenario: ResolvedScenario, result: SimulationResult, partial: boolean, now: Date, href: string): string {
  return justification({ scenario, result, engineVersion: ENGINE_VERSION, date: isoDate(now), baseUrl: href.split('#')[0], partial });
}
