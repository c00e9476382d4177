import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import { releaseProxy, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { trialRate } from './trialRate.ts';
import { plannerJob } from '../core/run/plannerJob.ts';
import { runPool } from '../pool/runPool.ts';
import { spawnTsWorker, startNodePool } from '../cli/nodePool.ts';
import { benchRandom } from './randomBench.ts';
import { pageBench } from './pageBench.ts';
import { cliStartup } from './cliStartup.ts';
import { workEstimateRatios } from './workEstimateCheck.ts';
import { benchScenario, FULL_DATA, MANN_WHITNEY, rateCases, SHORTCUT, WALK, type RateCase } from './rateCases.ts';

/**
 * Trials per second on one core, measured in a fresh worker thread (as the app and CLI run them): the
 * best of `runs` measurements of `seconds` each in that thread.
 */
async function trialsPerSecond(c: RateCase, runs: number, seconds = 1): Promise<number> {
  const worker = spawnTsWorker(new URL('./bench.worker.ts', import.meta.url));
  const remote = wrap<{ trialRate: typeof trialRate }>(nodeEndpoint(worker));
  try {
    let best = 0;
    for (let r = 0; r < runs; r++) best = Math.max(best, await remote.trialRate(c.scenario, seconds, c.fullData));
    return best;
  } finally {
    remote[releaseProxy]();
    await worker.terminate();
  }
}

/** `--name value` from the command line. */
function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function numpyRates(): { welch50: number; mannWhitney50: number } | null {
  try {
    const script = fileURLToPath(new URL('./numpy_bench.py', import.meta.url));
    return JSON.parse(execFileSync('python3', [script, '1.0'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return null;
  }
}

const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(0)} k/s`);

// `npm run bench -- --only welch --runs 5`: only the one-core trial rates whose name contains "welch",
// each the best of 5 measurements, and their numpy + scipy ratio (README, "Benchmark").
const only = option('--only');
const runs = Number(option('--runs') ?? 1);
const cases = rateCases(only);

async function main() {
  if (!(Number.isInteger(runs) && runs >= 1)) throw new Error(`--runs must be a whole number ≥ 1, got ${option('--runs')}`);
  if (cases.length === 0) throw new Error(`--only ${only} matches no case: ${rateCases().map((c) => c.name).join('; ')}`);
  console.log(`Stride bench — Node ${process.version}, ${availableParallelism()} cores`);
  let normals: number | undefined;
  if (only === undefined) {
    console.log('\nRandom numbers (one core):');
    const random = benchRandom();
    for (const r of random) console.log(`  ${r.name.padEnd(28)} ${fmt(r.perSecond)}`);
    // The bound below is computed from this very measurement (printed above and again with the bound).
    normals = random.find((r) => r.name.startsWith('normal'))?.perSecond ?? NaN;
  }

  console.log(`\nTrials per second (one core, n = 50 per arm${runs > 1 ? `, best of ${runs}` : ''}):`);
  const rates = new Map<string, number>();
  for (const c of cases) {
    rates.set(c.name, await trialsPerSecond(c, runs));
    console.log(`  ${c.name.padEnd(46)} ${fmt(rates.get(c.name)!)}`);
  }
  const [full, walkRate] = [rates.get(FULL_DATA), rates.get(WALK)];
  if (normals !== undefined && full !== undefined && walkRate !== undefined) {
    const bound = normals / 100;
    console.log(`\n  normal-generation bound for full-data n = 50: ${fmt(normals)} normals / 100 per trial = ${fmt(bound)}`);
    console.log(`  full-data Welch, normal data: ${((full / bound) * 100).toFixed(0)}% of the bound`);
    console.log(`  full-data Welch, timed walk:  ${((walkRate / bound) * 100).toFixed(0)}% of the bound`);
  }

  const [shortcut, mannWhitney] = [rates.get(SHORTCUT), rates.get(MANN_WHITNEY)];
  const np = shortcut !== undefined || full !== undefined || mannWhitney !== undefined ? numpyRates() : null;
  if (np) {
    console.log('\nnumpy + scipy, vectorised, same machine:');
    const ratio = (x: number | undefined, np: number, what = '') => (x === undefined ? '' : ` ${(x / np).toFixed(1)}×${what}`);
    if (shortcut !== undefined || full !== undefined) console.log(`  Welch n = 50:        ${fmt(np.welch50)}  → Stride${ratio(shortcut, np.welch50, ' (shortcut)')}${ratio(full, np.welch50, ' (full data)')}`);
    if (mannWhitney !== undefined) console.log(`  Mann–Whitney n = 50: ${fmt(np.mannWhitney50)}  → Stride${ratio(mannWhitney, np.mannWhitney50)}`);
  } else console.log('\n(numpy + scipy not available: no side-by-side ratio)');
  if (only !== undefined) return;

  console.log('\nWork estimate vs measured time (ratio to full-data timed walk; keep within ¼–4, else re-tune workEstimate.ts):');
  for (const r of workEstimateRatios()) console.log(`  ${r.name.padEnd(46)} ${r.ratio.toFixed(2)}${r.ratio > 0.25 && r.ratio < 4 ? '' : '  ← outside ¼–4'}`);

  const cli = cliStartup();
  console.log('\nCommand line, 100-trial T25FW run, wall (node src/cli/bin/simulate.mjs; npm run adds its own ~0.3–0.5 s):');
  console.log(`  ${'first run after a source change (with the build)'.padEnd(50)} ${(cli.firstMs / 1000).toFixed(2)} s`);
  console.log(`  ${`warm run (median of ${cli.warmRuns.length})`.padEnd(50)} ${(cli.warmMs / 1000).toFixed(2)} s`);

  const cores = availableParallelism();
  const pool = await startNodePool(cores);
  try {
    console.log(`\nFull grid on ${cores} worker threads: 3 treatment arms × 20 sample sizes × 10,000 trials:`);
    const grid = (over: Record<string, unknown>) =>
      benchScenario({
        arms: [
          { label: 'Control', mean: 0, sd: 1 },
          { label: 'Low', mean: 0.2, sd: 1 },
          { label: 'Mid', mean: 0.35, sd: 1 },
          { label: 'High', mean: 0.5, sd: 1 },
        ],
        design: { nPerArm: { from: 10, to: 200, step: 10 }, dropout: 0.1 },
        simulation: { sims: 10_000, seed: 'grid' },
        ...over,
      });
    const grids: [string, ResolvedScenario][] = [
      ['Welch, normal data, Bonferroni', grid({ analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' } })],
      ['Welch, normal data, Holm', grid({ analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'holm' } })],
      ['Welch, normal data, Hochberg', grid({ analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'hochberg' } })],
      ['Student, normal data, Dunnett', grid({ analysis: { test: 'student', alpha: 0.05, sides: 2, multiplicity: 'dunnett' } })],
      ['Welch, normal data, Dunnett (Hasler–Hothorn)', grid({ analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'dunnett' } })],
      ['Mann–Whitney, normal data, Holm', grid({ analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2, multiplicity: 'holm' } })],
      [
        'Mann–Whitney, timed walk, Bonferroni',
        grid({
          endpoint: { type: 'timed-walk' },
          arms: [
            { label: 'Saline', mean: -54.4, sd: 70.5 },
            { label: 'Low', mean: -30, sd: 40 },
            { label: 'Mid', mean: -10, sd: 30 },
            { label: 'High', mean: 3.7, sd: 23.1 },
          ],
          analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' },
        }),
      ],
    ];
    for (const [name, s] of grids) {
      const t0 = performance.now();
      await runPool(pool.seats, plannerJob, s);
      console.log(`  ${name.padEnd(46)} ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    }
  } finally {
    await pool.close();
  }
}

main()
  .then(() => (only === undefined ? pageBench() : undefined)) // the built app in Chromium: grid times, first curve, frame gaps (pageBench.ts)
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
