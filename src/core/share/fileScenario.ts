import type { Scenario, WrittenScenario } from '../scenario/types.ts';

/**
 * A scenario's written form in the file format, as plain JSON data (a copy): what links, reports and a second
 * validation read. The written form keeps the validator's own shape for the trend test's candidates
 * (`{ model, params: { ed50 } }`), which the file format writes flat (`{ model, ed50 }`): validated again as it was,
 * a scenario listing its candidates was refused ("params is not a known field"), so its share link did not open.
 * @example fileScenario(w).trendTest.candidates[0] // → { model: 'emax', ed50: 5, hill: 1 }
 */
export function fileScenario(w: WrittenScenario): Scenario {
  const out = JSON.parse(JSON.stringify(w)) as Scenario & { trendTest?: { candidates?: unknown[] } };
  const candidates = w.trendTest?.candidates;
  if (out.trendTest && candidates) out.trendTest.candidates = JSON.parse(JSON.stringify(candidates.map((c) => ({ model: c.model, ...c.params }))));
  return out;
}
