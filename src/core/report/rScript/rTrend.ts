/**
 * The trend test's check: DoseFinding::powMCT, the multivariate noncentral t power of the max-contrast
 * test, beside Stride's simulated chance of showing a dose-response (trend[].significant). Stride
 * reports no closed form for it, so it is a check of the simulation, not part of the JSON line.
 */
import { effectPlan } from '../../effects/effectPlan.ts';
import { directionSign } from '../../endpoints/directionSign.ts';
import type { SimulationResult } from '../../results/types.ts';
import type { ResolvedScenario } from '../../scenario/types.ts';
import { buildTrendTest } from '../../sim/buildTrendTest.ts';
import { planPoints } from '../../sim/plan.ts';
import { rCall, rNumber, rNumbers } from './rLiteral.ts';
import { armDropout } from './rowInputs.ts';

/**
 * `trend <- list(…)`: per grid point Stride's simulated significance and the powMCT call, at the
 * contrasts, df and level of Stride's test (planned n) and the expected completers.
 */
export function rTrendRows(s: ResolvedScenario, result: SimulationResult): string {
  const points = planPoints(s);
  const entries = (result.trend ?? []).flatMap((t, p) => {
    const test = buildTrendTest(s, points[p].n);
    if (!test) return [];
    const k = test.arms;
    const columns = Array.from({ length: test.models }, (_, m) => rNumbers(Array.from(test.contrasts.subarray(m * k, m * k + k))));
    const completers = points[p].n.map((n, j) => (armDropout(s, j) > 0 ? `${rNumber(n)} * (1 - ${rNumber(armDropout(s, j))})` : rNumber(n)));
    const call = rCall('trend_power', {
      doses: rNumbers(s.doseResponse!.doses),
      means: rNumbers(effectPlan(s).values),
      sds: rNumbers(s.arms.map((a) => a.sd)),
      n: `c(${completers.join(', ')})`,
      contMat: `cbind(${columns.join(', ')})`,
      alpha: rNumber(s.trendTest.alpha),
      df: rNumber(test.df),
      sign: rNumber(directionSign(s.endpoint)),
    });
    return [`  list(n0 = ${rNumber(t.nPerArm)}, stride_sim = ${rNumber(t.significant)}, stride_mcse = ${rNumber(t.significantMcse)},\n    power = function() ${call})`];
  });
  return `trend <- list(\n${entries.join(',\n')}\n)`;
}

export const R_TREND = String.raw`
# Power of the max-contrast trend test by DoseFinding::powMCT with S = diag(sd^2 / n): the planned
# means as a linear-interpolation model (checked against the means), Stride's contrasts and df.
trend_power <- function(doses, means, sds, n, contMat, alpha, df, sign) {
  o <- order(doses)
  mu <- sign * means[o]
  eff <- mu[-1] - mu[1]
  alt <- tryCatch(DoseFinding::Mods(linInt = eff, doses = doses[o], placEff = mu[1], maxEff = max(eff)), error = function(e) NULL)
  if (is.null(alt) || !isTRUE(all.equal(as.numeric(DoseFinding::getResp(alt, doses = doses[o])), mu, tolerance = 1e-10))) return(NA_real_)
  colnames(contMat) <- paste0("contrast", seq_len(ncol(contMat)))
  set.seed(1)
  as.numeric(DoseFinding::powMCT(contMat[o, , drop = FALSE], alpha = alpha, altModels = alt, S = diag(sds[o]^2 / n[o]),
                                 df = df, control = DoseFinding::mvtnorm.control(maxpts = 1e5, abseps = 1e-5)))
}
`;

export const R_TREND_REPORT = String.raw`
if (length(trend) > 0) {
  r_trend <- vapply(trend, function(t) t$power(), 0)
  t_sim <- vapply(trend, function(t) t$stride_sim, 0)
  t_mcse <- vapply(trend, function(t) t$stride_mcse, 0)
  cat("\nTrend test (MCP-Mod): Stride's simulated chance of showing a dose-response beside DoseFinding::powMCT,\n",
      "a closed form at the planned variances and expected completers (Stride's trials estimate the variances).\n", sep = "")
  print(data.frame(n = vapply(trend, function(t) t$n0, 0), stride_sim = paste0(fmt(t_sim), " +- ", fmt(t_mcse)),
                   powMCT = fmt(r_trend), z = fmt((r_trend - t_sim) / t_mcse, 2)), row.names = FALSE, right = FALSE)
}
`;
