import { escapeHtml } from './escapeHtml.ts';

/** An attribute value: undefined and false leave the attribute out. */
export type AttrValue = string | number | boolean | undefined;

/** ` name="value"` for each given attribute, every value escaped; numbers as JavaScript prints them. */
export function attrs(a: Record<string, AttrValue>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${v === true ? '' : escapeHtml(String(v))}"`)
    .join('');
}

/**
 * One SVG element as markup: `content` is raw markup (children already serialised); use `text()` for
 * words. An element without content closes itself.
 * @example el('line', { x1: 0, x2: 5 }) // → '<line x1="0" x2="5"/>'
 */
export function el(name: string, a: Record<string, AttrValue>, content = ''): string {
  return content === '' ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${content}</${name}>`;
}

/** A text element: its words escaped (an empty text still gets its element, as Svelte renders it). */
export function text(a: Record<string, AttrValue>, words: string): string {
  return `<text${attrs(a)}>${escapeHtml(words)}</text>`;
}
