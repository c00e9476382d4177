/** Presentation constants shared by the chart components (kept as SVG attributes so exports keep them). */
export const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
export const AXIS_GREY = '#6b7280';
export const TEXT_GREY = '#374151';
export const GRID_GREY = '#e5e7eb';
export const TARGET_GREY = '#9ca3af';
export const NOTE_GREY = '#4b5563';
/** Dots (with round caps) for assurance: unlike the dashed closed form and the solid power curve. */
export const ASSURANCE_DASH = '0.1 5';

/** Round to 0.1 px so SVG output (and snapshots) are stable. */
export const r1 = (v: number): number => {
  const x = Math.round(v * 10) / 10;
  return x === 0 ? 0 : x; // no "-0"
};

/** Approximate rendered width of a system-ui string (no DOM in layout maths); deliberately generous. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.58;
}

const SEP = ' · ';

/**
 * Wrap to a width in px (textWidth estimate). Text made of " · "-separated clauses breaks between
 * clauses (dropping the separator at the break); a clause too long on its own is word-wrapped.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const clauses = text.split(SEP);
  if (clauses.length === 1) return wrapWords(text, maxWidth, fontSize);
  const lines: string[] = [];
  let line = '';
  for (const c of clauses) {
    const candidate = line ? line + SEP + c : c;
    if (textWidth(candidate, fontSize) <= maxWidth) line = candidate;
    else {
      if (line) lines.push(line);
      const parts = wrapWords(c, maxWidth, fontSize);
      line = parts.pop() ?? '';
      lines.push(...parts);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Greedy word wrap; a single word longer than the width overflows rather than split. */
function wrapWords(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const candidate = line ? `${line} ${w}` : w;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
