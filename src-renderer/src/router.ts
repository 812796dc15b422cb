/** A small hash router over routes.ts: the current route, following hash changes. */
import { useEffect, useState } from 'react';
import { parseHash, type Route } from './routes';

export { href, parseHash, type PageKey, type Route } from './routes';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
