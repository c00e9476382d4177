import { attachResults, listSaved, removeSaved, savedKey, saveScenario, type SavedEntry, type SavedProblem } from '../share/savedStore.ts';
import type { StoredResults } from '../share/storedResults.ts';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some privacy modes throw on access
  }
}

/** Named scenarios kept in localStorage; damaged entries are listed as problems, never fatal. */
export class SavedState {
  entries = $state.raw<SavedEntry[]>([]);
  problems = $state.raw<SavedProblem[]>([]);
  message = $state('');

  refresh(): void {
    const s = storage();
    if (s === null) {
      this.problems = [{ key: 'localStorage', reason: 'this browser does not allow saving here' }];
      return;
    }
    try {
      const l = listSaved(s);
      this.entries = l.entries;
      this.problems = l.problems;
    } catch (e) {
      this.entries = [];
      this.problems = [{ key: 'localStorage', reason: (e as Error).message }];
    }
  }

  /** Whether saving under this name would replace an entry (a valid one or a damaged one). */
  exists(name: string): boolean {
    const key = savedKey(name);
    return this.entries.some((e) => e.key === key) || this.problems.some((p) => p.key === key);
  }

  /** Saves the editor's scenario, with the results on screen when they belong to it (for comparing). */
  save(name: string, scenario: unknown, results?: StoredResults): void {
    if (name.trim() === '') {
      this.message = 'A saved scenario needs a name.';
      return;
    }
    const s = storage();
    const error = s === null ? 'This browser does not allow saving here.' : saveScenario(s, name, scenario, new Date(), results);
    this.message = error ?? `Saved “${name.trim()}”${results ? ' with its results' : ''}.`;
    this.refresh();
  }

  /** Keeps a finished run's results with a saved entry. */
  attach(key: string, results: StoredResults): void {
    const s = storage();
    const error = s === null ? 'This browser does not allow saving here.' : attachResults(s, key, results);
    if (error) this.message = error;
    this.refresh();
  }

  remove(key: string): void {
    const s = storage();
    if (s !== null) removeSaved(s, key);
    this.message = '';
    this.refresh();
  }
}
