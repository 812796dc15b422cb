/**
 * Jump to a row from search or the lists: "#/plans/3?task=123" opens the plan on the right
 * tab, scrolls the row into view and marks it. The plan page only says which tab holds it;
 * the row is found by its DOM key (data-row-key="t123" in the tasks/targets tables,
 * data-block-index in the body), so grids that render rows later (virtualised) still work:
 * the look-up retries for a while after the page renders.
 */
import { useEffect } from 'react';
import type { Route } from '../../router';

export interface Jump {
  tab: 'tasks' | 'targets' | 'body' | null;
  selector: string | null;
  token: string;
}

export function jumpFromRoute(route: Route): Jump | null {
  const q = route.query ?? {};
  const n = (v: string | undefined) => (v && /^\d+$/.test(v) ? v : null);
  const task = n(q.task);
  if (task) return { tab: 'tasks', selector: `[data-testid="tasks-table"] [data-row-key="t${task}"]`, token: `task-${task}` };
  const target = n(q.target);
  if (target) return { tab: 'targets', selector: `[data-testid="targets-table"] [data-row-key="t${target}"]`, token: `target-${target}` };
  const block = n(q.block);
  if (block) return { tab: 'body', selector: `[data-block-index="${block}"]`, token: `block-${block}` };
  const doc = n(q.doc);
  if (doc) return { tab: null, selector: null, token: `doc-${doc}` };
  return null;
}

/** After the page is ready, scroll to the row and mark it (retrying while rows render). */
export function useRowJump(jump: Jump | null, ready: boolean): void {
  const selector = jump?.selector ?? null;
  useEffect(() => {
    if (!selector || !ready) return;
    let frame = 0;
    let tries = 0;
    let marked: Element | null = null;
    const find = () => {
      const el = document.querySelector(selector);
      if (el) {
        el.classList.add('row-jump');
        el.scrollIntoView({ block: 'center' });
        marked = el;
        return;
      }
      if (tries++ < 180) frame = requestAnimationFrame(find);
    };
    find();
    return () => {
      cancelAnimationFrame(frame);
      marked?.classList.remove('row-jump');
    };
  }, [selector, ready]);
}
