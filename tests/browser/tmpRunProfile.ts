import { startHarness, scenarioHash, waitFor } from './harness.ts';
import { threeArms } from '../../src/bench/pageBench.ts';
const h = await startHarness();
const [test, mult, sims] = [process.argv[2] ?? 'welch', process.argv[3] ?? 'holm', Number(process.argv[4] ?? 10000)];
const page = await h.open(scenarioHash(threeArms(test, mult, sims)));
await waitFor(page, 'done', 300000);
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const agg = new Map<string, number>(); const incl = new Map<string, number>(); let total = 0;
for (let rep = 0; rep < 5; rep++) {
  await page.evaluate(() => { (window as any).__st = []; const el = document.querySelector('[data-testid="run-status"]')!; new MutationObserver(() => (window as any).__st.push(el.getAttribute('data-state'))).observe(el, { attributeFilter: ['data-state'] }); });
  await cdp.send('Profiler.start');
  await page.click('[data-testid="run"]');
  await page.waitForFunction(() => (window as any).__st.includes('done'), undefined, { polling: 100 });
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  await page.waitForTimeout(1200);
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id: number, i: number) => {
    const us = profile.timeDeltas[i] ?? 0; const cf = byId.get(id).callFrame;
    if (cf.functionName === '(idle)') return;
    total += us;
    const key = (c: any) => `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber}:${c.columnNumber}`;
    agg.set(key(cf), (agg.get(key(cf)) ?? 0) + us);
    const seen = new Set<string>();
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) { const k = key(byId.get(p).callFrame); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + us); } }
  });
}
await h.close();
console.log('non-idle ms per run', (total / 5000).toFixed(1));
console.log('--- self'); for (const [k, us] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log((us / 5000).toFixed(2).padStart(7), k);
console.log('--- inclusive'); for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log((us / 5000).toFixed(2).padStart(7), k);
