import { readTextFile } from './readTextFile.ts';
import { jsonErrorMessage } from '../share/readScenario.ts';
import { validateScenario } from '../core/scenario/validate.ts';
import { MAX_SHOWN_ERRORS, shownErrors } from '../core/scenario/checks.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import type { CliArgs } from './args.ts';

const MAX_FILE_BYTES = 1_000_000;

export type LoadResult = { ok: true; scenario: ResolvedScenario; warnings: string[] } | { ok: false; error: string };

/** Reads, parses and validates the scenario file, with the command line's overrides applied. */
export function loadScenario(args: CliArgs): LoadResult {
  const file = readTextFile(args.file, MAX_FILE_BYTES);
  return file.ok ? loadScenarioText(file.text, args) : file;
}

/** Parses and validates a scenario's text with the overrides applied (the CLI's path after reading the file). */
export function loadScenarioText(text: string, args: CliArgs): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${args.file} is not valid JSON: ${jsonErrorMessage(e)}` };
  }
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const j = json as Record<string, unknown>;
    const sim = typeof j.simulation === 'object' && j.simulation !== null ? { ...(j.simulation as object) } : {};
    if (args.sims !== undefined) (sim as Record<string, unknown>).sims = args.sims;
    if (args.seed !== undefined) (sim as Record<string, unknown>).seed = args.seed;
    if (args.sims !== undefined || args.seed !== undefined || j.simulation === undefined) j.simulation = sim;
  }
  const v = validateScenario(json);
  if (!v.ok) {
    const flagged = v.errors.slice(0, MAX_SHOWN_ERRORS).map((e) =>
      e.path === 'simulation.sims' && args.sims !== undefined
        ? `--sims: ${e.message}`
        : e.path === 'simulation.seed' && args.seed !== undefined
          ? `--seed: ${e.message}`
          : e.message,
    );
    const more = v.errors.length > MAX_SHOWN_ERRORS ? [shownErrors(v.errors)[MAX_SHOWN_ERRORS]] : [];
    return { ok: false, error: `${args.file}: ${[...flagged, ...more].join('; ')}` };
  }
  return v;
}
