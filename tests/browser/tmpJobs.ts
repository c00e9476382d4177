import { writeFileSync } from 'node:fs';
import { scenarioHash, startHarness, trialScenario, waitFor } from './harness.ts';
const h = await startHarness();
const which = process.argv[2] ?? 't25fw-edss6.json';
const hash = which === 'default' ? '' : scenarioHash(trialScenario(which, 500));
const init = `
window.__jobs = [];
var orig = Worker.prototype.postMessage;
function unwrap(w) { return w && w.type === 'RAW' ? w.value : w; }
Worker.prototype.postMessage = function (m, t) {
  try { if (m && m.path && m.path[0] === 'run') { var a = m.argumentList.map(unwrap); window.__jobs.push({ t: performance.now(), id: a[0], name: a[1], params: a[2], tasks: a[3] }); } } catch (e) {}
  return orig.call(this, m, t);
};`;
const page = await h.context.newPage();
await page.addInitScript({ content: init });
await page.goto(h.url + hash);
await waitFor(page);
await page.waitForTimeout(2500);
const jobs = await page.evaluate(() => JSON.parse(JSON.stringify((window as any).__jobs)));
writeFileSync('/tmp/jobs.json', JSON.stringify(jobs));
console.log(jobs.length, 'messages');
await h.close();
