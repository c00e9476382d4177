import { dunnettCdf, dunnettCritical } from '../dist/dunnett.ts';
import type { Workspace } from '../sim/workspace.ts';
import type { ComparisonTest, TestOptions } from './types.ts';

const MAX_CACHED = 100_000;

interface Entry {
  m: Int32Array;
  c: number;
}

/**
 * Dunnett's single-step many-to-one test (Dunnett 1955): the variance is pooled over all arms
 * (df = Σm − arms), T_i = (ȳi − ȳ0)/(s·√(1/mi + 1/m0)), and every T_i is compared with one critical
 * value c from the multivariate t law with correlations λiλj, λi = √(mi/(mi + m0)). The critical
 * value depends on the completer counts, so it is cached per count vector (a numeric hash, verified).
 */
export class DunnettTest implements ComparisonTest {
  private readonly cache = new Map<number, Entry>();
  private readonly lambdas: Float64Array;
  private sp = NaN;
  private df = 0;
  private c = NaN;

  constructor(
    private readonly o: TestOptions,
    arms: number,
  ) {
    this.lambdas = new Float64Array(arms - 1);
  }

  prepare(ws: Workspace): void {
    let ss = 0;
    let df = 0;
    let h1 = 0x9e3779b9;
    let h2 = 0;
    for (let j = 0; j < ws.arms; j++) {
      ss += ws.ss[j];
      df += ws.m[j] - 1;
      h1 = Math.imul(h1 ^ ws.m[j], 0x85ebca6b);
      h2 = (h2 * 31 + ws.m[j]) % 2_097_143;
    }
    this.df = df;
    this.sp = df > 0 ? Math.sqrt(ss / df) : NaN;
    const key = (h1 >>> 0) * 2_097_152 + h2;
    const hit = this.cache.get(key);
    this.c = hit !== undefined && sameCounts(hit.m, ws.m) ? hit.c : this.critical(ws, key);
  }

  private critical(ws: Workspace, key: number): number {
    this.setLambdas(ws);
    const c = this.df > 0 ? dunnettCritical(this.o.level, this.lambdas, this.df, this.o.sides) : NaN;
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(key, { m: Int32Array.from(ws.m), c });
    return c;
  }

  private setLambdas(ws: Workspace): void {
    const m0 = ws.m[0];
    for (let j = 1; j < ws.arms; j++) this.lambdas[j - 1] = Math.sqrt(ws.m[j] / (ws.m[j] + m0));
  }

  statistic(ws: Workspace, i: number): number {
    const se = this.sp * Math.sqrt(1 / ws.m[i] + 1 / ws.m[0]);
    return (this.o.sign * (ws.mean[i] - ws.mean[0])) / se;
  }

  rejects(ws: Workspace, i: number): boolean {
    const t = ws.stat[i];
    return (this.o.sides === 2 ? Math.abs(t) : t) > this.c;
  }

  /** Dunnett-adjusted p-value: P(max statistic ≥ observed) under the global null. */
  pValue(ws: Workspace, i: number): number {
    const t = ws.stat[i];
    if (t !== t) return 1;
    this.setLambdas(ws);
    return 1 - dunnettCdf(this.o.sides === 2 ? Math.abs(t) : t, this.lambdas, this.df, this.o.sides);
  }
}

function sameCounts(a: Int32Array, b: Int32Array): boolean {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}
