/**
 * R functions for the t-based closed forms and Noether's Mann–Whitney power. Each recomputes from the
 * planned means, SDs and completers with R's own routines: power.t.test (equal n) or pwr.t2n.test
 * for Student, pt(…, ncp =) for Welch–Satterthwaite and ANCOVA. Both tails count when two-sided,
 * as power.t.test(strict = TRUE) does. `sign` orients the difference (+1: higher is better).
 */
export const R_T_TESTS = String.raw`
# Noncentral t beyond +crit, plus below -crit when two-sided.
t_tails <- function(crit, df, ncp, sides) {
  upper <- pt(crit, df, ncp = ncp, lower.tail = FALSE)
  if (sides == 2) min(1, upper + pt(-crit, df, ncp = ncp)) else upper
}

# Student: pooled SD from both arms; power.t.test at equal n, pwr::pwr.t2n.test otherwise.
student_power <- function(m0, m1, sd0, sd1, n0, n1, sign, level, sides) {
  diff <- sign * (m1 - m0)
  df <- n0 + n1 - 2
  sp <- sqrt(((n0 - 1) * sd0^2 + (n1 - 1) * sd1^2) / df)
  # Both packages refuse fewer than 2 per arm: the same noncentral t written out.
  if (min(n0, n1) < 2) return(t_tails(qt(1 - level / sides, df), df, diff / (sp * sqrt(1 / n0 + 1 / n1)), sides))
  if (n0 == n1) {
    alt <- if (sides == 2) "two.sided" else "one.sided"
    return(power.t.test(n = n0, delta = diff, sd = sp, sig.level = level, type = "two.sample",
                        alternative = alt, strict = TRUE)$power)
  }
  alt <- if (sides == 2) "two.sided" else "greater"
  pwr::pwr.t2n.test(n1 = n0, n2 = n1, d = diff / sp, sig.level = level, alternative = alt)$power
}

# Welch: noncentral t with the Welch-Satterthwaite df at the planned variances.
welch_power <- function(m0, m1, sd0, sd1, n0, n1, sign, level, sides) {
  v0 <- sd0^2 / n0
  v1 <- sd1^2 / n1
  df <- (v0 + v1)^2 / (v0^2 / (n0 - 1) + v1^2 / (n1 - 1))
  t_tails(qt(1 - level / sides, df), df, sign * (m1 - m0) / sqrt(v0 + v1), sides)
}

# ANCOVA on one baseline covariate: residual SD sd * sqrt(1 - rho^2), df = n0 + n1 - 3.
ancova_power <- function(m0, m1, sd0, sd1, n0, n1, sign, level, sides, rho) {
  sd <- sqrt((sd0^2 + sd1^2) / 2) * sqrt(1 - rho^2)
  df <- n0 + n1 - 3
  t_tails(qt(1 - level / sides, df), df, sign * (m1 - m0) / (sd * sqrt(1 / n0 + 1 / n1)), sides)
}

# Log change D = log(follow-up / baseline) ~ N(muD, sdD) matching a % improvement's mean and SD.
log_change <- function(measure, mean, sd) {
  ratio <- if (measure == "distance") 1 + mean / 100 else 1 - mean / 100
  s2 <- log1p((sd / 100 / ratio)^2)
  list(mu = log(ratio) - s2 / 2, sd = sqrt(s2))
}

# Noether (1987): P(treatment better) from the normal (or, for a timed walk, log-normal) model.
mann_whitney_power <- function(m0, m1, sd0, sd1, n0, n1, sign, level, sides, measure) {
  if (is.na(measure)) {
    ps <- pnorm(sign * (m1 - m0) / sqrt(sd0^2 + sd1^2))
  } else {
    d0 <- log_change(measure, m0, sd0)
    d1 <- log_change(measure, m1, sd1)
    z <- (d1$mu - d0$mu) / sqrt(d0$sd^2 + d1$sd^2)
    ps <- if (measure == "distance") pnorm(z) else pnorm(-z)
  }
  a <- sqrt(12 * n0 * n1 / (n0 + n1)) * (ps - 0.5)
  z <- qnorm(1 - level / sides)
  if (sides == 2) pnorm(a - z) + pnorm(-a - z) else pnorm(a - z)
}

# A responder's rate: P(outcome passes the threshold) under the normal or log-normal model.
responder_rate <- function(kind, mean, sd, threshold) {
  if (kind == "time" || kind == "distance") {
    d <- log_change(kind, mean, sd)
    if (kind == "distance") return(pnorm((log1p(threshold / 100) - d$mu) / d$sd, lower.tail = FALSE))
    return(pnorm((log1p(-threshold / 100) - d$mu) / d$sd))
  }
  z <- (mean - threshold) / sd
  if (kind == "lower-is-better") pnorm(z, lower.tail = FALSE) else pnorm(z)
}
`;
