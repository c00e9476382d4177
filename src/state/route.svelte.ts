/**
 * Which view the address bar asks for: the explanation at `#explain`, the validation report at
 * `#validation`, else the planner (whose own links are `#s=` / `#scenario=`).
 */
export type Tab = 'planner' | 'explain' | 'validation';

export const EXPLAIN_HASH = '#explain';
export const VALIDATION_HASH = '#validation';

export function tabFor(hash: string): Tab {
  if (hash === VALIDATION_HASH) return 'validation';
  return hash === EXPLAIN_HASH || hash.startsWith(`${EXPLAIN_HASH}/`) ? 'explain' : 'planner';
}

/** The current tab, following the hash (links, back and forward). */
export class Route {
  tab = $state<Tab>(typeof location === 'undefined' ? 'planner' : tabFor(location.hash));

  /** Listens to hash changes; returns a cleanup. */
  connect(): () => void {
    const onHash = () => {
      this.tab = tabFor(location.hash);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }
}

export const route = new Route();
