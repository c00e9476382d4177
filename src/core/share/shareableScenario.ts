import type { Arm, Scenario } from '../scenario/types.ts';
import type { ResolvedScenario } from '../scenario/resolvedTypes.ts';
import { validateScenario } from '../scenario/validate.ts';
import { effectPlan } from '../effects/effectPlan.ts';
import { referenceArm } from '../effects/priorWeights.ts';
import { encodeShareHash } from './shareHash.ts';
import { fileScenario } from './fileScenario.ts';

/** Structural equality of plain JSON data (key order ignored). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** An arm as the user would write it: values the dose-response model fills in, and a regimen's dose, left out. */
function givenArm(a: Arm, s: Scenario): Arm {
  const out: Arm = { ...a };
  const model = s.doseResponse && s.doseResponse.model !== 'explicit';
  const field = s.endpoint.type === 'binary' ? 'rate' : 'mean';
  if (model && a.provenance?.[field] === 'derived') delete out[field];
  if (a.cellsPerInjection !== undefined && a.injections !== undefined) delete out.dose;
  return out;
}

/**
 * The scenario to put in a share link: the scenario as written (s.written, not the resolved form the engine
 * reads), with values the dose-response model derives and a default prior sd left for the engine to fill, so the
 * link reopens an editable plan. Falls back to the written scenario itself when leaving them out would change anything.
 * @example validateScenario(shareableScenario(v)).scenario // deep-equals v
 */
export function shareableScenario(s: ResolvedScenario): Scenario {
  const plain = fileScenario(s.written);
  const lean: Scenario = { ...plain, arms: plain.arms.map((a) => givenArm(a, plain)) };
  // A prior sd equal to the default (the SE the source's n implies) is left to the default too.
  if (plain.effectPrior && plain.effectPrior.sd === effectPlan(s).se[referenceArm(s)]) lean.effectPrior = { type: 'normal' };
  const back = validateScenario(JSON.parse(JSON.stringify(lean)));
  return back.ok && sameJson(fileScenario(back.scenario.written), plain) ? lean : plain;
}

/**
 * The share link of the simulated scenario: `base` (an address, or '' for the fragment alone) + `#s=1.…`.
 * @example scenarioLink(v, 'https://example.org/stride/') // → "https://example.org/stride/#s=1.N4Ig…"
 */
export function scenarioLink(s: ResolvedScenario, base: string): string {
  let hash = linkHashes.get(s);
  if (hash === undefined) {
    hash = encodeShareHash(shareableScenario(s));
    linkHashes.set(s, hash);
  }
  return base + hash;
}

/**
 * The link's fragment per resolved scenario, by identity: a resolved scenario is never changed once validated, and
 * the page's paragraph asks again for every run of it (a re-validation and a compression, ~4 ms of the page's thread).
 */
const linkHashes = new WeakMap<ResolvedScenario, string>();
