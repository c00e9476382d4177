import { runPool } from '../pool/runPool.ts';
import { sharedBrowserPool } from '../pool/sharedPool.ts';
import type { SavedEntry } from '../share/savedStore.ts';
import { storeResults } from '../share/storedResults.ts';
import type { SavedState } from './savedState.svelte.ts';

export const MAX_COMPARED = 4;

/** Which saved designs are compared side by side, and the run that fills in one without results. */
export class CompareState {
  /** Keys of the chosen saved entries, in the order chosen. */
  selected = $state<string[]>([]);
  /** Key of the entry being simulated, if any. */
  running = $state<string | null>(null);
  error = $state('');
  #controller: AbortController | null = null;

  constructor(private readonly saved: SavedState) {}

  /** The chosen entries that still exist (an entry may have been deleted). */
  entries(): SavedEntry[] {
    return this.selected.flatMap((k) => this.saved.entries.filter((e) => e.key === k));
  }

  toggle(key: string): void {
    if (this.selected.includes(key)) this.selected = this.selected.filter((k) => k !== key);
    else if (this.selected.length < MAX_COMPARED) this.selected = [...this.selected, key];
  }

  /** Simulates a saved entry that has no usable results and keeps them with it. */
  async runEntry(entry: SavedEntry): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.running = entry.key;
    this.error = '';
    try {
      const scenario = JSON.parse(JSON.stringify(entry.scenario)) as typeof entry.scenario;
      const r = await runPool(sharedBrowserPool().seats, scenario, { signal: controller.signal });
      if (this.#controller !== controller) return;
      this.saved.attach(entry.key, storeResults(scenario, r.rows));
    } catch (e) {
      if (this.#controller === controller && !(e instanceof Error && e.name === 'AbortError')) this.error = (e as Error).message;
    } finally {
      if (this.#controller === controller) this.running = null;
    }
  }

  cancel(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.running = null;
  }
}
