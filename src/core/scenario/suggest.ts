/** Levenshtein distance (insert, delete, substitute) plus adjacent transposition (Damerau, OSA). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/**
 * The known key a typo most likely meant: the closest by edit distance (case-insensitive), if within
 * a third of its length (at least 1, at most 3); undefined when nothing is that close.
 * @example suggestKey('dropuot', ['dropout', 'allocation']) // → 'dropout'
 */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 60) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.min(3, Math.max(1, Math.floor(best.length / 3))) ? best : undefined;
}
