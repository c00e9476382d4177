import { ENGINE_VERSION } from '../core/engine.ts';
import { justification } from '../core/report/justification.ts';
import { isoDate } from '../core/report/reportDate.ts';
import type { SimulationResult } from '../core/results/types.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import { htmlReport } from '../report/htmlReport.ts';

export interface TextOptions {
  /** YYYY-MM-DD; default today (local time). */
  date?: string;
  /** The address the share link starts with; default none (the link is the `#s=…` fragment alone). */
  baseUrl?: string;
}

/**
 * `--format text`: the sample-size justification paragraph, exactly as the app's "Copy paragraph" gives
 * it for the same scenario and seed (the app's date is its day, its link starts with its own address).
 */
export function formatText(scenario: ResolvedScenario, result: SimulationResult, o: TextOptions = {}): string {
  return justification({ scenario, result, engineVersion: ENGINE_VERSION, date: o.date ?? isoDate(new Date()), baseUrl: o.baseUrl ?? '' }) + '\n';
}

/** `--format html`: the report the app's "Report (HTML)" downloads, with the same date and link options as text. */
export function formatHtml(scenario: ResolvedScenario, result: SimulationResult, o: TextOptions = {}): string {
  return htmlReport({ scenario, result, engineVersion: ENGINE_VERSION, date: o.date ?? isoDate(new Date()), baseUrl: o.baseUrl ?? '' });
}
