import { scenarioHash, startHarness, trialScenario, waitFor } from './harness.ts';
const h = await startHarness();
const hash = scenarioHash(trialScenario(process.argv[2] ?? 't25fw-edss6.json', 500));
for (let i = 0; i < 3; i++) { const p = await h.context.newPage(); await p.goto(h.url + hash); await waitFor(p); await p.close(); }
const page = await h.context.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(h.url + hash);
await waitFor(page);
console.log('done after', Date.now() - t0);
await page.waitForTimeout(800);
const { profile } = (await cdp.send('Profiler.stop')) as any;
await h.close();
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const incl = new Map<string, number>();
const selfAgg = new Map<string, number>();
let total = 0;
for (const [id, us] of self) {
  const cf = byId.get(id).callFrame;
  if (cf.functionName === '(idle)') continue;
  total += us;
  const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`;
  selfAgg.set(key, (selfAgg.get(key) ?? 0) + us);
  const seen = new Set<string>();
  for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
    const c = byId.get(p).callFrame;
    const k = `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber}:${c.columnNumber}`;
    if (seen.has(k)) continue; seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}
console.log('non-idle ms', (total / 1000).toFixed(0));
console.log('--- self'); for (const [k, us] of [...selfAgg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log((us / 1000).toFixed(1).padStart(7), k);
console.log('--- inclusive'); for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((us / 1000).toFixed(1).padStart(7), k);
