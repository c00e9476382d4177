/** How a failed run ends: 'cancelled' for an abort, else 'error' with a message for the user. */
export function failure(e: unknown): { status: 'cancelled' | 'error'; error: string } {
  if (e instanceof Error && e.name === 'AbortError') return { status: 'cancelled', error: '' };
  return { status: 'error', error: e instanceof Error ? e.message : String(e) };
}
