import { readFileSync } from 'node:fs';
import type { EfficacySpending, FutilityRule } from '../../../src/core/interim/types.ts';

/** rpact's figures for one design (tests/fixtures/interim/make_interim_fixtures.R). */
export interface InterimCase {
  name: string;
  alpha: number;
  informationRates: number[];
  efficacy: EfficacySpending;
  futility: FutilityRule | null;
  criticalZ: number[];
  alphaSpent: number[];
  crossing: { theta: number; information: number[]; efficacy: number[]; futility: number[]; power: number; expectedN: number }[];
}

/** rpact's getPowerMeans for a two-arm normal design (control n, allocation = treatment/control). */
export interface NormalCase {
  informationRates: number[];
  efficacy: EfficacySpending;
  futility: FutilityRule | null;
  alpha: number;
  nControl: number;
  allocation: number;
  difference: number;
  sd: number;
  efficacyStop: number[];
  futilityStop: number[];
  power: number;
  expectedNPerArm: number;
}

const raw = JSON.parse(readFileSync(new URL('../../fixtures/interim/interim.json', import.meta.url), 'utf8')) as { cases: InterimCase[]; normal: NormalCase[] };

export const normalCases: NormalCase[] = raw.normal;

/** rpact writes an infinite bound as 1e300. */
export const cases: InterimCase[] = raw.cases.map((c) => ({ ...c, criticalZ: c.criticalZ.map((z) => (z >= 1e300 ? Infinity : z)) }));

/** The design as Stride's `interim` block states it. */
export const specOf = (c: Pick<InterimCase, 'informationRates' | 'efficacy' | 'futility'>) => ({
  informationRates: c.informationRates,
  efficacy: c.efficacy,
  ...(c.futility ? { futility: c.futility } : {}),
});
