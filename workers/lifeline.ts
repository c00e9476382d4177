/**
 * Holds a Web Lock named after this worker for as long as the worker lives. A worker that ends by
 * self.close() or a crash fires no event on the page, but the browser releases its locks, so the
 * page, queued on the same lock, hears of the death at once (see src/pool/browserWorker.ts).
 * Resolves once the lock is held (at once where Web Locks are missing: insecure pages, old browsers).
 */
export function holdLifeline(name: string): Promise<void> {
  const locks = (self.navigator as Navigator | undefined)?.locks;
  if (!name || !locks) return Promise.resolve();
  return new Promise((held) => {
    void locks.request(name, () => {
      held();
      return new Promise<never>(() => {});
    });
  });
}
