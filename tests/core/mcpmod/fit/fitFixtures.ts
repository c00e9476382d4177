/** DoseFinding 1.0.3 reference values of tests/fixtures/mcpmodFit/fits.json (made by make_fit_fixtures.R). */
import { readFileSync } from 'node:fs';
import type { CandidateModel } from '../../../../src/core/mcpmod/types.ts';
import type { FitModel } from '../../../../src/core/mcpmod/fit/types.ts';

export interface FitRef {
  model: FitModel;
  coefs: Record<string, number>;
  rss: number;
  aic: number;
  td: number | 'NA';
  bounds?: number[][];
  /** A dense grid over the bounds polished by optim: the global least-squares optimum. */
  global?: { rss: number; nl: number | number[] };
}

export interface DataSet {
  name: string;
  Delta: number;
  direction: 'increasing' | 'decreasing';
  off: number;
  data: { doses: number[]; m: number[]; mean: number[]; ss: number[] };
  fits: FitRef[];
}

export interface McpmodRef {
  name: string;
  data: string;
  candidates: CandidateModel[];
  Delta: number;
  direction: 'increasing' | 'decreasing';
  tStat: Record<string, number>;
  critical: number;
  significant: string[] | string;
  aic: Record<string, number>;
  selected: string;
  weights: Record<string, number>;
  tdPerModel: Record<string, number | 'NA'>;
  tdAverage: number | 'NA';
}

export interface SampleSizeRef {
  name: string;
  doses: number[];
  candidates: CandidateModel[];
  alt: number[];
  sigma: number;
  alpha: number;
  alRatio: number[];
  target: number;
  sampSizeMCT: number[];
  exactN: number;
  power: { N: number; n: number[]; power: number }[];
}

export const fits: { datasets: DataSet[]; mcpmod: McpmodRef[]; sampleSize: SampleSizeRef[] } = JSON.parse(
  readFileSync(new URL('../../../fixtures/mcpmodFit/fits.json', import.meta.url), 'utf8'),
);

export const na = (v: number | 'NA'): number => (v === 'NA' ? NaN : v);
