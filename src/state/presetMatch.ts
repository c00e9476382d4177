import { formToScenario } from '../form/formToScenario.ts';
import { scenarioToForm } from '../form/scenarioToForm.ts';
import { PRESETS, presetScenario } from '../share/presets.ts';
import { readScenario } from '../share/readScenario.ts';

const keys = new Map<string, string>();

/** A preset as the editor states it (form → scenario), as JSON: what an unmodified form's draft equals. */
export function presetKey(id: string): string {
  let k = keys.get(id);
  if (k === undefined) {
    const r = readScenario(presetScenario(id));
    k = r.ok ? JSON.stringify(formToScenario(scenarioToForm(r.input, r.scenario))) : '';
    keys.set(id, k);
  }
  return k;
}

/** The preset a loaded scenario is identical to (a link or file of an unmodified preset), or null. */
export function matchingPreset(draft: Record<string, unknown>): string | null {
  const k = JSON.stringify(draft);
  return PRESETS.find((p) => presetKey(p.id) === k)?.id ?? null;
}
