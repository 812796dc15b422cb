import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allGridRows, gridRow, pasteTsv } from './grid-helpers';

const PLAN_003 = 'Triển khai Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045”';

async function openPlan(page: Page, url: string, name: string | RegExp = PLAN_003) {
  await page.goto(url);
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  await page.getByRole('link', { name }).first().click();
  await expect(page.getByRole('heading', { level: 3 })).toBeVisible();
}

async function tasksTab(page: Page) {
  await page.getByRole('tab', { name: /^Nhiệm vụ \(/ }).click();
  return page.getByTestId('tasks-table');
}

test('editing a task cell persists after reload, and undo/redo work with Ctrl+Z / Ctrl+Y', async ({ page, door }, info) => {
  await openPlan(page, door.url);
  const grid = await tasksTab(page);
  const row = await gridRow(page, grid, 'Đảm bảo cơ sở vật chất cho các trường mầm non');
  await row.locator('[data-col=deadline]').dblclick();
  const editor = grid.getByRole('textbox', { name: 'Nội dung ô' });
  await editor.fill('Quý II năm 2026');
  await editor.press('Enter');
  await expect(row.locator('[data-col=deadline]')).toContainText('01/04/2026 – 30/06/2026');

  // typing into a cell replaces it; an unreadable value is kept with a gentle warning
  await row.locator('[data-col=budget]').click();
  await page.keyboard.type('khoảng vài tỷ');
  await page.keyboard.press('Enter');
  await expect(row.locator('[data-col=budget]')).toContainText('Chưa đọc được số tiền');
  await info.attach('edited-cell', { body: await page.screenshot(), contentType: 'image/png' });

  await page.reload();
  const grid2 = await tasksTab(page);
  const row2 = await gridRow(page, grid2, 'Đảm bảo cơ sở vật chất cho các trường mầm non');
  await expect(row2.locator('[data-col=deadline]')).toContainText('Quý II năm 2026');
  await expect(row2.locator('[data-col=deadline]')).toContainText('01/04/2026 – 30/06/2026');

  // undo and redo (stack is per page session: edit again after the reload)
  await row2.locator('[data-col=output]').click();
  await page.keyboard.press('F2');
  const ed = grid2.getByRole('textbox', { name: 'Nội dung ô' });
  await ed.fill('Bộ hồ sơ thiết kế mẫu');
  await ed.press('Enter');
  await expect(row2.locator('[data-col=output]')).toHaveText('Bộ hồ sơ thiết kế mẫu');
  await grid2.focus();
  await page.keyboard.press('Control+z');
  await expect(row2.locator('[data-col=output]')).not.toHaveText('Bộ hồ sơ thiết kế mẫu');
  await page.keyboard.press('Control+y');
  await expect(row2.locator('[data-col=output]')).toHaveText('Bộ hồ sơ thiết kế mẫu');
});

test('a colliding TT is refused at the cell with a Vietnamese message', async ({ page, door }) => {
  await openPlan(page, door.url);
  const grid = await tasksTab(page);
  const row = await gridRow(page, grid, 'Thực hiện Nghị quyết 248/2025/QH15');
  await row.locator('[data-col=tt]').dblclick();
  const editor = grid.getByRole('textbox', { name: 'Nội dung ô' });
  await editor.fill('1');
  await editor.press('Enter');
  await expect(grid.getByRole('alert')).toContainText('Mã nhiệm vụ "II.1" đã có');
  await editor.press('Escape');
  await expect(row.locator('[data-col=tt]')).toHaveText('2');
});

test('pasting a 20-row TSV block from Excel fills and appends rows in one undoable step', async ({ page, door }, info) => {
  await openPlan(page, door.url);
  const grid = await tasksTab(page);
  const before = (await allGridRows(grid)).filter((r) => r.cls.includes('item-row')).length;
  // paste on the header of group VIII: the rows are appended to that group
  const header = await gridRow(page, grid, 'VIII. Đẩy mạnh hợp tác');
  await header.getByRole('gridcell').click();
  const lines = Array.from({ length: 20 }, (_, i) => `Nhiệm vụ dán số ${i + 1}\tSở GD&ĐT\t\tBáo cáo\tQuý ${['I', 'II', 'III', 'IV'][i % 4]} năm 2026`);
  await pasteTsv(grid, lines.join('\r\n') + '\r\n');
  await expect(page.getByText(/Đã dán 20 dòng/)).toBeVisible();
  const rows = await allGridRows(grid);
  const pasted = rows.filter((r) => r.text.includes('Nhiệm vụ dán số'));
  expect(pasted).toHaveLength(20);
  expect(pasted[1]!.text).toContain('01/04/2026 – 30/06/2026');
  const after = rows.filter((r) => r.cls.includes('item-row')).length;
  expect(after).toBeGreaterThan(before);
  await info.attach('pasted', { body: await page.screenshot(), contentType: 'image/png' });

  await grid.focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Đã hoàn tác.')).toBeVisible();
  const undone = await allGridRows(grid);
  expect(undone.filter((r) => r.text.includes('Nhiệm vụ dán số'))).toHaveLength(0);
  expect(undone.filter((r) => r.cls.includes('item-row'))).toHaveLength(before);
});

test('reverting a change from the history panel restores the old value', async ({ page, door }, info) => {
  await openPlan(page, door.url);
  const grid = await tasksTab(page);
  const row = await gridRow(page, grid, 'Số hóa văn bằng tốt nghiệp');
  await row.locator('[data-col=title]').dblclick();
  const editor = grid.getByRole('textbox', { name: 'Nội dung ô' });
  await editor.fill('Số hóa văn bằng, chứng chỉ');
  await editor.press('Enter');
  await expect(grid.getByText('Số hóa văn bằng, chứng chỉ')).toBeVisible();

  await page.getByRole('button', { name: 'Lịch sử thay đổi' }).click();
  const list = page.getByTestId('history-list');
  const entry = list.getByRole('listitem').filter({ hasText: 'Tên nhiệm vụ' }).first();
  await expect(entry).toContainText('Số hóa văn bằng tốt nghiệp');
  await expect(entry).toContainText('Số hóa văn bằng, chứng chỉ');
  await info.attach('history', { body: await page.screenshot(), contentType: 'image/png' });
  await entry.getByRole('button', { name: 'Hoàn tác' }).click();
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).last().click();
  await expect(page.getByText(/Đã hoàn tác thay đổi/)).toBeVisible();
  await expect(list.getByText('đã hoàn tác').first()).toBeVisible();
  await page.keyboard.press('Escape');
  const again = await gridRow(page, grid, 'Số hóa văn bằng tốt nghiệp');
  await expect(again.locator('[data-col=title]')).toHaveText('Số hóa văn bằng tốt nghiệp');
});

test('deriving a Sở plan from 02-CTr/TU copies the picked tasks linked to their parents', async ({ page, door }, info) => {
  await openPlan(page, door.url, /Thực hiện Nghị quyết số 71-NQ\/TW/);
  await page.getByRole('button', { name: 'Lập kế hoạch triển khai…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Trích yếu kế hoạch mới').fill('Triển khai Chương trình hành động số 02-CTr/TU trong ngành Giáo dục');
  await dialog.getByLabel('Lọc theo chữ').fill('chuyen doi so');
  await dialog.getByLabel('Lọc theo chữ').press('Enter');
  await dialog.getByRole('row').nth(1).getByRole('checkbox').check();
  await dialog.getByRole('row').nth(2).getByRole('checkbox').check();
  await expect(dialog.getByText('Đã chọn 2 nhiệm vụ')).toBeVisible();
  await info.attach('derive', { body: await page.screenshot(), contentType: 'image/png' });

  // step 2: assign departments in bulk (both rows → Văn phòng, "phần văn bản"), then the first also → another phòng
  await dialog.getByRole('button', { name: 'Tiếp: phân công phòng →' }).click();
  await expect(dialog.getByText('Đã phân công 0/2 nhiệm vụ')).toBeVisible();
  await dialog.getByRole('row').first().getByRole('checkbox').check(); // select all
  await dialog.getByLabel('Phòng phụ trách').fill('van phong');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Văn phòng' }).first().click();
  await page.keyboard.press('Escape'); // close the dropdown, keep the dialog
  await dialog.getByLabel('Phụ trách phần').fill('phần văn bản');
  await dialog.getByRole('button', { name: 'Giao cho 2 dòng đã chọn' }).click();
  await expect(dialog.getByText('Đã phân công 2/2 nhiệm vụ')).toBeVisible();
  await expect(dialog.getByText('(phần văn bản)')).toHaveCount(2);
  await info.attach('derive-departments', { body: await page.screenshot(), contentType: 'image/png' });
  await dialog.getByRole('button', { name: 'Tạo dự thảo kế hoạch' }).click();
  await expect(page.getByText('Đã phân công phòng cho mọi nhiệm vụ.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toContainText('Triển khai Chương trình hành động số 02-CTr/TU');
  const grid = await tasksTab(page);
  const rows = (await allGridRows(grid)).filter((r) => r.cls.includes('item-row'));
  expect(rows).toHaveLength(2);
  expect(rows.every((r) => r.text.includes('(phần văn bản)'))).toBe(true);

  await expect(grid.getByRole('link', { name: /Cấp trên .*02-CTr\/TU/ }).first()).toBeVisible();
  await expect(page.getByText('Triển khai').first()).toBeVisible();
  await info.attach('derived-plan', { body: await page.screenshot(), contentType: 'image/png' });
});

test('create a plan, archive it (two confirmations) and undo the archive', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill('Triển khai công tác chuyển đổi số năm 2026');
  await page.getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3 })).toContainText('Triển khai công tác chuyển đổi số năm 2026');
  await page.getByRole('tab', { name: 'Nội dung văn bản' }).click();
  await expect(page.getByTestId('body-editor')).toContainText('MỤC ĐÍCH, YÊU CẦU');

  // metadata: a bad number is flagged at the field
  await page.getByRole('button', { name: 'Sửa thông tin' }).click();
  await page.getByLabel('Số, ký hiệu').fill('KH-SGDĐT');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(/không đúng mẫu/)).toBeVisible();
  await page.getByLabel('Số, ký hiệu').fill('45/KH-SGDĐT');
  await page.getByLabel('Ngày ban hành (ngày/tháng/năm)').fill('05/03/2026');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('45/KH-SGDĐT').first()).toBeVisible();
  await expect(page.getByText('Hải Phòng, 05/03/2026')).toBeVisible();

  await page.getByRole('button', { name: 'Lưu trữ', exact: true }).click();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('dialog').filter({ hasText: 'Xác nhận lần hai' }).getByRole('button', { name: 'Lưu trữ' }).click();
  await expect(page.getByText('Kế hoạch này đã được lưu trữ')).toBeVisible();
  await info.attach('archived', { body: await page.screenshot(), contentType: 'image/png' });
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).first().click();
  await expect(page.getByText('Kế hoạch này đã được lưu trữ')).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  await expect(page.getByRole('link', { name: 'Triển khai công tác chuyển đổi số năm 2026' })).toBeVisible();
});
