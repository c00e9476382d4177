import type { SavedEntry } from '../share/savedStore.ts';
import { storeResults } from '../share/storedResults.ts';
import { plannerJob } from '../core/run/plannerJob.ts';
import { LatestRun } from './latestRun.svelte.ts';
import type { SavedState } from './savedState.svelte.ts';

export const MAX_COMPARED = 4;

/** Which saved designs are compared side by side, and the run that fills in one without results. */
export class CompareState {
  /** Keys of the chosen saved entries, in the order chosen. */
  selected = $state<string[]>([]);
  /** The run that fills in a saved entry's results; its key is the entry's. */
  readonly run = new LatestRun(plannerJob);
  /** Key of the entry being simulated, if any. */
  running = $derived(this.run.status === 'running' ? this.run.requested : null);
  error = $derived(this.run.error);

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
    const scenario = JSON.parse(JSON.stringify(entry.scenario)) as typeof entry.scenario;
    const r = await this.run.start(scenario, entry.key);
    if (r !== null) this.saved.attach(entry.key, storeResults(scenario, r.rows));
  }

  cancel(): void {
    this.run.cancel();
  }
}
