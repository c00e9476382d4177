/**
 * R functions for the many-to-one closed forms: the marginal power of one comparison beyond Dunnett's
 * critical value (pooled variance) or the Hasler–Hothorn (2008) one (each arm's own variance), the
 * critical value solved on mvtnorm::pmvt at the correlations λiλj.
 */
export const R_MANY_TO_ONE = String.raw`
# Dunnett's critical value: the c with P(max |T| <= c) = 1 - alpha (max T when one-sided) for a
# multivariate t with correlations lam_i * lam_j, solved with uniroot on mvtnorm::pmvt. pmvt integrates
# by randomised quasi-Monte Carlo: a fixed seed makes it a smooth function of c, and 50,000 points
# put c within about 1e-5. pmvt needs whole df: at fractional df (expected completers under dropout)
# c is interpolated linearly in 1/df between the two whole df around it. Memoised per design.
critical_memo <- new.env()
dunnett_critical <- function(alpha, lam, df, sides) {
  if (length(lam) == 1) return(qt(1 - alpha / sides, df))
  key <- paste(format(c(alpha, lam, df, sides), digits = 17), collapse = " ")
  if (!is.null(critical_memo[[key]])) return(critical_memo[[key]])
  corr <- outer(lam, lam)
  diag(corr) <- 1
  k <- length(lam)
  q <- function(d) {
    coverage <- function(c) {
      set.seed(1)
      lower <- if (sides == 2) rep(-c, k) else rep(-Inf, k)
      mvtnorm::pmvt(lower = lower, upper = rep(c, k), df = d, corr = corr,
                    algorithm = mvtnorm::GenzBretz(maxpts = 50000, abseps = 1e-6))[1] - (1 - alpha)
    }
    uniroot(coverage, c(qt(1 - alpha / sides, d), qt(1 - alpha / sides / k, d) + 0.01), tol = 1e-8)$root
  }
  c <- if (df == round(df)) q(df) else {
    lo <- floor(df)
    hi <- ceiling(df)
    w <- (1 / df - 1 / hi) / (1 / lo - 1 / hi)
    w * q(lo) + (1 - w) * q(hi)
  }
  assign(key, c, envir = critical_memo)
  c
}

# Single-step Dunnett, pooled variance: noncentral t with df = sum(n) - arms.
dunnett_power <- function(arm, means, sds, n, sign, alpha, sides) {
  df <- sum(n) - length(n)
  crit <- dunnett_critical(alpha, sqrt(n[-1] / (n[-1] + n[1])), df, sides)
  pooled <- sum((n - 1) * sds^2) / df
  j <- arm + 1
  t_tails(crit, df, sign * (means[j] - means[1]) / sqrt(pooled * (1 / n[j] + 1 / n[1])), sides)
}

# Hasler-Hothorn: Welch statistic with its Satterthwaite df; critical value at the planned
# correlations with floor(df) (at least 2), as the test itself uses.
hasler_hothorn_power <- function(arm, means, sds, n, sign, alpha, sides) {
  v <- sds^2 / n
  lam <- pmin(sqrt(v[1] / (v[1] + v[-1])), 0.9999)
  j <- arm + 1
  s <- v[1] + v[j]
  nu <- s^2 / (v[1]^2 / (n[1] - 1) + v[j]^2 / (n[j] - 1))
  crit <- dunnett_critical(alpha, lam, max(2, floor(nu)), sides)
  t_tails(crit, nu, sign * (means[j] - means[1]) / sqrt(s), sides)
}
`;
