/**
 * Jump to a row from search or the lists: "#/plans/3?task=123" opens the plan on the right
 * tab, scrolls the row into view and marks it. The plan page only says which tab holds it;
 * the row is found by its DOM key (data-row-key="t123" in the tasks/targets tables,
 * data-block-index in the body), so grids that render rows later (virtualised) still work:
 * the look-up retries for a while after the page renders.
 */
import { useEffect } from 'react';
import type { Jump } from './jumpTarget';

export { jumpFromRoute, type Jump } from './jumpTarget';

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
