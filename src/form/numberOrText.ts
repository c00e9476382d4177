/** Text → number when it reads as one; otherwise the text itself, so the validator can quote it. */
export function numberOrText(raw: string): number | string | undefined {
  const t = raw.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}
