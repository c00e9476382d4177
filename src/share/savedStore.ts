import type { ResultRow } from '../core/results/types.ts';
import type { Scenario, ResolvedScenario } from '../core/scenario/types.ts';
import { readScenarioText } from './readScenario.ts';
import { readStoredResults, type StoredResults } from './storedResults.ts';

/** Each saved scenario is its own localStorage key, so one damaged entry cannot hide the others. */
export const SAVED_PREFIX = 'stride.saved.';
export const SAVED_FORMAT = 1;

export interface SavedEntry {
  key: string;
  name: string;
  savedAt: string;
  input: Scenario;
  scenario: ResolvedScenario;
  /** The last run's rows saved with it, validated; null for older entries or unusable results. */
  results: ResultRow[] | null;
  /** Why stored results were not used ('' when there were none or they were used). */
  resultsNote: string;
}

export interface SavedProblem {
  key: string;
  reason: string;
}

export interface SavedList {
  entries: SavedEntry[];
  problems: SavedProblem[];
}

function readEntry(key: string, text: string): SavedEntry | SavedProblem {
  let wrapper: unknown;
  try {
    wrapper = JSON.parse(text);
  } catch {
    return { key, reason: 'not valid JSON' };
  }
  const w = wrapper as { format?: unknown; name?: unknown; savedAt?: unknown; scenario?: unknown; results?: unknown } | null;
  if (typeof w !== 'object' || w === null || Array.isArray(w)) return { key, reason: 'not a saved scenario' };
  if (w.format !== SAVED_FORMAT) return { key, reason: `saved in format ${String(w.format)}, this version reads format ${SAVED_FORMAT}` };
  const read = readScenarioText(JSON.stringify(w.scenario ?? null), 'the saved entry');
  if (!read.ok) return { key, reason: read.errors.slice(0, 3).join('; ') };
  const name = typeof w.name === 'string' && w.name.trim() !== '' ? w.name : key.slice(SAVED_PREFIX.length);
  const stored = w.results === undefined ? null : readStoredResults(w.results, read.scenario);
  return {
    key,
    name,
    savedAt: typeof w.savedAt === 'string' ? w.savedAt : '',
    input: read.input,
    scenario: read.scenario,
    results: stored?.ok ? stored.rows : null,
    resultsNote: stored && !stored.ok ? `Saved results not used: ${stored.reason}.` : '',
  };
}

/** Every saved scenario, validated; damaged or outdated entries are reported, never thrown. */
export function listSaved(storage: Storage): SavedList {
  const entries: SavedEntry[] = [];
  const problems: SavedProblem[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(SAVED_PREFIX)) continue;
    const r = readEntry(key, storage.getItem(key) ?? '');
    if ('reason' in r) problems.push(r);
    else entries.push(r);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  problems.sort((a, b) => a.key.localeCompare(b.key));
  return { entries, problems };
}

/** The storage key of a saved name (names are trimmed). */
export function savedKey(name: string): string {
  return SAVED_PREFIX + name.trim();
}

/** Saves (or replaces) a named scenario, with its last results when given. Returns an error message when storage refuses it. */
export function saveScenario(storage: Storage, name: string, scenario: unknown, now = new Date(), results?: StoredResults): string | null {
  if (name.trim() === '') return 'A saved scenario needs a name.';
  const key = savedKey(name);
  try {
    storage.setItem(key, JSON.stringify({ format: SAVED_FORMAT, name: name.trim(), savedAt: now.toISOString(), scenario, results }));
    return null;
  } catch (e) {
    return `The browser refused to save: ${(e as Error).message}`;
  }
}

/** Stores results with an existing entry (keeping its scenario, name and date). */
export function attachResults(storage: Storage, key: string, results: StoredResults): string | null {
  try {
    const w = JSON.parse(storage.getItem(key) ?? 'null') as Record<string, unknown> | null;
    if (w === null || typeof w !== 'object') return 'the saved entry is gone';
    storage.setItem(key, JSON.stringify({ ...w, results }));
    return null;
  } catch (e) {
    return `The browser refused to save: ${(e as Error).message}`;
  }
}

export function removeSaved(storage: Storage, key: string): void {
  storage.removeItem(key);
}
