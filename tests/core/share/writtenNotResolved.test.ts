import { describe, expect, it } from 'vitest';
import { scenarioLink, shareableScenario } from '../../../src/core/share/shareableScenario.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { decodeShareHash } from '../../../src/share/shareLink.ts';
import { listSaved, saveScenario } from '../../../src/share/savedStore.ts';
import { runKey } from '../../../src/core/scenario/runKey.ts';

/** A scenario leaving out every default it can: the resolved form fills them, links and saves must not. */
const sparse = {
  endpoint: { type: 'continuous' },
  arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'T', mean: 0.5, sd: 2, dropout: 0.2 }],
  analysis: { test: 'welch', alpha: 0.05 },
  design: { nPerArm: [20], dropout: 0.1 },
  simulation: { sims: 200, seed: 'w' },
};
const binary = {
  endpoint: { type: 'binary' },
  arms: [{ label: 'C', rate: 0.3 }, { label: 'T', rate: 0.5 }],
  analysis: { test: 'fisher', alpha: 0.05 },
  design: { nPerArm: [20] },
  simulation: { sims: 200, seed: 'w' },
};

function resolved(json: unknown) {
  const v = validateScenario(json);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

function decoded(link: string): Record<string, unknown> {
  const h = decodeShareHash(link);
  if (h.kind !== 'text') throw new Error(h.kind);
  return JSON.parse(h.text) as Record<string, unknown>;
}

class MemoryStorage {
  private m = new Map<string, string>();
  get length() { return this.m.size; }
  key(i: number) { return [...this.m.keys()][i] ?? null; }
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, v); }
  removeItem(k: string) { this.m.delete(k); }
  clear() { this.m.clear(); }
}

describe('links, saves and run keys keep the scenario as written, not the resolved form', () => {
  it('the engine sees every default filled in', () => {
    const s = resolved(sparse);
    expect(s.endpoint).toMatchObject({ direction: 'higher-is-better', baselineCorrelation: 0 });
    expect(s.arms.map((a) => a.dropout)).toEqual([0.1, 0.2]);
    expect(s.arms[0].provenance.mean).toBe('assumed');
    expect(s.trendTest).toEqual({ enabled: false, alpha: 0.025, variance: 'pooled', candidates: [] }); // alpha / 2 sides
    const b = resolved(binary);
    expect(b.arms.map((a) => [a.mean, a.sd])).toEqual([[0.3, Math.sqrt(0.21)], [0.5, 0.5]]);
  });

  it('a share link holds no resolved field, and reopens the same resolved scenario', () => {
    for (const json of [sparse, binary]) {
      const s = resolved(json);
      const lean = decoded(scenarioLink(s, ''));
      expect(lean).not.toHaveProperty('written');
      expect(lean).not.toHaveProperty('trendTest');
      expect(lean.endpoint).not.toHaveProperty('baselineCorrelation');
      const arms = lean.arms as Record<string, unknown>[];
      expect(arms[0]).toEqual((json.arms as unknown[])[0]);
      expect(arms.map((a) => a.dropout)).toEqual(json.arms.map((a) => (a as { dropout?: number }).dropout));
      expect(shareableScenario(s)).toEqual(lean);
      expect(resolved(lean)).toEqual(s);
    }
  });

  it('the run key is built from the written form: a default added to the resolution does not change it', () => {
    const s = resolved(sparse);
    const grown = { ...s, endpoint: { ...s.endpoint, baselineCorrelation: 0.5 }, arms: s.arms.map((a) => ({ ...a, dropout: 0.3 })) };
    expect(runKey(grown)).toBe(runKey(s));
    expect(runKey(s)).not.toContain('baselineCorrelation');
  });

  it('a saved scenario is stored and listed as given, next to its resolved form', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    expect(saveScenario(storage, 'sparse', sparse, new Date(0))).toBeNull();
    const stored = JSON.parse(storage.getItem('stride.saved.sparse')!) as { scenario: unknown };
    expect(stored.scenario).toEqual(sparse);
    const [entry] = listSaved(storage).entries;
    expect(entry.input).toEqual(sparse);
    expect(entry.scenario).toEqual(resolved(sparse));
  });
});
