/**
 * Stride's closed forms against R's, from the committed output of the R scripts
 * (tests/fixtures/rcheck/make_rcheck_fixtures.sh runs `simulate --format r` and Rscript on each
 * scenario). The generator must still write the scripts R ran (their SHA-256 is committed), so a stale fixture fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../../src/core/engine.ts';
import { ENGINE_VERSION } from '../../../../src/core/version.ts';
import { rRows } from '../../../../src/core/report/rScript/rRows.ts';
import { rScript } from '../../../../src/core/report/rScript/rScript.ts';
import type { RMethod } from '../../../../src/core/report/rScript/closedFormCall.ts';
import type { SimulationResult } from '../../../../src/core/results/types.ts';
import type { ResolvedScenario } from '../../../../src/core/scenario/types.ts';
import { valid } from '../reportFixtures.ts';

const DIR = 'tests/fixtures/rcheck';
const NAMES = readdirSync(`${DIR}/scenarios`).map((f) => f.replace(/\.json$/, ''));

/**
 * Tolerance per method. The t, Noether and binary closed forms are the same formulas evaluated by
 * two libraries (measured: < 1e-12). The many-to-one critical values are integrals (Stride's own,
 * R's randomised quasi-Monte Carlo pmvt): measured < 1e-4, allowed 1e-3. Group-sequential power uses
 * rpact's bounds (which agree with Stride's to ~1e-6 in z) integrated by mvtnorm's Miwa: measured
 * < 1e-8 (interim-obf; < 1e-7 on Pocock and binding-futility variants), allowed 1e-6.
 */
const TOLERANCE: Record<RMethod, number> = {
  student: 1e-9,
  welch: 1e-9,
  ancova: 1e-9,
  'mann-whitney': 1e-9,
  'binary-exact': 1e-9,
  'binary-normal': 1e-9,
  dunnett: 1e-3,
  'hasler-hothorn': 1e-3,
  'group-sequential': 1e-6,
};

const loaded = new Map<string, { s: ResolvedScenario; result: SimulationResult }>();
/** A fixture scenario, validated and simulated in process (once per file). */
function load(name: string) {
  let hit = loaded.get(name);
  if (!hit) {
    const s = valid(JSON.parse(readFileSync(`${DIR}/scenarios/${name}.json`, 'utf8')));
    loaded.set(name, (hit = { s, result: simulate(s) }));
  }
  return hit;
}

describe('R cross-check fixtures', () => {
  const hashes = JSON.parse(readFileSync(`${DIR}/scripts.sha256.json`, 'utf8')) as Record<string, string>;
  it.each(NAMES)('%s: the generator writes today the R script R ran (same SHA-256)', (name) => {
    const { s, result } = load(name);
    const script = rScript({ scenario: s, result, engineVersion: ENGINE_VERSION });
    expect(createHash('sha256').update(script).digest('hex')).toBe(hashes[name]);
  });

  it.each(NAMES)("%s: R's closed forms match Stride's, row by row in results[] order", (name) => {
    const { s, result } = load(name);
    const fixture = JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) as { stride: number[]; r: number[] };
    const rows = rRows(s, result.rows);
    const checked = result.rows.map((row, i) => ({ stride: row.analyticPower, method: rows[i].method })).filter((x) => x.method !== null);
    expect(fixture.stride).toEqual(checked.map((x) => x.stride));
    expect(fixture.r).toHaveLength(checked.length);
    checked.forEach((x, i) => {
      expect(Math.abs(fixture.r[i] - fixture.stride[i]), `row ${i} (${x.method})`).toBeLessThanOrEqual(TOLERANCE[x.method as RMethod]);
    });
  });

  it('covers every closed-form method and rows without one', () => {
    const methods = new Set(NAMES.flatMap((name) => rRows(load(name).s, load(name).result.rows).map((r) => r.method)));
    expect([...methods].sort()).toEqual([...Object.keys(TOLERANCE), null].sort());
  });
});

const hasRscript = spawnSync('Rscript', ['--version']).status === 0;

describe('R cross-check end to end', () => {
  it.skipIf(!hasRscript)('runs a generated script with Rscript and reads its JSON last line (skipped when Rscript is absent)', () => {
    const { s, result } = load('welch-one-sided-allocation');
    const file = join(mkdtempSync(join(tmpdir(), 'stride-r-')), 'check.R');
    writeFileSync(file, rScript({ scenario: s, result, engineVersion: ENGINE_VERSION }));
    const out = execFileSync('Rscript', [file, '100'], { encoding: 'utf8' }).trimEnd().split('\n');
    const last = JSON.parse(out[out.length - 1]) as { stride: number[]; r: number[] };
    expect(last.stride).toEqual(result.rows.map((r) => r.analyticPower));
    last.r.forEach((p, i) => expect(Math.abs(p - last.stride[i])).toBeLessThan(1e-9));
    expect(out.join('\n')).toContain('Scenario: Normal, Welch, one-sided');
  }, 60_000);
});
