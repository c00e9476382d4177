import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlines, markdownBlocks } from '../../src/lib/validation/markdownBlocks.ts';

describe('markdownBlocks (the Validation page reader)', () => {
  it('reads headings, paragraphs joined across lines, tables with escaped pipes, code and bold', () => {
    const b = markdownBlocks('# T\n\nline one\nline **two** `x`\n\n## S\n\n| a | b |\n|---|---|\n| \\|x\\| ≤ 3 | `f.ts` |\n| 1 | 2 |\n');
    expect(b.map((x) => x.kind)).toEqual(['heading', 'paragraph', 'heading', 'table']);
    expect(b[1]).toEqual({ kind: 'paragraph', text: [{ kind: 'text', text: 'line one line ' }, { kind: 'strong', text: 'two' }, { kind: 'text', text: ' ' }, { kind: 'code', text: 'x' }] });
    const t = b[3];
    if (t.kind !== 'table') throw new Error('not a table');
    expect(t.head.map((c) => c[0].text)).toEqual(['a', 'b']);
    expect(t.rows).toEqual([[[{ kind: 'text', text: '|x| ≤ 3' }], [{ kind: 'code', text: 'f.ts' }]], [[{ kind: 'text', text: '1' }], [{ kind: 'text', text: '2' }]]]);
  });

  it('keeps markup as text (the page renders text nodes only) and never loops on odd input', () => {
    expect(inlines('<img src=x onerror=alert(1)> `<b>`')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)> ' }, { kind: 'code', text: '<b>' }]);
    expect(markdownBlocks('| lone row\n**unclosed `tick\n#nospace')).toHaveLength(2);
    expect(markdownBlocks('')).toEqual([]);
  });

  it('reads docs/validation.md into one table per section, six columns each', () => {
    const b = markdownBlocks(readFileSync('docs/validation.md', 'utf8'));
    const tables = b.filter((x) => x.kind === 'table');
    expect(tables.length).toBe(b.filter((x) => x.kind === 'heading' && x.level === 2).length);
    for (const t of tables) if (t.kind === 'table') for (const r of t.rows) expect(r).toHaveLength(6);
  });
});
