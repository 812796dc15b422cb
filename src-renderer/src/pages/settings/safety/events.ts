/** After a restore or a package import every screen's data is stale: say so to whoever listens. */
const EVENT = 'plandesk:data-changed';

export function announceDataChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onDataChanged(fn: () => void): () => void {
  window.addEventListener(EVENT, fn);
  return () => window.removeEventListener(EVENT, fn);
}
