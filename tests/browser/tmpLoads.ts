import { scenarioHash, startHarness, trialScenario, waitFor } from './harness.ts';
const h = await startHarness();
const hash = scenarioHash(trialScenario('t25fw-edss6.json', 500));
const t0 = Date.now();
for (let i = 0; i < 16; i++) { const p = await h.context.newPage(); await p.goto(h.url + hash); await waitFor(p); await p.close(); }
console.log('16 loads', Date.now() - t0, 'ms');
await h.close();
