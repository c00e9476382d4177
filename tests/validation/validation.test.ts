import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { allChecks, renderValidation } from './render.ts';
import type { ValidationRow } from './kit.ts';

describe('validation report (docs/validation.md)', () => {
  let rows: ValidationRow[] = [];
  // Every check once (about 6 s on one core: the calibrations and the interim bounds dominate).
  beforeAll(() => {
    rows = allChecks();
  }, 60_000);

  it('every check passes', () => {
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.filter((r) => !r.pass).map((r) => `${r.method}: ${r.result} (tolerance ${r.tolerance})`)).toEqual([]);
  });

  it('every check names an existing test file', () => {
    for (const r of rows) expect(() => readFileSync(r.testFile), r.testFile).not.toThrow();
  });

  it('the committed file is current (stale: run npm run validation)', () => {
    const committed = readFileSync(new URL('../../docs/validation.md', import.meta.url), 'utf8');
    expect(committed === renderValidation(rows), 'stale: run npm run validation').toBe(true);
  });
});
