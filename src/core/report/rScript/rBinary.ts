/**
 * R functions for binary endpoints: exact power by enumerating every 2×2 table with dbinom (Pearson's
 * z without continuity correction, or Fisher's exact test with fisher.test's own p-value rule,
 * written per margin with dhyper), averaged over the binomial number of completers under dropout;
 * and the normal approximation Stride falls back to past its enumeration limit.
 */
export const R_BINARY = String.raw`
# Completer counts and their probabilities, Binomial(n, 1 - drop); counts below 1e-10 left out.
completer_law <- function(n, drop) {
  if (drop == 0) return(list(m = n, w = 1))
  w <- dbinom(0:n, n, 1 - drop)
  keep <- w >= 1e-10
  list(m = (0:n)[keep], w = w[keep])
}

# Rejection of every table (rows: control responders 0..m0, columns: treatment 0..m1).
chisq_region <- function(m0, m1, level, sides, sign) {
  x0 <- 0:m0
  x1 <- 0:m1
  pbar <- outer(x0, x1, "+") / (m0 + m1)
  z <- sign * outer(x0 / m0, x1 / m1, function(a, b) b - a) / sqrt(pbar * (1 - pbar) * (1 / m0 + 1 / m1))
  crit <- qnorm(1 - level / sides)
  r <- if (sides == 2) abs(z) > crit else z > crit
  r[is.na(r)] <- FALSE
  r
}

# Fisher: per margin s the treatment's responders are hypergeometric. Two-sided p as fisher.test:
# the mass of outcomes no more likely than the observed one (relative tolerance 1e-7).
fisher_region <- function(m0, m1, level, sides, sign) {
  r <- matrix(FALSE, m0 + 1, m1 + 1)
  for (s in 0:(m0 + m1)) {
    x <- max(0, s - m0):min(m1, s)
    d <- dhyper(x, m1, m0, s)
    if (sides == 2) {
      sorted <- sort(d)
      p <- cumsum(sorted)[findInterval(d * (1 + 1e-7), sorted)]
    } else if (sign > 0) {
      p <- phyper(x - 1, m1, m0, s, lower.tail = FALSE)
    } else {
      p <- phyper(x, m1, m0, s)
    }
    r[cbind(s - x + 1, x + 1)] <- p <= level
  }
  r
}

binary_exact_power <- function(test, p0, p1, n0, n1, drop0, drop1, level, sides, sign) {
  region <- if (test == "fisher") fisher_region else chisq_region
  l0 <- completer_law(n0, drop0)
  l1 <- completer_law(n1, drop1)
  total <- 0
  for (a in seq_along(l0$m)) for (b in seq_along(l1$m)) {
    m0 <- l0$m[a]
    m1 <- l1$m[b]
    tables <- outer(dbinom(0:m0, m0, p0), dbinom(0:m1, m1, p1))
    total <- total + l0$w[a] * l1$w[b] * sum(tables[region(m0, m1, level, sides, sign)])
  }
  min(1, total)
}

# Normal approximation (Fleiss 1981; Fleiss-Tytun-Ury continuity correction for Fisher).
two_proportion_power <- function(p0, p1, n0, n1, level, sides, sign, continuity) {
  if (sign < 0) {
    p0 <- 1 - p0
    p1 <- 1 - p1
  }
  pbar <- (n0 * p0 + n1 * p1) / (n0 + n1)
  se0 <- sqrt(pbar * (1 - pbar) * (1 / n0 + 1 / n1))
  se1 <- sqrt(p0 * (1 - p0) / n0 + p1 * (1 - p1) / n1)
  cc <- if (continuity) (1 / n0 + 1 / n1) / 2 else 0
  z <- qnorm(1 - level / sides)
  tail <- function(delta) if (se1 > 0) pnorm((delta - cc - z * se0) / se1) else as.numeric(delta - cc - z * se0 > 0)
  if (sides == 2) min(1, tail(p1 - p0) + tail(p0 - p1)) else tail(p1 - p0)
}
`;
