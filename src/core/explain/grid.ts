/** A grid from lo to hi in steps (rounded to 1e-9, so 0.1 + 0.2 prints as 0.3), plus extra values, sorted. */
export function grid(lo: number, hi: number, step: number, extra: readonly number[] = []): number[] {
  const out = new Set<number>();
  for (let i = 0; lo + i * step <= hi + 1e-9; i++) out.add(Math.round((lo + i * step) * 1e9) / 1e9);
  for (const v of extra) if (Number.isFinite(v)) out.add(Math.round(v * 1e9) / 1e9);
  return [...out].sort((a, b) => a - b);
}
