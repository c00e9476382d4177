import { describe, expect, it } from 'vitest';
import { EARLY_WORKERS, earlyWorkers, earlyWorkersScript } from '../../../src/pool/earlyWorkersPlugin.ts';

/** Runs the inline script against a stand-in window; returns what it left for the app. */
function runScript(hash: string, cores: number | undefined) {
  const made: { url: string; opts: { type: string; name: string } }[] = [];
  class FakeWorker {
    onerror: ((e: { message: string }) => void) | null = null;
    constructor(url: string, opts: { type: string; name: string }) {
      made.push({ url, opts });
    }
  }
  const window: Record<string, unknown> = {};
  new Function('window', 'location', 'navigator', 'Worker', earlyWorkersScript('./assets/sim.worker-X.js'))(window, { hash }, { hardwareConcurrency: cores }, FakeWorker);
  return { made, early: window[EARLY_WORKERS] as { worker: FakeWorker; name: string; failed: string | null }[] | undefined };
}

describe('workers started from index.html', () => {
  it('starts one per core but one (at least one, at most 7), named uniquely, as module workers', () => {
    for (const [cores, n] of [[2, 1], [4, 3], [1, 1], [undefined, 1], [16, 7]] as const) {
      const { made, early } = runScript('', cores);
      expect(made.length).toBe(n);
      expect(early?.length).toBe(n);
      expect(made.every((m) => m.url === './assets/sim.worker-X.js' && m.opts.type === 'module')).toBe(true);
      expect(new Set(made.map((m) => m.opts.name)).size).toBe(n);
      expect(early?.map((e) => e.name)).toEqual(made.map((m) => m.opts.name));
    }
  });

  it('notes an error raised before the app listens, and starts none on the validation tab', () => {
    const { early } = runScript('#scenario=x', 2);
    early![0].worker.onerror!({ message: 'SyntaxError' });
    expect(early![0].failed).toBe('SyntaxError');
    expect(runScript('#validation', 4).made).toEqual([]);
  });

  it('puts the script right after the charset, with the built worker file and the base', async () => {
    const plugin = earlyWorkers();
    (plugin.configResolved as (c: { base: string }) => void)({ base: './' });
    const html = '<!doctype html><html><head><meta charset="utf-8" /><link rel="stylesheet" href="a.css"></head></html>';
    const handler = (plugin.transformIndexHtml as { handler: (h: string, ctx: unknown) => string }).handler;
    const out = handler(html, { bundle: { 'assets/sim.worker-Ab1_c.js': {}, 'assets/index-x.js': {} } });
    expect(out.indexOf('<script>')).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(out.indexOf('<script>')).toBeLessThan(out.indexOf('<link rel="stylesheet"'));
    expect(out).toContain('new Worker("./assets/sim.worker-Ab1_c.js"');
    expect(handler(html, { bundle: {} })).toBe(html); // the dev server: the app starts its own
  });
});
