/**
 * A cell edit re-reads only the edited row (no plans.get of the whole plan): the grid keeps
 * its scroll position and other rows; undo/redo also re-read just that row; structural
 * edits still re-read the plan. And the editor shows PlanDesk's reading live while typing.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { gridRow } from './grid-helpers';

const PLAN_003 = 'Triển khai Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045”';

async function openPlan(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  await page.getByRole('link', { name: PLAN_003 }).first().click();
  await expect(page.getByRole('heading', { level: 3 })).toBeVisible();
}

/** API methods called from now on, in order. */
function apiCalls(page: Page): { list: string[]; since(): string[] } {
  const list: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/([\w.]+)$/.exec(new URL(r.url()).pathname);
    if (m) list.push(m[1]!);
  });
  let mark = 0;
  return {
    list,
    since() {
      const out = list.slice(mark);
      mark = list.length;
      return out;
    },
  };
}

test('a cell edit, its undo and redo re-read only that row; the grid keeps its scroll position', async ({ page, door }, info) => {
  await openPlan(page, door.url);
  await page.getByRole('tab', { name: /^Nhiệm vụ \(/ }).click();
  const grid = page.getByTestId('tasks-table');
  const row = await gridRow(page, grid, 'Số hóa văn bằng tốt nghiệp');
  const top = await grid.evaluate((el) => el.scrollTop);
  expect(top).toBeGreaterThan(200);
  const other = await grid.getByRole('row').filter({ hasNotText: 'Số hóa văn bằng tốt nghiệp' }).nth(3).innerText();
  const calls = apiCalls(page);

  await row.locator('[data-col=deadline]').dblclick();
  const editor = grid.getByRole('textbox', { name: 'Nội dung ô' });
  await editor.fill('Quý III năm 2026');
  await editor.press('Enter');
  await expect(row.locator('[data-col=deadline]')).toContainText('01/07/2026 – 30/09/2026');
  await expect.poll(() => calls.list.includes('tasks.rows')).toBe(true);
  expect(calls.since()).toEqual(['tasks.update', 'tasks.rows']);
  expect(await grid.evaluate((el) => el.scrollTop)).toBe(top);
  await expect(grid.getByRole('row').filter({ hasText: other.split('\n')[0]! }).first()).toBeVisible();
  await info.attach('after-edit', { body: await page.screenshot(), contentType: 'image/png' });

  await grid.focus();
  await page.keyboard.press('Control+z');
  await expect(row.locator('[data-col=deadline]')).not.toContainText('Quý III năm 2026');
  await expect.poll(() => calls.list.filter((m) => m === 'tasks.rows').length).toBe(2);
  expect(calls.since()).toEqual(['history.undo', 'tasks.rows']);
  await page.keyboard.press('Control+y');
  await expect(row.locator('[data-col=deadline]')).toContainText('Quý III năm 2026');
  await expect.poll(() => calls.list.filter((m) => m === 'tasks.rows').length).toBe(3);
  expect(calls.since()).toEqual(['history.undo', 'tasks.rows']);
  expect(await grid.evaluate((el) => el.scrollTop)).toBe(top);

  // a structural change (insert a row) still re-reads the plan
  await row.locator('[data-col=title]').click();
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await expect.poll(() => calls.list.includes('plans.get')).toBe(true);
  expect(calls.since()).toEqual(expect.arrayContaining(['tasks.insert', 'plans.get']));
});

test('deadline, budget and target cells show the reading live while typing', async ({ page, door }, info) => {
  await openPlan(page, door.url);
  await page.getByRole('tab', { name: /^Nhiệm vụ \(/ }).click();
  const grid = page.getByTestId('tasks-table');
  const row = await gridRow(page, grid, 'Đảm bảo cơ sở vật chất cho các trường mầm non');
  const reading = grid.getByRole('status', { name: 'Cách PlanDesk hiểu' });

  await row.locator('[data-col=deadline]').dblclick();
  const editor = grid.getByRole('textbox', { name: 'Nội dung ô' });
  await editor.fill('');
  await expect(reading).toHaveCount(0);
  await editor.pressSequentially('Quý II năm 20');
  await expect(reading).toContainText('Chưa đọc được thời hạn');
  await editor.pressSequentially('26');
  await expect(reading).toHaveText('→ 01/04/2026 – 30/06/2026');
  await info.attach('live-deadline', { body: await page.screenshot(), contentType: 'image/png' });
  await editor.press('Escape');

  await row.locator('[data-col=budget]').dblclick();
  await editor.fill('10.275,852 tỷ đồng');
  await expect(reading).toHaveText(/→ 10\s275\s852\s000\s000\sđ/);
  await editor.fill('khoảng vài tỷ');
  await expect(reading).toContainText('Chưa đọc được số tiền — vẫn lưu đúng chữ đã gõ');
  await info.attach('live-budget-warn', { body: await page.screenshot(), contentType: 'image/png' });
  await editor.press('Escape');
  // Esc kept the cell as it was: nothing saved
  await expect(row.locator('[data-col=budget]')).not.toContainText('khoảng vài tỷ');

  await page.getByRole('tab', { name: /^Chỉ tiêu \(/ }).click();
  const targets = page.getByTestId('targets-table');
  const trow = await gridRow(page, targets, 'hoàn thành cấp trung học phổ thông');
  const cell = trow.locator('[data-col=target]');
  await cell.dblclick();
  const ted = targets.getByRole('textbox', { name: 'Nội dung ô' });
  await ted.fill('≥ 90');
  // the row's unit is "%": the reading says so before the officer presses Enter, as the saved cell will
  await expect(targets.getByRole('status', { name: 'Cách PlanDesk hiểu' })).toHaveText('→ ≥ 90 %');
  await ted.press('Enter');
  await expect(cell).toContainText('≥ 90 %');
});
