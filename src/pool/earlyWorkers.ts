/**
 * Imported first by main.ts, so it runs before the rest of the app's modules are evaluated and mounted:
 * the workers then load their engine while the page builds its first screen, instead of after it (issue 11:
 * on two cores their start-up was on the first curve's critical path). The validation tab runs no simulation.
 */
import { tabFor } from '../state/route.svelte.ts';
import { sharedBrowserPool } from './sharedPool.ts';

if (typeof location !== 'undefined' && tabFor(location.hash) !== 'validation') sharedBrowserPool();
