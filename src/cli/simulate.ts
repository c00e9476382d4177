import { availableParallelism } from 'node:os';
import { ENGINE_VERSION } from '../core/engine.ts';
import { plannerJob } from '../core/run/plannerJob.ts';
import { runPool } from '../pool/runPool.ts';
import { parseArgs } from './args.ts';
import { rowsToCsv } from '../core/report/rowsToCsv.ts';
import { loadScenario } from './loadScenario.ts';
import { startNodePool } from './nodePool.ts';
import { formatHtml, formatText } from './textReport.ts';
import { rScript } from '../core/report/rScript/rScript.ts';
import { autoWorkers } from '../core/run/workerCount.ts';
import { estimateWork } from '../core/scenario/validate.ts';
import { solveReport } from '../core/solve/solveReport.ts';
import { trendSolveRefusal } from '../core/solve/solveTrend.ts';
import { oneLine } from '../pool/watchdog.ts';
import { assuranceApplies } from '../core/results/assuranceApplies.ts';

/** `simulate`: exit 0 with results on stdout; exit 2 with one line on stderr for bad input. */
async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) return fail(parsed.error);
  const loaded = loadScenario(parsed.args);
  if (!loaded.ok) return fail(loaded.error);
  const { scenario, warnings } = loaded;
  if (parsed.args.solveOn === 'assurance' && !assuranceApplies(scenario))
    return fail('--solve-on assurance needs an effectPrior or a trendTest.shapePrior in the scenario (assurance is the power averaged over it)');
  const trendRefusal = parsed.args.solveOn === 'trend' ? trendSolveRefusal(scenario) : null;
  if (trendRefusal !== null) return fail(trendRefusal);
  const pool = await startNodePool(parsed.args.workers ?? autoWorkers(estimateWork(scenario), availableParallelism()));
  try {
    const t0 = performance.now();
    const { result } = await runPool(pool.seats, plannerJob, scenario);
    const elapsedMs = Math.round((performance.now() - t0) * 10) / 10;
    // The searches run in this thread, on streams of their own: their answers do not depend on --workers.
    const t1 = performance.now();
    const solved = solveReport(scenario, parsed.args);
    const solveMs = Math.round((performance.now() - t1) * 10) / 10;
    if (parsed.args.format === 'csv') process.stdout.write(rowsToCsv(result.rows) + '\n');
    else if (parsed.args.format === 'r') process.stdout.write(rScript({ scenario, result, engineVersion: ENGINE_VERSION }));
    else if (parsed.args.format === 'html') process.stdout.write(formatHtml(scenario, result, parsed.args));
    else if (parsed.args.format === 'text') process.stdout.write(formatText(scenario, result, parsed.args) + solved.lines.map((l) => `\n${l}\n`).join(''));
    else {
      const out = {
        engine: ENGINE_VERSION,
        seed: scenario.simulation.seed,
        sims: scenario.simulation.sims,
        elapsedMs,
        workers: pool.seats.length,
        scenario: scenario.name ?? null,
        warnings: [...warnings, ...result.warnings, ...solved.warnings],
        results: result.rows,
        points: result.points,
        ...(result.trend ? { trend: result.trend } : {}),
        ...(result.enrichment ? { enrichment: result.enrichment } : {}),
        ...(result.interim ? { interim: result.interim } : {}),
        ...(Object.keys(solved.fields).length ? { ...solved.fields, solveMs } : {}),
      };
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    }
    return 0;
  } finally {
    await pool.close();
  }
}

function fail(message: string): number {
  // One line always: a message quoting a file's name or text cannot break it.
  process.stderr.write(`simulate: ${message.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')}\n`);
  return 2;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    // Worker threads that keep failing end the run with a message in words; anything else is a bug.
    const failed = e instanceof Error && e.name === 'WorkerFailure';
    process.stderr.write(`simulate: ${failed ? '' : 'internal error: '}${oneLine(e)}\n`);
    process.exitCode = 1;
  },
);
