import { safeCsvFormat } from '../../core/results/safeCsv.ts';
import type { ResultRow } from '../../core/results/types.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';

/** The heatmap's table: one row per dose arm and n, unrounded. */
export function heatmapCsv(s: ResolvedScenario, rows: readonly ResultRow[]): string {
  const unit = s.doseResponse?.unit ?? '';
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
      })),
  );
}
