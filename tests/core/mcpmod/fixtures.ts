/** The scipy reference values of tests/fixtures/mcpmod/mcpmod.json (made by make_mcpmod_fixtures.py). */
import { readFileSync } from 'node:fs';
import type { CandidateModel } from '../../../src/core/mcpmod/types.ts';
import type { DoseModel, DoseReference, ShapeParams } from '../../../src/core/doses/types.ts';

type Num = number | 'Infinity' | '-Infinity' | 'NaN';

export function num(v: Num): number {
  return typeof v === 'number' ? v : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : NaN;
}

export interface McpmodFixture {
  shapes: {
    values: { model: DoseModel; params: ShapeParams; dose: number; f: Num }[];
    scaled: { model: DoseModel; params: ShapeParams; reference: DoseReference; dose: number; effect: Num }[];
  };
  contrasts: { name: string; doses: number[]; n: number[]; candidates: CandidateModel[]; contrasts: number[][]; correlation: number[][]; rank: number }[];
  critical: { case: string; correlation: number[][]; rank: number; df: Num; alpha: number; q: number; noise: number; method: string; mcCdfAtQ: number }[];
  power: { case: string; means: number[]; sd: number; alpha: number; df: number; q: number; delta: number[]; power: number }[];
}

export const fx: McpmodFixture = JSON.parse(readFileSync(new URL('../../fixtures/mcpmod/mcpmod.json', import.meta.url), 'utf8'));
