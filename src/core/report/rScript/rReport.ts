/** The end of the R script: evaluate every row and print Stride's numbers beside R's. */
export const R_REPORT = String.raw`
options(width = 200)
has_closed <- !vapply(rows, function(r) is.null(r$closed), TRUE)
r_closed <- vapply(rows, function(r) if (is.null(r$closed)) NA_real_ else r$closed(), 0)
stride_closed <- vapply(rows, function(r) r$stride, 0)
set.seed(20261205)
r_sim <- vapply(rows, function(r) if (is.null(r$sim)) NA_real_ else r$sim(nsim), 0)
stride_sim <- vapply(rows, function(r) r$stride_sim, 0)
stride_mcse <- vapply(rows, function(r) r$stride_mcse, 0)
r_mcse <- sqrt(r_sim * (1 - r_sim) / nsim)
fmt <- function(x, d = 4) ifelse(is.na(x), "-", formatC(x, digits = d, format = "f"))
table <- data.frame(
  arm = vapply(rows, function(r) r$arm, ""),
  n = vapply(rows, function(r) paste0(r$n0, "/", r$n1), ""),
  method = vapply(rows, function(r) if (is.na(r$method)) "(none)" else r$method, ""),
  stride_closed = fmt(stride_closed),
  R_closed = fmt(r_closed),
  difference = formatC(r_closed - stride_closed, digits = 1, format = "e"),
  stride_sim = paste0(fmt(stride_sim), " +- ", fmt(stride_mcse)),
  R_sim = paste0(fmt(r_sim), " +- ", fmt(r_mcse)),
  z = fmt((r_sim - stride_sim) / sqrt(stride_mcse^2 + r_mcse^2), 2)
)
table$difference[!has_closed] <- "-"
cat("Scenario:", title, "\n")
cat("Closed forms: Stride's and R's; simulations: Stride's (", stride_sims, " trials) and R's (", nsim,
    " trials), each +- its Monte Carlo SE; z = their difference in SEs.\n", sep = "")
print(table, row.names = FALSE, right = FALSE)
if (any(has_closed)) {
  cat(sprintf("Largest |Stride - R| over the closed forms: %.2e\n", max(abs(r_closed - stride_closed)[has_closed])))
}
if (!all(has_closed)) cat("Rows for which Stride reports no closed form (method \"(none)\") are left out of the JSON.\n")
for (note in notes) cat("Note:", note, "\n")
`;

/** The script's last line of output: the closed forms as JSON, rows without one left out. */
export const R_JSON_LINE = String.raw`
json_numbers <- function(x) paste(ifelse(is.na(x), "null", sprintf("%.17g", x)), collapse = ", ")
cat(sprintf("{\"stride\": [%s], \"r\": [%s]}\n", json_numbers(stride_closed[has_closed]), json_numbers(r_closed[has_closed])))
`;
