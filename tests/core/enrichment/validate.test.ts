import { describe, expect, it } from 'vitest';
import { Checker } from '../../../src/core/scenario/checks.ts';
import { validateEnrichment, type EnrichmentContext } from '../../../src/core/enrichment/validateEnrichment.ts';

const issue = () => ({
  strata: [
    { label: 'EDSS 3.0-5.5', share: 0.55, effect: 0 },
    { label: 'EDSS 6.0-6.5', share: 0.45, effect: 58.1 },
  ],
  enrichTo: 'EDSS 6.0-6.5',
});

function run(v: unknown, ctx: EnrichmentContext = {}) {
  const c = new Checker();
  const warnings: string[] = [];
  const value = validateEnrichment(c, v, { warnings, ...ctx });
  return { value, errors: c.errors.map((e) => e.message), warnings };
}

describe('validateEnrichment', () => {
  it('accepts the issue fragment unchanged', () => {
    expect(run(issue())).toEqual({ value: issue(), errors: [], warnings: [] });
  });

  it('keeps optional controlMean, sd and treatmentSd', () => {
    const v = issue();
    Object.assign(v.strata[1], { controlMean: -54.4, sd: 70.5, treatmentSd: 23.1 });
    expect(run(v).value?.strata[1]).toEqual({ label: 'EDSS 6.0-6.5', share: 0.45, effect: 58.1, controlMean: -54.4, sd: 70.5, treatmentSd: 23.1 });
  });

  it('normalises shares off by rounding, with a warning; refuses larger gaps', () => {
    const v = issue();
    v.strata[1].share = 0.44;
    const r = run(v);
    expect(r.value!.strata.map((s) => s.share)).toEqual([0.55 / 0.99, 0.44 / 0.99]);
    expect(r.warnings).toEqual(['enrichment.strata shares sum to 0.99; they were normalised to 1']);
    v.strata[1].share = 0.75;
    expect(run(v).errors).toEqual(['enrichment.strata shares must sum to 1, got 1.3']);
  });

  it('field errors in the scenario style', () => {
    const bad = issue();
    bad.strata[0].share = 0;
    bad.strata[1].label = 'EDSS 3.0-5.5';
    expect(run(bad).errors).toEqual([
      'enrichment.strata[0].share must be in (0, 1], got 0',
      'enrichment.strata[1].label must differ from the other strata, got "EDSS 3.0-5.5"',
      'enrichment.enrichTo must be one of "EDSS 3.0-5.5", got "EDSS 6.0-6.5"',
    ]);
    expect(run({ ...issue(), enrichTo: 'EDSS 7' }).errors).toEqual(['enrichment.enrichTo must be one of "EDSS 3.0-5.5", "EDSS 6.0-6.5", got "EDSS 7"']);
    expect(run({ strata: [issue().strata[0]], enrichTo: 'x' }).errors).toEqual(['enrichment.strata must be a list of 2 to 4 strata, got 1']);
    expect(run({ enrichTo: 'x' }).errors).toEqual(['enrichment.strata must be a list of 2 to 4 strata, got nothing']);
    const v = issue();
    Object.assign(v.strata[0], { effect: 'x', sd: -1 });
    expect(run(v).errors).toEqual([
      'enrichment.strata[0].effect must be a number in [-1000000, 1000000], got "x"',
      'enrichment.strata[0].sd must be > 0, got -1',
    ]);
    expect(run(null).errors).toEqual(['enrichment must be an object, got null']);
  });

  it('checks a timed walk’s range once the control arm is known', () => {
    const v = issue();
    v.strata[1].effect = 160;
    expect(run(v, { control: { mean: -54.4, sd: 70.5 }, measure: 'time' }).errors).toEqual([
      'enrichment.strata[1].effect must keep controlMean + effect < 100 (a % improvement in walking time), got 160',
    ]);
    expect(run(v, { control: { mean: -54.4, sd: 70.5 }, measure: 'distance' }).errors).toEqual([]);
  });
});
