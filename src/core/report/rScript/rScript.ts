/**
 * `--format r` and the app's "R script": an R script a reviewer runs with Rscript to recompute
 * Stride's closed-form powers with R's own packages and to re-simulate the design in base R. Its last
 * line of output is `{"stride": […], "r": […]}`: the closed forms in the order of results[], rows
 * without one left out. Scenario texts enter only as escaped R string literals.
 */
import type { SimulationResult } from '../../results/types.ts';
import type { ResolvedScenario } from '../../scenario/types.ts';
import { R_BINARY } from './rBinary.ts';
import { R_INTERIM } from './rInterim.ts';
import { R_MANY_TO_ONE } from './rManyToOne.ts';
import { R_JSON_LINE, R_REPORT } from './rReport.ts';
import { rRows } from './rRows.ts';
import { R_SIMULATION, simulationGap } from './rSimulation.ts';
import { R_T_TESTS } from './rTTests.ts';
import { R_LOSS, walkLoss } from './rLoss.ts';
import { R_TREND, R_TREND_REPORT, rTrendRows } from './rTrend.ts';
import { simulationPath } from '../../sim/path.ts';
import { trendApplies } from '../../sim/trendSetup.ts';
import { rNumber, rString, rStrings } from './rLiteral.ts';

export interface RScriptInput {
  scenario: ResolvedScenario;
  result: SimulationResult;
  engineVersion: string;
}

/** Trials per row of the R simulation unless the reviewer passes another number. */
export const R_DEFAULT_TRIALS = 2000;

/** Debian package of each R package the script may need (base R's stats does the rest). */
const DEBIAN: Readonly<Record<string, string>> = { pwr: 'r-cran-pwr', mvtnorm: 'r-cran-mvtnorm', DoseFinding: 'r-cran-dosefinding', rpact: 'r-cran-rpact' };

/** Notes in words on what the script does not check for this scenario. */
function notes(s: ResolvedScenario): string[] {
  const out: string[] = [];
  const gap = simulationGap(s);
  if (gap) out.push(`the R simulation is skipped: ${gap}.`);
  if (walkLoss(s)) out.push('a timed walk with loss of ambulation has no closed form: its rows are simulated only, with the same loss, cap and strategy.');
  if (s.effectPrior || s.trendTest.shapePrior)
    out.push(`assurance (power averaged over the ${s.trendTest.shapePrior ? 'shape prior' : 'design prior'}${s.effectPrior && s.trendTest.shapePrior ? ' and the design prior' : ''}) is simulated only by Stride; the rows here are at the planned effect.`);
  return out;
}

/** The whole R script for a scenario and its simulation result. */
export function rScript({ scenario: s, result, engineVersion }: RScriptInput): string {
  const rows = rRows(s, result.rows);
  const methods = new Set(rows.map((r) => r.method));
  // A binary trend test (logit scale) has no R counterpart here yet: its rows are skipped (rTrendRows).
  const trend = trendApplies(s) && simulationPath(s.endpoint, s.analysis.test) !== 'binary-counts' && (result.trend?.length ?? 0) > 0;
  const needed = [
    ...(methods.has('student') ? ['pwr'] : []),
    ...(methods.has('dunnett') || methods.has('hasler-hothorn') || methods.has('group-sequential') ? ['mvtnorm'] : []),
    ...(methods.has('group-sequential') ? ['rpact'] : []),
    ...(trend ? ['DoseFinding'] : []),
  ];
  return [
    '# Stride R cross-check: recomputes the closed-form powers with R and re-simulates the design.',
    '# Run: Rscript THIS_FILE [TRIALS]   (TRIALS per row of the R simulation; default ' + R_DEFAULT_TRIALS + ')',
    '# The last line printed is JSON: {"stride": [...], "r": [...]}, the closed forms in the order of results[].',
    `stride_version <- ${rString(engineVersion)}`,
    `title <- ${rString(s.name ?? '(untitled scenario)')}`,
    `stride_sims <- ${rNumber(s.simulation.sims)}`,
    'args <- commandArgs(trailingOnly = TRUE)',
    `nsim <- if (length(args) > 0) suppressWarnings(as.integer(args[1])) else ${R_DEFAULT_TRIALS}L`,
    'if (is.na(nsim) || nsim < 1) stop("TRIALS must be a whole number of at least 1")',
    `needed <- ${rStrings(needed)}`,
    `debian <- ${rStrings(needed.map((p) => DEBIAN[p]))}`,
    'for (i in seq_along(needed)) if (!requireNamespace(needed[i], quietly = TRUE)) {',
    '  stop(sprintf("this script needs the R package %s: on Debian, apt-get install %s", needed[i], debian[i]), call. = FALSE)',
    '}',
    `notes <- ${rStrings(notes(s))}`,
    R_T_TESTS,
    R_MANY_TO_ONE,
    R_BINARY,
    R_SIMULATION,
    ...(walkLoss(s) ? [R_LOSS] : []),
    ...(methods.has('group-sequential') ? [R_INTERIM] : []),
    ...(trend ? [R_TREND] : []),
    `rows <- list(\n${rows.map((r) => r.code).join(',\n')}\n)`,
    trend ? rTrendRows(s, result) : 'trend <- list()',
    R_REPORT,
    ...(trend ? [R_TREND_REPORT] : []),
    R_JSON_LINE,
  ].join('\n');
}
