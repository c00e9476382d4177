import { validateScenario } from '../core/scenario/validate.ts';
import { shownErrors } from '../core/scenario/checks.ts';
import type { Scenario, ResolvedScenario } from '../core/scenario/types.ts';

/** Larger texts are refused before parsing: a scenario is a few kilobytes. */
export const MAX_SCENARIO_CHARS = 200_000;

export type ReadResult =
  | { ok: true; input: Scenario; scenario: ResolvedScenario; warnings: string[] }
  | { ok: false; errors: string[] };

/** Validates untrusted data (a parsed link, file or saved entry) exactly as the form is validated. */
export function readScenario(input: unknown): ReadResult {
  const v = validateScenario(input);
  if (!v.ok) return { ok: false, errors: shownErrors(v.errors) };
  return { ok: true, input: input as Scenario, scenario: v.scenario, warnings: v.warnings };
}

/**
 * JSON.parse's message on one short line: V8 quotes the offending text, newlines and all
 * ("Unexpected token 'N', "{\n "a": NaN\n}" is not valid JSON").
 */
export function jsonErrorMessage(e: unknown): string {
  const m = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  return m.length > 200 ? m.slice(0, 200) + '…' : m;
}

/** Parses and validates untrusted JSON text; `what` names its origin in messages ("the file"). */
export function readScenarioText(text: string, what: string): ReadResult {
  if (text.length > MAX_SCENARIO_CHARS)
    return { ok: false, errors: [`${what} is too large for a scenario (${text.length} characters, at most ${MAX_SCENARIO_CHARS})`] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // a byte-order mark is not part of the JSON
  } catch (e) {
    return { ok: false, errors: [`${what} is not valid JSON: ${jsonErrorMessage(e)}`] };
  }
  return readScenario(json);
}
