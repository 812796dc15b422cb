/** Helpers for the virtualised grids: rows render only when scrolled into view. */
import type { Locator, Page } from '@playwright/test';

export interface GridRowInfo {
  index: number;
  cls: string;
  text: string;
}

/** Scroll the grid from top to bottom and collect every row once (by aria-rowindex). */
export async function allGridRows(grid: Locator): Promise<GridRowInfo[]> {
  return grid.evaluate(async (el) => {
    const seen = new Map<number, { index: number; cls: string; text: string }>();
    const collect = () => {
      for (const r of Array.from(el.querySelectorAll('[role=row][aria-rowindex]')) as unknown as Array<{ getAttribute(n: string): string | null; className: string }>) {
        const i = Number(r.getAttribute('aria-rowindex'));
        if (i > 1) seen.set(i, { index: i, cls: r.className, text: (r as unknown as { innerText: string }).innerText.replace(/\u00a0/g, ' ') });
      }
    };
    // the virtualised grid renders the rows of a new scroll position in the next frames: wait for
    // two animation frames (and a little more on a busy machine) before reading them
    const settle = async () => {
      const raf = (globalThis as unknown as { requestAnimationFrame(cb: () => void): number }).requestAnimationFrame;
      await new Promise<void>((r) => raf(() => raf(() => r())));
      await new Promise((r) => setTimeout(r, 40));
    };
    el.scrollTop = 0;
    for (let guard = 0; guard < 1000; guard++) {
      await settle();
      collect();
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) break;
      el.scrollTop += el.clientHeight * 0.5;
    }
    await settle();
    collect();
    el.scrollTop = 0;
    return [...seen.values()].sort((a, b) => a.index - b.index);
  });
}

/** The row of the grid whose text contains `text` (scrolls it into view). */
export async function gridRow(page: Page, grid: Locator, text: string): Promise<Locator> {
  await grid.evaluate(async (el, t) => {
    el.scrollTop = 0;
    for (let guard = 0; guard < 500; guard++) {
      await new Promise((r) => setTimeout(r, 40));
      const hit = Array.from(el.querySelectorAll('[role=row]')).find((r) => (r as unknown as { innerText: string }).innerText.includes(t));
      if (hit) {
        (hit as unknown as { scrollIntoView(o: { block: string }): void }).scrollIntoView({ block: 'center' });
        return;
      }
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return;
      el.scrollTop += el.clientHeight * 0.8;
    }
  }, text);
  await page.waitForTimeout(50);
  return grid.getByRole('row').filter({ hasText: text }).first();
}

/** Dispatch a paste of a TSV block (as Excel puts it on the clipboard) onto the grid. */
export async function pasteTsv(grid: Locator, tsv: string, html?: string): Promise<void> {
  await grid.evaluate(
    (el, d) => {
      // browser globals (this file is type-checked without the DOM library)
      const w = globalThis as unknown as {
        DataTransfer: new () => { setData(type: string, value: string): void };
        ClipboardEvent: new (type: string, init: object) => Event;
      };
      const dt = new w.DataTransfer();
      dt.setData('text/plain', d.tsv);
      if (d.html) dt.setData('text/html', d.html);
      el.dispatchEvent(new w.ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { tsv, html },
  );
}
