import { validateScenario } from '../scenario/validate.ts';
import type { ResolvedScenario } from '../scenario/types.ts';

/** A two-arm responder comparison with fixed analysed numbers per arm. */
export interface BinaryDesign {
  /** True response rates, control then treatment. */
  control: number;
  treatment: number;
  nControl: number;
  nTreatment: number;
  test: 'chi-square' | 'fisher';
  alpha: number;
  sims: number;
  seed: string;
}

/**
 * The engine scenario for a binary design (validated like every scenario; throws on a programmer error).
 * Treatment arm size comes from the allocation ratio nTreatment / nControl, no dropout: the analysed n.
 * @example binaryScenario({control: 0.37, treatment: 0.33, nControl: 27, nTreatment: 24, test: 'chi-square', alpha: 0.05, sims: 1000, seed: 's'}).design.allocation // → 0.888…
 */
export function binaryScenario(d: BinaryDesign): ResolvedScenario {
  const v = validateScenario({
    name: 'EDSS Plus responders',
    endpoint: { type: 'binary', label: 'EDSS Plus improvement' },
    arms: [
      { label: 'Saline', rate: d.control },
      { label: 'MSC-NP', rate: d.treatment },
    ],
    analysis: { test: d.test, alpha: d.alpha, sides: 2 },
    design: { nPerArm: [d.nControl], allocation: d.nTreatment / d.nControl, dropout: 0 },
    simulation: { sims: d.sims, seed: d.seed },
  });
  if (!v.ok) throw new Error(`binaryScenario: ${v.errors.map((e) => e.message).join('; ')}`);
  if (Math.round(d.nControl * v.scenario.design.allocation) !== d.nTreatment) throw new Error('binaryScenario: allocation does not give nTreatment');
  return v.scenario;
}
