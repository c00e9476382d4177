import { safeCsvFormat } from '../../core/results/safeCsv.ts';
import type { ResultRow } from '../../core/results/types.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';
import { assuranceApplies } from '../../core/results/assuranceApplies.ts';
import { assuranceTitle } from './toHeatmapData.ts';

/** The heatmap's table: one row per dose arm and n, unrounded. */
export function heatmapCsv(s: ResolvedScenario, rows: readonly ResultRow[]): string {
  const unit = s.doseResponse?.unit ?? '';
  const prior = assuranceApplies(s) ? assuranceTitle(s).replace(/^assurance over /, '') : '';
  return safeCsvFormat(
    rows
      .filter((r) => r.sims > 0)
      .map((r) => ({
        arm: r.arm,
        dose: s.arms[r.armIndex]?.dose ?? '',
        doseUnit: unit,
        nPerArm: r.nPerArm,
        sims: r.sims,
        power: r.power,
        mcse: r.mcse,
        powerBenefit: r.powerBenefit,
        powerBenefitMcse: r.powerBenefitMcse,
        // Under a design or shape prior: assurance, and what it averages over (with the shape prior's weights).
        ...(prior ? { assurance: r.assurance ?? '', assuranceMcse: r.assuranceMcse ?? '', assuranceSims: r.assuranceSims, averagedOver: prior } : {}),
      })),
  );
}
