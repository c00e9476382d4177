/**
 * The R function for a group-sequential (interim) design's closed form: rpact builds the boundaries at the
 * nominal information rates (Lan–DeMets asOF/asP, or noEarlyEfficacy), then the overall power is integrated
 * independently with mvtnorm at the actual looks (round(rate × n) patients per arm, expected completers
 * under dropout, unequal SDs and allocation): Z_k has mean θ·√I_k and cor(Z_j, Z_k) = √(I_j / I_k).
 * Futility is obeyed whether binding or not, as in Stride's twoArmInterimPower.
 */
export const R_INTERIM = String.raw`
# Overall power of a two-arm group-sequential z test: rpact's bounds, crossing probabilities by mvtnorm.
gs_power <- function(m0, m1, sd0, sd1, n0, n1, drop0, drop1, sign, level, rates, spending, futility, binding) {
  k <- length(rates)
  args <- list(kMax = k, alpha = level, sided = 1, typeOfDesign = spending, informationRates = rates)
  if (!is.na(futility) && k > 1) args <- c(args, list(futilityBounds = rep(futility, k - 1), bindingFutility = binding))
  design <- do.call(rpact::getDesignGroupSequential, args)
  crit <- design$criticalValues
  fut <- if (is.na(futility)) rep(-Inf, k) else c(pmin(futility, crit[-k]), -Inf)
  # Looks at round(rate * n) patients (half up, as Stride), at expected completers.
  look <- function(n) floor(signif(rates * n, 12) + 0.5)
  info <- 1 / (sd0^2 / (look(n0) * (1 - drop0)) + sd1^2 / (look(n1) * (1 - drop1)))
  mu <- sign * (m1 - m0) * sqrt(info)
  corr <- outer(seq_len(k), seq_len(k), function(i, j) sqrt(info[pmin(i, j)] / info[pmax(i, j)]))
  power <- 0
  for (j in seq_len(k)) {
    if (!is.finite(crit[j])) next
    # Infinite limits clipped 40 SDs from the mean (no mass beyond; Miwa would warn and use +-1000).
    clip <- function(x) pmin(pmax(x, mu[1:j] - 40), mu[1:j] + 40)
    lower <- clip(c(fut[seq_len(j - 1)], crit[j]))
    upper <- clip(c(crit[seq_len(j - 1)], Inf))
    p <- if (j == 1) pnorm(crit[1], mu[1], lower.tail = FALSE) else
      mvtnorm::pmvnorm(lower = lower, upper = upper, mean = mu[1:j], corr = corr[1:j, 1:j], algorithm = mvtnorm::Miwa(steps = 4097))
    power <- power + as.numeric(p)
  }
  power
}
`;
