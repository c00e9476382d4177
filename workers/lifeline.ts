/**
 * Holds a Web Lock named `name` for as long as this worker lives. A worker that ends by self.close() or
 * a crash fires no event on the page, but the browser releases its locks, so the page, queued on the
 * same lock, hears of the death at once (see src/pool/browserWorker.ts).
 * Resolves to true once the lock is held, or to false where Web Locks are missing (insecure pages,
 * old browsers, Node's threads): the page must then not queue on the name, or it would be granted the lock at once.
 */
export function holdLifeline(name: string): Promise<boolean> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!name || !locks) return Promise.resolve(false);
  return new Promise((held) => {
    void locks.request(name, () => {
      held(true);
      return new Promise<never>(() => {});
    });
  });
}
