import { readFileSync } from 'node:fs';
import { validateScenario } from '../core/scenario/validate.ts';
import type { ValidScenario } from '../core/scenario/types.ts';
import type { CliArgs } from './args.ts';

const MAX_FILE_BYTES = 1_000_000;

export type LoadResult = { ok: true; scenario: ValidScenario; warnings: string[] } | { ok: false; error: string };

/** Reads, parses and validates the scenario file, with the command line's overrides applied. */
export function loadScenario(args: CliArgs): LoadResult {
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    return { ok: false, error: `${args.file}: ${why}` };
  }
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: `${args.file}: larger than ${MAX_FILE_BYTES} bytes` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${args.file} is not valid JSON: ${(e as Error).message}` };
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
    const flagged = v.errors.map((e) =>
      e.path === 'simulation.sims' && args.sims !== undefined
        ? `--sims: ${e.message}`
        : e.path === 'simulation.seed' && args.seed !== undefined
          ? `--seed: ${e.message}`
          : e.message,
    );
    return { ok: false, error: `${args.file}: ${flagged.join('; ')}` };
  }
  return v;
}
