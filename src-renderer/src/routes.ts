/**
 * Routes as data (pure, no DOM): "#/plans/3" → { page: 'plans', id: 3 }; an optional query after
 * "?" points at a row to show: "#/plans/3?task=123" (also target=, block=, doc=, org=).
 */
export type PageKey = 'overview' | 'plans' | 'tasks' | 'targets' | 'reports' | 'import' | 'organizations' | 'settings';

export interface Route {
  page: PageKey;
  id?: number;
  query?: Record<string, string>;
}

const PAGES: PageKey[] = ['overview', 'plans', 'tasks', 'targets', 'reports', 'import', 'organizations', 'settings'];

export function parseHash(hash: string): Route {
  const [, page, id, search] = /^#\/([a-z]+)?(?:\/(\d+))?(?:\?(.*))?/.exec(hash) ?? [];
  const p = PAGES.find((x) => x === page) ?? 'overview';
  const route: Route = id ? { page: p, id: Number(id) } : { page: p };
  if (search) {
    const query = Object.fromEntries(new URLSearchParams(search));
    if (Object.keys(query).length) route.query = query;
  }
  return route;
}

export function href(route: Route): string {
  const query = route.query && Object.keys(route.query).length ? `?${new URLSearchParams(route.query).toString()}` : '';
  return `#/${route.page}${route.id ? `/${route.id}` : ''}${query}`;
}
