import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { validateScenario } from '../core/scenario/validate.ts';
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

/** Trials per second on one core, measured in a fresh worker thread (as the app and CLI run them). */
async function trialsPerSecond(s: ResolvedScenario, seconds = 1, fullData = false): Promise<number> {
  const worker = spawnTsWorker(new URL('./bench.worker.ts', import.meta.url));
  const remote = wrap<{ trialRate: typeof trialRate }>(nodeEndpoint(worker));
  try {
    return await remote.trialRate(s, seconds, fullData);
  } finally {
    remote[releaseProxy]();
    await worker.terminate();
  }
}

function scenario(over: Record<string, unknown>): ResolvedScenario {
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    arms: [
      { label: 'Control', mean: 0, sd: 1 },
      { label: 'Treatment', mean: 0.5, sd: 1 },
    ],
    analysis: { test: 'welch', alpha: 0.05, sides: 2 },
    design: { nPerArm: [50] },
    simulation: { sims: 1_000_000, seed: 'bench' },
    ...over,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

const walk = {
  endpoint: { type: 'timed-walk' },
  arms: [
    { label: 'Saline', mean: -54.4, sd: 70.5 },
    { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
  ],
};

function numpyRates(): { welch50: number; mannWhitney50: number } | null {
  try {
    const script = fileURLToPath(new URL('./numpy_bench.py', import.meta.url));
    return JSON.parse(execFileSync('python3', [script, '1.0'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return null;
  }
}

const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(0)} k/s`);

async function main() {
  console.log(`Stride bench — Node ${process.version}, ${availableParallelism()} cores\n`);
  console.log('Random numbers (one core):');
  const random = benchRandom();
  for (const r of random) console.log(`  ${r.name.padEnd(28)} ${fmt(r.perSecond)}`);
  // The bound below is computed from this very measurement (printed above and again with the bound).
  const normals = random.find((r) => r.name.startsWith('normal'))?.perSecond ?? NaN;

  console.log('\nTrials per second (one core, n = 50 per arm):');
  const cases: [string, ResolvedScenario, boolean][] = [
    ['Welch, normal data (exact summary shortcut)', scenario({}), false],
    ['Welch, normal data (full data)', scenario({}), true],
    ['Welch, timed-walk model (full data)', scenario(walk), false],
    ['Mann–Whitney, normal data', scenario({ analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 } }), false],
    ['Mann–Whitney, timed-walk model', scenario({ ...walk, analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 } }), false],
    ['ANCOVA, normal data', scenario({ endpoint: { type: 'continuous', baselineCorrelation: 0.5 }, analysis: { test: 'ancova', alpha: 0.05, sides: 2 } }), false],
    ['Fisher exact, binary', scenario({ endpoint: { type: 'binary' }, arms: [{ label: 'C', rate: 0.3 }, { label: 'T', rate: 0.5 }], analysis: { test: 'fisher', alpha: 0.05, sides: 2 } }), false],
    ['Chi-square, binary', scenario({ endpoint: { type: 'binary' }, arms: [{ label: 'C', rate: 0.3 }, { label: 'T', rate: 0.5 }], analysis: { test: 'chi-square', alpha: 0.05, sides: 2 } }), false],
  ];
  const rows: [string, number][] = [];
  for (const [name, s, full] of cases) {
    rows.push([name, await trialsPerSecond(s, 1, full)]);
    console.log(`  ${name.padEnd(46)} ${fmt(rows[rows.length - 1][1])}`);
  }
  const bound = normals / 100;
  console.log(`\n  normal-generation bound for full-data n = 50: ${fmt(normals)} normals / 100 per trial = ${fmt(bound)}`);
  console.log(`  full-data Welch, normal data: ${((rows[1][1] / bound) * 100).toFixed(0)}% of the bound`);
  console.log(`  full-data Welch, timed walk:  ${((rows[2][1] / bound) * 100).toFixed(0)}% of the bound`);

  const np = numpyRates();
  if (np) {
    console.log('\nnumpy + scipy, vectorised, same machine:');
    console.log(`  Welch n = 50:        ${fmt(np.welch50)}  → Stride ${(rows[0][1] / np.welch50).toFixed(1)}× (shortcut), ${(rows[1][1] / np.welch50).toFixed(1)}× (full data)`);
    console.log(`  Mann–Whitney n = 50: ${fmt(np.mannWhitney50)}  → Stride ${(rows[3][1] / np.mannWhitney50).toFixed(1)}×`);
  } else console.log('\n(numpy + scipy not available: no side-by-side ratio)');

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
      scenario({
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
    const cases: [string, ResolvedScenario][] = [
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
    for (const [name, s] of cases) {
      const t0 = performance.now();
      await runPool(pool.seats, plannerJob, s);
      console.log(`  ${name.padEnd(46)} ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    }
  } finally {
    await pool.close();
  }
}

main()
  .then(() => pageBench()) // the built app in Chromium: grid times, first curve, frame gaps (pageBench.ts)
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
