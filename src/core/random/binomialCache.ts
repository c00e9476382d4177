// Memoised binomial tables for draws whose n (or p) changes between trials,
// e.g. responders among a random number of completers. Building a table costs
// O(sqrt(n p q)) work; after that every draw is a binary search, so caching
// turns the per-draw cost of a varying n into a Map/array lookup.
//
// Rows are keyed by p (Map, SameValueZero) and indexed by n within a row; the
// last row is remembered so the common "fixed p, varying n" case skips the Map.

import { BinomialSampler } from './binomialTable.ts';

/** Samplers memoised by (n, p), for draws where n changes between trials. */
export class BinomialCache {
  private readonly byP = new Map<number, BinomialSampler[]>();
  private lastP = NaN;
  private lastRow: BinomialSampler[] = [];
  private count = 0;

  /** Returns the (shared, immutable) sampler for (n, p), building it on first use. */
  get(n: number, p: number): BinomialSampler {
    if (p !== this.lastP) {
      const row = this.byP.get(p);
      if (row === undefined) return this.build(n, p);
      this.lastP = p;
      this.lastRow = row;
    }
    const hit = this.lastRow[n];
    return hit !== undefined ? hit : this.build(n, p);
  }

  private build(n: number, p: number): BinomialSampler {
    const made = new BinomialSampler(n, p); // validates before anything is stored
    let row = this.byP.get(p);
    if (row === undefined) this.byP.set(p, (row = []));
    row[n] = made;
    this.count++;
    this.lastP = p;
    this.lastRow = row;
    return made;
  }

  /** Number of samplers held. */
  get size(): number {
    return this.count;
  }

  /** Drops all samplers. */
  clear(): void {
    this.byP.clear();
    this.lastP = NaN;
    this.lastRow = [];
    this.count = 0;
  }
}

/** Module-wide cache behind RandomStream.binomial (tables are pure functions of (n, p)). */
export const sharedBinomialCache = new BinomialCache();
