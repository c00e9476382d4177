import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS, type FieldGroup } from '../../../src/core/scenario/fields.ts';

const DOC = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');

/** The section of docs/scenario-format.md (by its heading) that documents each group of keys. */
const SECTION: Record<FieldGroup, string> = {
  scenario: '## Top level',
  'endpoint.continuous': '## `endpoint`',
  'endpoint.timed-walk': '## `endpoint`',
  'endpoint.binary': '## `endpoint`',
  'endpoint.responder': '## `endpoint`',
  'arms[i].continuous': '## `arms[i]`',
  'arms[i].binary': '## `arms[i]`',
  'arms[i].provenance': '## `arms[i]`',
  analysis: '## `analysis`',
  design: '## `design`',
  'design.nPerArm': '## `design`',
  simulation: '## `simulation`',
  effect: '## Honest effect sizes',
  effectPrior: '## Honest effect sizes',
  doseResponse: '## Doses',
  'doseResponse.reference': '## Doses',
  trendTest: '### MCP-Mod trend test',
  'trendTest.candidates[i]': '### MCP-Mod trend test',
  'trendTest.estimate': '### MCP-Mod trend test',
  enrichment: '## Enrichment',
  'enrichment.strata[i]': '## Enrichment',
  interim: '## Interim analyses',
  'interim.futility': '## Interim analyses',
};

/** The text from a heading to the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = DOC.indexOf(`\n${heading}`);
  if (start < 0) throw new Error(`docs/scenario-format.md has no section "${heading}"`);
  const level = heading.split(' ')[0];
  const rest = DOC.slice(start + heading.length + 1);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

/** Everything in code: inline spans and fenced blocks. */
function code(text: string): string[] {
  const fenced = [...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]);
  const inline = [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  return [...fenced, ...inline];
}

const word = (k: string) => new RegExp(`(^|[^A-Za-z0-9])${k.replace(/[[\]]/g, '\\$&')}($|[^A-Za-z0-9])`);

describe('the scenario format documents every key the validator knows', () => {
  for (const [group, keys] of Object.entries(FIELDS) as [FieldGroup, readonly string[]][]) {
    it(`${group}: every key appears in code in "${SECTION[group]}"`, () => {
      const spans = code(section(SECTION[group]));
      const missing = keys.filter((k) => !spans.some((s) => word(k).test(s)));
      expect(missing).toEqual([]);
    });
  }

  it("every field named in the first column of the page's field tables is a key the validator knows", () => {
    const known = new Set(Object.values(FIELDS).flat() as string[]);
    const named = DOC.split('\n')
      .filter((l) => /^\| `/.test(l))
      .flatMap((l) => [...l.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]))
      .map((f) => f.replace(/^.*\./, ''))
      .filter((f) => /^[A-Za-z]+$/.test(f));
    // Values, not keys, that head rows of value tables (endpoint types, effect bases).
    const values = new Set(['continuous', 'binary', 'responder', 'observed', 'shrunk']);
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((f) => !known.has(f) && !values.has(f))).toEqual([]);
  });
});
