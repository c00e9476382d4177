/**
 * A tiny XML well-formedness check for serialised SVG (no DOM in Node): tags nest and close in order,
 * attributes are name="value" once each, and text and values hold no raw `<` or stray `&`.
 * Returns the first problem, or null.
 */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  const entity = /^&(amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);/i;
  const badAmp = (t: string) => [...t.matchAll(/&/g)].some((m) => !entity.test(t.slice(m.index)));
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.includes('>') || badAmp(text)) return `bad text near ${JSON.stringify(text.slice(0, 40))}`;
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return 'unclosed tag';
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      if (stack.pop() !== tag.slice(1)) return `</${tag.slice(1)}> does not close the open element`;
      continue;
    }
    const m = /^([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)$/.exec(tag);
    if (!m) return `malformed tag <${tag.slice(0, 60)}>`;
    const names = [...m[2].matchAll(/([\w:-]+)="([^"]*)"/g)];
    if (new Set(names.map((n) => n[1])).size !== names.length) return `repeated attribute in <${m[1]}>`;
    if (names.some((n) => badAmp(n[2]) || n[2].includes('>'))) return `unescaped value in <${m[1]}>`;
    if (m[3] !== '/') stack.push(m[1]);
  }
  return stack.length === 0 ? null : `unclosed <${stack[stack.length - 1]}>`;
}
