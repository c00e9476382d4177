import type { DoseResponseFit } from './doseResponseFit.ts';
import { fittedTargetDose } from './targetDose.ts';

/**
 * The model-averaged target dose of DoseFinding's MCPMod(..., selModel = "aveAIC"): Σ wₘ·TDₘ over the averaged
 * models, each TDₘ its fit's TD over (0, ∞) (calcTD, TDtype "continuous"), as ?MCPMod computes it
 * (`doseEst %*% selMod`). One averaged model without a TD (its curve never reaches Δ) makes the average NaN, as R's
 * NA does in that product, whatever its weight. The average counts as TD̂ only within (0, maxDose], the doses the
 * trial can show (the same rule as every other TD̂ here). The averaged fits: `used[j]` set and the fit ok (a weight
 * that underflows to 0 still counts, as in R). `delta`: one Δ for every fit, or one per fit (a rate difference turns
 * into a different logit-scale Δ for each fit's own placebo rate, logitDelta).
 * @example averageTargetDose(fits, Uint8Array.of(1, 1), Float64Array.of(0.25, 0.75), 0.5, 1, 8) // → 0.25·TD₀ + 0.75·TD₁ (NaN past 8)
 */
export function averageTargetDose(
  fits: readonly DoseResponseFit[],
  used: ArrayLike<number>,
  weights: ArrayLike<number>,
  delta: number | ArrayLike<number>,
  sign: number,
  maxDose: number,
): number {
  let td = 0;
  for (let j = 0; j < fits.length; j++) {
    const f = fits[j];
    if (!used[j] || !f.ok) continue;
    const t = fittedTargetDose(f.model, f.coefs, f.offset, typeof delta === 'number' ? delta : delta[j], sign, Infinity);
    if (t !== t) return NaN;
    td += weights[j] * t;
  }
  return td > 0 && td <= maxDose ? td : NaN;
}
