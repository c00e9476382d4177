/**
 * Loss of ambulation in the R script. Responder rows need no R code of their own: rArms gives them the
 * rate (1 − loss)·p (non-responder) or the completer probability (1 − dropout)(1 − loss) (exclude), exact
 * as in Stride. Timed-walk rows are simulated by `sim_power_loss`, the same model written in base R.
 */
import { lossApplies, timeCapOf } from '../../endpoints/ambulation.ts';
import type { ResolvedScenario } from '../../scenario/types.ts';
import { rNumber, rString } from './rLiteral.ts';

/** Whether the rows are timed-walk rows with a loss (simulated by sim_power_loss). */
export const walkLoss = (s: ResolvedScenario): boolean => lossApplies(s) && s.endpoint.type === 'timed-walk';

/** Arm j's responder rate as R code: (1 − loss)·p under non-responder, else unchanged. */
export function responderRate(s: ResolvedScenario, j: number, rate: string): string {
  const loss = s.arms[j].lossOfAmbulation;
  if (!lossApplies(s) || s.endpoint.type !== 'responder' || loss === 0 || s.analysis.intercurrent !== 'non-responder') return rate;
  return `(1 - ${rNumber(loss)}) * ${rate}`;
}

/** Arm j's dropout as the R script uses it: under exclude on a responder, 1 − (1 − dropout)(1 − loss) (Stride's own double). */
export function responderDropout(s: ResolvedScenario, j: number): number {
  const { dropout, lossOfAmbulation: loss } = s.arms[j];
  if (!lossApplies(s) || s.endpoint.type !== 'responder' || loss === 0 || s.analysis.intercurrent !== 'exclude') return dropout;
  return 1 - (1 - dropout) * (1 - loss);
}

/** The extra arguments of sim_power_loss for the comparison of arm i with the control. */
export function walkLossArgs(s: ResolvedScenario, i: number): Record<string, string> {
  const e = s.endpoint;
  const walk = e.type === 'timed-walk' ? e : null;
  return {
    loss0: rNumber(s.arms[0].lossOfAmbulation),
    loss1: rNumber(s.arms[i].lossOfAmbulation),
    strategy: rString(s.analysis.intercurrent ?? 'exclude'),
    cap: rNumber(timeCapOf(s) ?? null),
    log_mean: rNumber(walk?.baselineLogMean ?? 0),
    log_sd: rNumber(walk?.baselineLogSd ?? 0),
    rho: rNumber(walk?.changeBaselineCorrelation ?? 0),
  };
}

export const R_LOSS = String.raw`
# Loss of ambulation on a timed walk (Stride's docs/scenario-format.md): each completer is unable to walk
# with probability loss, or when T1 = T0 * exp(D) exceeds the cap (T0 = exp(L0), corr(L0, D) = rho).
# worst-rank: below every walker, tied (a finite -Inf: wilcox.test drops infinite values); cap: the time
# set to max(cap, T0), or 0 m (-100%) for a distance; exclude: left out.
draw_walk_loss <- function(m, value, sd, measure, loss, strategy, cap, log_mean, log_sd, rho) {
  d <- log_change(measure, value, sd)
  z0 <- rnorm(m)
  ratio <- exp(d$mu + d$sd * (rho * z0 + sqrt(1 - rho^2) * rnorm(m)))
  t0 <- exp(log_mean + log_sd * z0)
  y <- if (measure == "distance") 100 * (ratio - 1) else 100 * (1 - ratio)
  unable <- runif(m) < loss
  if (!is.na(cap)) unable <- unable | t0 * ratio > cap
  if (strategy == "worst-rank") y[unable] <- -.Machine$double.xmax
  if (strategy == "cap") y[unable] <- if (is.na(cap)) -100 else pmin(0, 100 * (1 - cap / t0[unable]))
  if (strategy == "exclude") y <- y[!unable]
  y
}

sim_power_loss <- function(test, m0, m1, sd0, sd1, n0, n1, drop0, drop1, loss0, loss1, strategy, cap,
                           log_mean, log_sd, rho, level, sides, sign, measure, nsim) {
  alt <- if (sides == 2) "two.sided" else if (sign > 0) "greater" else "less"
  hits <- 0
  for (t in seq_len(nsim)) {
    c0 <- if (drop0 > 0) rbinom(1, n0, 1 - drop0) else n0
    c1 <- if (drop1 > 0) rbinom(1, n1, 1 - drop1) else n1
    y0 <- draw_walk_loss(c0, m0, sd0, measure, loss0, strategy, cap, log_mean, log_sd, rho)
    y1 <- draw_walk_loss(c1, m1, sd1, measure, loss1, strategy, cap, log_mean, log_sd, rho)
    p <- p_value(test, y0, y1, length(y0), length(y1), alt)
    if (!is.na(p) && p <= level) hits <- hits + 1
  }
  hits / nsim
}
`;
