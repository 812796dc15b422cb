/** Which tab and which row a route points at (pure, no DOM). */
import type { Route } from '../../routes';

export interface Jump {
  tab: 'tasks' | 'targets' | 'body' | null;
  selector: string | null;
  /** the grid row key ("t123") the appendix grid scrolls to and selects */
  rowKey?: string;
  token: string;
}

export function jumpFromRoute(route: Route): Jump | null {
  const q = route.query ?? {};
  const n = (v: string | undefined) => (v && /^\d+$/.test(v) ? v : null);
  const task = n(q.task);
  if (task) return { tab: 'tasks', selector: `[data-testid="tasks-table"] [data-key="t${task}"]`, rowKey: `t${task}`, token: `task-${task}` };
  const target = n(q.target);
  if (target) return { tab: 'targets', selector: `[data-testid="targets-table"] [data-key="t${target}"]`, rowKey: `t${target}`, token: `target-${target}` };
  const block = n(q.block);
  if (block) return { tab: 'body', selector: `[data-block-index="${block}"]`, token: `block-${block}` };
  const doc = n(q.doc);
  if (doc) return { tab: null, selector: null, token: `doc-${doc}` };
  return null;
}
