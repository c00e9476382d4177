import { describe, expect, it } from 'vitest';
import { listSaved, saveScenario } from '../../../src/share/savedStore.ts';

/** A Map-backed Storage, as localStorage behaves. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, String(v)),
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
  };
}

describe('saved names', () => {
  it('a blank name is refused and nothing is stored', () => {
    const s = memoryStorage();
    for (const name of ['', '   ', '\t\n']) expect(saveScenario(s, name, {})).toBe('A saved scenario needs a name.');
    expect(s.length).toBe(0);
    expect(listSaved(s)).toEqual({ entries: [], problems: [] });
  });
});
