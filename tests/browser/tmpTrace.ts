import { readFileSync } from 'node:fs';
import { scenarioHash, startHarness, trialScenario, waitFor } from './harness.ts';
const h = await startHarness();
const hash = scenarioHash(trialScenario(process.argv[2] ?? 't25fw-edss6.json', 500));
{ const p = await h.context.newPage(); await p.goto(h.url + hash); await waitFor(p); await p.close(); }
const page = await h.context.newPage();
const browser = h.context.browser()!;
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'v8', 'blink', 'toplevel', 'disabled-by-default-v8.compile', 'disabled-by-default-v8.gc', 'cc', 'base'] });
const t0 = Date.now();
await page.goto(h.url + hash);
await waitFor(page);
console.log('done after', Date.now() - t0);
await page.waitForTimeout(300);
await browser.stopTracing();
await h.close();
const ev = ((j) => j.traceEvents ?? j)(JSON.parse(readFileSync('/tmp/trace.json', 'utf8'))) as any[];
const names = new Map<string, string>();
for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
for (const want of ['ThreadPoolForegroundWorker', 'CrRendererMain', 'DedicatedWorker thread']) {
  const agg = new Map<string, number>();
  let top = 0;
  // only top-level (non-nested) events: track end of current top
  const byThread = new Map<string, any[]>();
  for (const e of ev) { const th = names.get(`${e.pid}:${e.tid}`) ?? ''; if (!th.startsWith(want) || e.ph !== 'X' || !e.dur) continue; (byThread.get(`${e.pid}:${e.tid}`) ?? byThread.set(`${e.pid}:${e.tid}`, []).get(`${e.pid}:${e.tid}`)!).push(e); }
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // second-level: children of top-level events
    let end = -1; let curTop: any = null;
    for (const e of list) {
      if (e.ts >= end) { end = e.ts + e.dur; top += e.dur; curTop = e; continue; }
      if (curTop && e.ts + e.dur <= curTop.ts + curTop.dur && e.dur > 0 && !/RunTask|ThreadControllerImpl|ThreadPool_RunTask/.test(e.name)) { agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur); }
    }
  }
  console.log(`== ${want}: top-level total ${(top / 1000).toFixed(0)} ms`);
  for (const [k, d] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log((d / 1000).toFixed(1).padStart(8), k);
}
