// Types for tests/npmTestRun.mjs (plain JavaScript: `npm test` runs it with node, before any TypeScript tooling).
export interface RunResult {
  /** The exit code; 1 when the command was ended by a signal. */
  code: number;
  /** Whether the hang guard stopped it. */
  timedOut: boolean;
  /** Its stdout and stderr, when captured. */
  output: string;
}
export function run(
  args: string[],
  options?: { capture?: boolean; background?: boolean; env?: Record<string, string>; limitS?: number },
): Promise<RunResult>;
export interface MergedReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
  startTime: number;
  testResults: unknown[];
  /** "unit 1,414", or "cli: no report" for a phase that wrote none. */
  perProject: string[];
}
export function mergeReports(files: string[]): MergedReport;
