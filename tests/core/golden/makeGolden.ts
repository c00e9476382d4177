// Writes golden.json: the engine version and the exact counts of GOLDEN_CASES.
// Run only together with a change of ENGINE_VERSION (see golden.test.ts): npx tsx tests/core/golden/makeGolden.ts
import { writeFileSync } from 'node:fs';
import { ENGINE_VERSION } from '../../../src/core/version.ts';
import { GOLDEN_CASES, goldenCounts } from './goldenCases.ts';

const cases = Object.fromEntries(Object.entries(GOLDEN_CASES).map(([name, input]) => [name, goldenCounts(input)]));
const json = JSON.stringify({ engineVersion: ENGINE_VERSION, cases }, null, 1).replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_, inner: string) => `[${inner.replace(/\s*\n\s*/g, ' ')}]`);
writeFileSync(new URL('./golden.json', import.meta.url), json + '\n');
console.log(`golden.json: engine ${ENGINE_VERSION}, ${Object.keys(cases).length} cases`);
