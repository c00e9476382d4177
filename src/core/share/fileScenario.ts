import type { Scenario, WrittenScenario } from '../scenario/types.ts';

/**
 * A scenario's written form in the file format, as plain JSON data (a copy): what links, reports and a second
 * validation read. The written form keeps the validator's own shape for the trend test's candidates
 * (`{ model, params: { ed50 } }`), which the file format writes flat (`{ model, ed50 }`): validated again as it was,
 * a scenario listing its candidates was refused ("params is not a known field"), so its share link did not open.
 * @example fileScenario(w).trendTest.candidates[0] // → { model: 'emax', ed50: 5, hill: 1 }
 */
export function fileScenario(w: WrittenScenario): Scenario {
  const t = w.trendTest;
  const flat = t?.candidates ? { ...w, trendTest: { ...t, candidates: t.candidates.map((c) => ({ model: c.model, ...c.params })) } } : w;
  return JSON.parse(JSON.stringify(flat)) as Scenario; // one copy, which also drops undefined parameters
}
