/** Which view the address bar asks for: the explanation at `#explain`, else the planner (whose own links are `#s=` / `#scenario=`). */
export type Tab = 'planner' | 'explain';

export const EXPLAIN_HASH = '#explain';

export function tabFor(hash: string): Tab {
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
