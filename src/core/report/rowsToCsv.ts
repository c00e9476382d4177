import { safeCsvFormat } from '../results/safeCsv.ts';
import type { ResultRow } from '../results/types.ts';

/**
 * The result table as CSV, one row per treatment arm and sample size (unrounded numbers). New columns
 * go last so readers that take columns by position keep working. `undefinedTrials` is per grid point.
 * A group-sequential design adds `expectedNPerArm` and `stopEfficacy1…K`, `stopFutility1…K` per look.
 */
export function rowsToCsv(rows: readonly ResultRow[]): string {
  return safeCsvFormat(
    rows.map((r) => ({
      arm: r.arm,
      nPerArm: r.nPerArm,
      nControl: r.nControl,
      nTreatment: r.nTreatment,
      nTotal: r.nTotal,
      sims: r.sims,
      power: r.power,
      mcse: r.mcse,
      ci95Low: r.ci95[0],
      ci95High: r.ci95[1],
      analyticPower: r.analyticPower ?? '',
      analyticMethod: r.analyticMethod ?? '',
      powerBenefit: r.powerBenefit,
      powerBenefitMcse: r.powerBenefitMcse,
      analyticPowerBenefit: r.analyticPowerBenefit ?? '',
      undefinedTrials: r.undefinedTrials,
      ...interimColumns(r),
    })),
  );
}

function interimColumns(r: ResultRow): Record<string, number> {
  if (!r.stopEfficacy || !r.stopFutility || r.expectedNPerArm === undefined) return {};
  const out: Record<string, number> = { expectedNPerArm: r.expectedNPerArm };
  r.stopEfficacy.forEach((p, k) => (out[`stopEfficacy${k + 1}`] = p));
  r.stopFutility.forEach((p, k) => (out[`stopFutility${k + 1}`] = p));
  return out;
}
