/** A small hash router: "#/plans/3" → { page: 'plans', id: 3 }. */
import { useEffect, useState } from 'react';

export type PageKey = 'overview' | 'plans' | 'tasks' | 'targets' | 'reports' | 'import' | 'organizations' | 'settings';

export interface Route {
  page: PageKey;
  id?: number;
}

const PAGES: PageKey[] = ['overview', 'plans', 'tasks', 'targets', 'reports', 'import', 'organizations', 'settings'];

export function parseHash(hash: string): Route {
  const [, page, id] = /^#\/([a-z]+)?(?:\/(\d+))?/.exec(hash) ?? [];
  const p = PAGES.find((x) => x === page) ?? 'overview';
  return id ? { page: p, id: Number(id) } : { page: p };
}

export function href(route: Route): string {
  return `#/${route.page}${route.id ? `/${route.id}` : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
