import tychei from 'seedrandom/lib/tychei.js';
import { describe, expect, it } from 'vitest';
import { RandomStream, streamFor } from '../../../src/core/random/index.ts';
import { ksCritical1pct, ksStatistic, meanVar, normalCdf } from './stats.ts';

type TycheiState = { a: number; b: number; c: number; d: number };
const stateOf = (s: RandomStream): Int32Array => (s as unknown as { state: Int32Array }).state;
const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) | 0;

/** Tyche-i MIX_i from Neves & Araujo (2011), on state [a, b, c, d]; returns the new a. */
function tycheI(st: Int32Array): number {
  st[1] = rotl(st[1], 25) ^ st[2];
  st[2] = (st[2] - st[3]) | 0;
  st[3] = rotl(st[3], 24) ^ st[0];
  st[0] = (st[0] - st[1]) | 0;
  st[1] = rotl(st[1], 20) ^ st[2];
  st[2] = (st[2] - st[3]) | 0;
  st[3] = rotl(st[3], 16) ^ st[0];
  st[0] = (st[0] - st[1]) | 0;
  return st[0];
}

/** Exact inverse of tycheI: undo each line in reverse order. */
function tycheIInverse(st: Int32Array): Int32Array {
  st[0] = (st[0] + st[1]) | 0;
  st[3] = rotl(st[3] ^ st[0], 16);
  st[2] = (st[2] + st[3]) | 0;
  st[1] = rotl(st[1] ^ st[2], 12);
  st[0] = (st[0] + st[1]) | 0;
  st[3] = rotl(st[3] ^ st[0], 8);
  st[2] = (st[2] + st[3]) | 0;
  st[1] = rotl(st[1] ^ st[2], 7);
  return st;
}

const draws = (s: RandomStream, n: number, f: (s: RandomStream) => number): number[] => Array.from({ length: n }, () => f(s));
const mixed = (s: RandomStream): number[] => [s.uint32(), s.uniform(), s.normal(), s.gamma(0.5), s.chiSquare(3), s.binomial(20, 0.4), s.double()];

/** A stream whose raw generator output is scripted, to probe edge cases of the transforms. */
function scripted(values: number[]): RandomStream {
  const s = new RandomStream('scripted');
  let i = 0;
  Object.defineProperty(s, 'int32', { value: () => values[i++ % values.length] | 0 });
  return s;
}

describe('RandomStream generator', () => {
  it('starts from the state seedrandom tychei(seed) starts from', () => {
    for (const seed of ['', 'a', 'stride', '["s",1,2]', 'ünïcødé ✓']) {
      const ref = tychei(seed, { state: true }).state();
      expect(Array.from(stateOf(new RandomStream(seed)))).toEqual([ref.a, ref.b, ref.c, ref.d]);
    }
  });

  it('steps as the published Tyche-i (independent transcription of MIX_i)', () => {
    for (const seed of ['', 'stride', '["s",1,2]']) {
      const ours = new RandomStream(seed);
      const st = Int32Array.from(stateOf(ours));
      for (let k = 0; k < 5000; k++) expect(ours.int32()).toBe(tycheI(st));
    }
  });

  it('is a permutation of the state: the inverse step recovers every previous state', () => {
    const s = new RandomStream('bijective');
    for (let k = 0; k < 5000; k++) {
      const before = Array.from(stateOf(s));
      s.int32();
      expect(Array.from(tycheIInverse(Int32Array.from(stateOf(s))))).toEqual(before);
    }
  });

  it("documents the deviation: seedrandom 3.0.5's step maps distinct states to one successor", () => {
    // Its last line reads (c >>> 16) for (d >>> 16), so the top half of d is lost.
    // Pre-images of a successor (a2, b2, c2, d2) differ only in those 16 bits.
    const next = (st: TycheiState): TycheiState => {
      const g = tychei('', { state: st });
      g.int32();
      return g.state();
    };
    const target = next({ a: 123456789, b: -987654321, c: 555555, d: 77777777 });
    const rotr = (x: number, k: number): number => ((x >>> k) | (x << (32 - k))) | 0;
    const a1 = (target.a + target.b) | 0;
    const d1Low = (target.d ^ (target.c >>> 16) ^ a1) >>> 16;
    const preimages = [0, 1, 0xbeef].map((hi) => {
      const d1 = (hi << 16) | d1Low;
      const c1 = (target.c + d1) | 0;
      const b1 = rotr(target.b ^ c1, 20);
      const a0 = (a1 + b1) | 0;
      const d0 = rotr(d1 ^ a0, 24);
      const c0 = (c1 + d0) | 0;
      return { a: a0, b: rotr(b1 ^ c0, 25), c: c0, d: d0 };
    });
    expect(new Set(preimages.map((p) => JSON.stringify(p))).size).toBe(3);
    for (const p of preimages) expect(next(p)).toEqual(target);
  });

  it('uint32 is the unsigned view of int32', () => {
    const a = new RandomStream('u');
    const b = new RandomStream('u');
    for (let k = 0; k < 1000; k++) {
      const u = a.uint32();
      expect(u).toBe(b.int32() >>> 0);
      expect(Number.isInteger(u) && u >= 0 && u < 2 ** 32).toBe(true);
    }
  });

  it('uniform() and double() stay strictly inside (0, 1) at the extremes of the raw output', () => {
    const lo = scripted([0]);
    const hi = scripted([-1]);
    expect(lo.uniform()).toBe(2 ** -33);
    expect(hi.uniform()).toBe(1 - 2 ** -33);
    expect(lo.double()).toBe(2 ** -53);
    expect(hi.double()).toBe(1 - 2 ** -53);
    expect(Number.isFinite(Math.log(lo.uniform()))).toBe(true);
  });

  it('uniform() passes KS and has mean 1/2, variance 1/12', () => {
    const s = new RandomStream('ks-uniform');
    const n = 200_000;
    const x = Float64Array.from({ length: n }, () => s.uniform());
    const { mean, variance } = meanVar(x);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * Math.sqrt(1 / 180 / n));
    expect(ksStatistic(x, (u) => Math.min(1, Math.max(0, u)))).toBeLessThan(ksCritical1pct(n));
    const y = Float64Array.from({ length: n }, () => s.double());
    expect(ksStatistic(y, (u) => Math.min(1, Math.max(0, u)))).toBeLessThan(ksCritical1pct(n));
  });

  it('rejects a non-string seed', () => {
    expect(() => new RandomStream(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('streamFor determinism', () => {
  it('same (seed, keys) give identical sequences of every variate', () => {
    const a = streamFor('trial-A', 120, 3);
    const b = streamFor('trial-A', 120, 3);
    for (let k = 0; k < 500; k++) expect(mixed(a)).toEqual(mixed(b));
  });

  it('depends only on (seed, keys): interleaving other streams changes nothing', () => {
    const ref = draws(streamFor('s', 7), 200, (s) => s.normal());
    const other = streamFor('s', 8);
    const s = streamFor('s', 7);
    const got = draws(s, 200, (t) => (other.normal(), other.binomial(30, 0.2), t.normal()));
    expect(got).toEqual(ref);
  });

  it('different keys give different sequences, and key boundaries are unambiguous', () => {
    const first = (s: RandomStream): number[] => draws(s, 8, (t) => t.uint32());
    const variants = [
      streamFor('s'),
      streamFor('s', 1),
      streamFor('s', 2),
      streamFor('s', 1, 2),
      streamFor('s', 12),
      streamFor('s', '1', 2),
      streamFor('s', '1,2'),
      streamFor('s1', 2),
      streamFor('t', 1, 2),
      streamFor('s', 1.5),
      new RandomStream('s'),
    ].map(first);
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBe(variants.length);
  });

  it('rejects non-finite numeric keys (JSON would map them all to null)', () => {
    expect(() => streamFor('s', Number.NaN)).toThrow(RangeError);
    expect(() => streamFor('s', Infinity)).toThrow(RangeError);
  });
});

describe('independence', () => {
  const n = 200_000;
  const corr = (x: Float64Array, y: Float64Array): number => {
    const mx = meanVar(x);
    const my = meanVar(y);
    let sxy = 0;
    for (let i = 0; i < x.length; i++) sxy += (x[i] - mx.mean) * (y[i] - my.mean);
    return sxy / (x.length - 1) / Math.sqrt(mx.variance * my.variance);
  };

  it('consecutive normals are uncorrelated (lags 1, 2) and their squares too', () => {
    const s = new RandomStream('serial');
    const z = Float64Array.from({ length: n + 2 }, () => s.normal());
    const bound = 4 / Math.sqrt(n);
    for (const lag of [1, 2]) {
      expect(Math.abs(corr(z.subarray(0, n), z.subarray(lag, n + lag)))).toBeLessThan(bound);
      const sq = z.map((v) => v * v);
      expect(Math.abs(corr(sq.subarray(0, n), sq.subarray(lag, n + lag)))).toBeLessThan(bound);
    }
  });

  it('pairs of consecutive normals fill a 10x10 grid of probability cells uniformly', () => {
    // Catches layer/abscissa coupling (Leong et al. 2005) that a correlation can miss.
    const s = new RandomStream('pairs');
    const cells = new Float64Array(100);
    for (let i = 0; i < n; i++) {
      const a = Math.min(9, Math.floor(normalCdf(s.normal()) * 10));
      const b = Math.min(9, Math.floor(normalCdf(s.normal()) * 10));
      cells[a * 10 + b]++;
    }
    let stat = 0;
    for (const c of cells) stat += (c - n / 100) ** 2 / (n / 100);
    // 99.9% point of chi-square(99) is 148.2.
    expect(stat).toBeLessThan(148.2);
  });

  it('streams for adjacent chunk keys are uncorrelated', () => {
    const m = 50_000;
    const bound = 4 / Math.sqrt(m);
    for (let chunk = 0; chunk < 4; chunk++) {
      const a = streamFor('study', 100, chunk);
      const b = streamFor('study', 100, chunk + 1);
      const x = Float64Array.from({ length: m }, () => a.normal());
      const y = Float64Array.from({ length: m }, () => b.normal());
      expect(Math.abs(corr(x, y))).toBeLessThan(bound);
    }
  });
});

describe('fillNormal', () => {
  it('fills the first n entries with Normal(mean, sd) and leaves the rest', () => {
    const out = new Float64Array(100_001).fill(-999);
    new RandomStream('fill').fillNormal(out, 100_000, 10, 2);
    expect(out[100_000]).toBe(-999);
    const { mean, variance } = meanVar(out.subarray(0, 100_000));
    expect(Math.abs(mean - 10)).toBeLessThan(4 * 2 / Math.sqrt(100_000));
    expect(Math.abs(variance - 4)).toBeLessThan(4 * 4 * Math.sqrt(2 / 100_000));
  });

  it('matches mean + sd * normal() draw for draw', () => {
    const out = new Float64Array(50);
    new RandomStream('fill2').fillNormal(out, 50, 1, 3);
    const s = new RandomStream('fill2');
    for (let i = 0; i < 50; i++) expect(out[i]).toBe(1 + 3 * s.normal());
  });

  it('refuses n larger than the buffer', () => {
    expect(() => new RandomStream('x').fillNormal(new Float64Array(3), 4, 0, 1)).toThrow(RangeError);
  });
});
