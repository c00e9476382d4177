/**
 * A tiny markdown reader for docs/validation.md: headings, paragraphs, pipe tables, `code` and **bold**.
 * It returns plain data that Svelte renders as text nodes, so nothing is ever parsed as HTML.
 */
export interface Inline {
  kind: 'text' | 'code' | 'strong';
  text: string;
}
export type Block =
  | { kind: 'heading'; level: number; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] };

/** Splits a line into text, `code` and **bold** runs. */
export function inlines(line: string): Inline[] {
  const out: Inline[] = [];
  const re = /`([^`]*)`|\*\*([^*]+)\*\*/g;
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index > last) out.push({ kind: 'text', text: line.slice(last, m.index) });
    out.push(m[1] !== undefined ? { kind: 'code', text: m[1] } : { kind: 'strong', text: m[2] });
    last = re.lastIndex;
  }
  if (last < line.length) out.push({ kind: 'text', text: line.slice(last) });
  return out;
}

/** The cells of a table row `| a | b \| c |` (an escaped pipe stays in its cell). */
function cells(line: string): Inline[][] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => inlines(c.trim().replace(/\\\|/g, '|')));
}

const isRow = (l: string) => l.trim().startsWith('|');
const isRule = (l: string) => /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(l.trim());

/**
 * The blocks of a markdown text.
 * @example markdownBlocks('# Title')[0].kind // 'heading'
 */
export function markdownBlocks(md: string): Block[] {
  const lines = md.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line.trim() === '') i++;
    else if (h) {
      blocks.push({ kind: 'heading', level: h[1].length, text: inlines(h[2]) });
      i++;
    } else if (isRow(line) && i + 1 < lines.length && isRule(lines[i + 1])) {
      const head = cells(line);
      const rows: Inline[][][] = [];
      for (i += 2; i < lines.length && isRow(lines[i]); i++) rows.push(cells(lines[i]));
      blocks.push({ kind: 'table', head, rows });
    } else {
      const para: string[] = [];
      for (; i < lines.length && lines[i].trim() !== '' && !/^#{1,6}\s/.test(lines[i]) && !isRow(lines[i]); i++) para.push(lines[i].trim());
      if (para.length === 0) para.push(lines[i++].trim()); // a lone table row without a rule: plain text
      blocks.push({ kind: 'paragraph', text: inlines(para.join(' ')) });
    }
  }
  return blocks;
}
