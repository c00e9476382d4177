import type { LossParams, LossPointResult } from '../explain/lossOfAmbulation.ts';
import { STRATEGIES } from '../explain/lossTrial.ts';
import { safeCsvFormat } from '../results/safeCsv.ts';
import { strategyName } from './lossViewText.ts';

/** Every point and strategy as CSV (unrounded): loss and cap per arm, power, and significant in either direction, with MCSEs. */
export function lossCsv(p: LossParams, r: readonly LossPointResult[]): string {
  const names = strategyName(p);
  return safeCsvFormat(
    r.flatMap((q) =>
      STRATEGIES.map((k) => ({
        controlLoss: q.loss[0],
        treatmentLoss: q.loss[1],
        controlCapSeconds: q.cap[0] ?? '',
        treatmentCapSeconds: q.cap[1] ?? '',
        strategy: names[k],
        nControl: p.n[0],
        nTreatment: p.n[1],
        sims: q.strategies[k].power.trials,
        powerBenefit: q.strategies[k].better.value,
        powerBenefitMcse: q.strategies[k].better.mcse,
        significantHarm: q.strategies[k].worse.value,
        power: q.strategies[k].power.value,
        controlUnable: q.unable[0],
        treatmentUnable: q.unable[1],
      })),
    ),
  );
}
