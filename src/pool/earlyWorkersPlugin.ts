import type { Plugin } from 'vite';

/** The global the page's inline script leaves its workers in (read by src/pool/browserWorker.ts). */
export const EARLY_WORKERS = '__strideEarlyWorkers';

/**
 * The inline script: one worker per core but one (at least one), of the pool's one per core capped at 8
 * (defaultPoolSize, browserPool.ts), each with the name its lifeline lock will take and a note of an error
 * that comes before the app listens. One core is left to the page's own start-up, which the first curve
 * also waits for; the pool starts its last worker itself. Plain ES5: it runs before anything else. The
 * validation tab runs no simulation.
 */
export function earlyWorkersScript(url: string): string {
  return `(function () {
  if (location.hash === '#validation' || typeof Worker !== 'function') return;
  var n = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2) - 1), early = [];
  try {
    for (var i = 0; i < n; i++) {
      var name = 'stride-sim-early-' + i + '-' + Math.random().toString(36).slice(2);
      var entry = { worker: new Worker(${JSON.stringify(url)}, { type: 'module', name: name }), name: name, failed: null };
      entry.worker.onerror = function (e) { this.failed = (e && e.message) || 'it failed to start'; }.bind(entry);
      early.push(entry);
    }
  } catch (e) {}
  window.${EARLY_WORKERS} = early;
})();`;
}

/**
 * A build plugin that starts the simulation workers from index.html, before the app's scripts are fetched
 * (issue 11). A worker made by a script only starts running once the page's main thread is free again, and
 * evaluating and mounting the app keeps it busy for the first few hundred milliseconds on a small machine, so
 * a worker the app started began loading the engine only after the first screen was built. Started from the
 * HTML, it loads while the app's scripts download and evaluate. The app adopts these workers
 * (src/pool/browserWorker.ts) and starts its own when there are none (the dev server, the validation tab).
 */
export function earlyWorkers(): Plugin {
  let base = './';
  return {
    name: 'stride-early-workers',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const file = Object.keys(ctx.bundle ?? {}).find((f) => /(^|\/)sim\.worker-[\w-]+\.js$/.test(f));
        if (file === undefined) return html;
        // Right after the charset (which must come within the first 1,024 bytes), before any stylesheet:
        // an inline script after a stylesheet would wait for it.
        const script = `<script>${earlyWorkersScript(base + file)}</script>`;
        const charset = /<meta charset=[^>]*>/i.exec(html);
        if (charset === null) return html.replace(/<head>/i, `<head>${script}`);
        return html.replace(charset[0], `${charset[0]}\n    ${script}`);
      },
    },
  };
}
