/**
 * The base-R simulation of one row: trials of the two arms compared (completers drawn per trial,
 * outcomes from Stride's generative model, R's own tests), so the script checks the simulation too.
 * It covers two-arm comparisons with multiplicity none or Bonferroni (each comparison's power then
 * depends on the two arms alone); `simulationGap` says in words what it leaves out.
 */
import type { ResolvedScenario } from '../../scenario/types.ts';

/** Why the R simulation does not cover this scenario's rows, or null when it does. */
export function simulationGap(s: ResolvedScenario): string | null {
  const { test, multiplicity } = s.analysis;
  if (s.enrichment) return 'an enrichment design (patients drawn from strata) is not simulated in R';
  if (s.interim) return 'a group-sequential design (interim looks) is not simulated in R';
  if (test === 'ancova') return 'ANCOVA (outcome and baseline drawn jointly) is not simulated in R';
  if (multiplicity !== 'none' && multiplicity !== 'bonferroni')
    return `multiplicity "${multiplicity}" needs every arm in one trial; the R simulation covers none and Bonferroni`;
  return null;
}

export const R_SIMULATION = String.raw`
# One arm's outcomes for m completers: normal; timed walk (% improvement from a log-normal ratio);
# binary (the number of responders).
draw_arm <- function(endpoint, m, value, sd, measure) {
  if (endpoint == "binary") return(rbinom(1, m, value))
  if (endpoint == "timed-walk") {
    d <- log_change(measure, value, sd)
    ratio <- exp(rnorm(m, d$mu, d$sd))
    return(if (measure == "distance") 100 * (ratio - 1) else 100 * (1 - ratio))
  }
  rnorm(m, value, sd)
}

# The p-value of R's own test of treatment (y1) against control (y0); NA when it cannot be computed.
p_value <- function(test, y0, y1, m0, m1, alt) {
  tryCatch(switch(test,
    student = t.test(y1, y0, var.equal = TRUE, alternative = alt)$p.value,
    welch = t.test(y1, y0, alternative = alt)$p.value,
    "mann-whitney" = wilcox.test(y1, y0, exact = FALSE, correct = TRUE, alternative = alt)$p.value,
    "chi-square" = suppressWarnings(prop.test(c(y1, y0), c(m1, m0), correct = FALSE, alternative = alt)$p.value),
    fisher = fisher.test(matrix(c(y1, m1 - y1, y0, m0 - y0), 2), alternative = alt)$p.value
  ), error = function(e) NA)
}

# Share of nsim trials significant at the level (both tails when two-sided); undefined = not significant.
sim_power <- function(endpoint, test, m0, m1, sd0, sd1, n0, n1, drop0, drop1, level, sides, sign, measure, nsim) {
  alt <- if (sides == 2) "two.sided" else if (sign > 0) "greater" else "less"
  hits <- 0
  for (t in seq_len(nsim)) {
    c0 <- if (drop0 > 0) rbinom(1, n0, 1 - drop0) else n0
    c1 <- if (drop1 > 0) rbinom(1, n1, 1 - drop1) else n1
    y0 <- draw_arm(endpoint, c0, m0, sd0, measure)
    y1 <- draw_arm(endpoint, c1, m1, sd1, measure)
    p <- p_value(test, y0, y1, c0, c1, alt)
    if (!is.na(p) && p <= level) hits <- hits + 1
  }
  hits / nsim
}
`;
