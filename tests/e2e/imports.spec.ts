/** The import wizard end to end: a received table in, the diff, the commit, the undo; bad files; dropped files; errors fixed in place. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test, type Door } from './fixtures';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => join(FIXTURES, name);

async function api<T>(request: APIRequestContext, door: Door, method: string, input: unknown): Promise<T> {
  const r = await request.post(`${door.origin}/api/${method}`, { headers: { Authorization: `Bearer ${door.token}` }, data: input });
  const body = (await r.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

async function deadlineOfI1(request: APIRequestContext, door: Door): Promise<string | null> {
  const plans = await api<Array<{ id: number; tasks: number }>>(request, door, 'plans.list', {});
  const plan = await api<{ tasks: Array<{ code: string; deadlineText: string | null }> }>(request, door, 'plans.get', { id: plans.find((p) => p.tasks === 50)!.id });
  return plan.tasks.find((t) => t.code === 'I.1')!.deadlineText;
}

test('imports a received table: choose, map, review, edit, diff, commit, then undo the whole batch', async ({ page, door, request }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Nhập dữ liệu' }).click();
  await page.locator('input[type=file]').setInputFiles(fixture('003-nhiem-vu-tieu-de-hai-dong.xlsx'));
  await expect(page.getByText('Chọn bảng cần nhập')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Bảng nhiệm vụ')).toBeVisible();
  await expect(page.getByText('50 dòng')).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  await expect(page.getByText('Cơ quan thực hiện / Chủ trì')).toBeVisible();
  await info.attach('mapping', { body: await page.screenshot(), contentType: 'image/png' });
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  const review = page.getByTestId('import-review');
  await expect(review).toBeVisible();
  await expect(page.getByText('Không có lỗi')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Sửa Thời gian hoàn thành dòng 12' }).click();
  await page.getByRole('textbox', { name: 'Thời gian hoàn thành dòng 12' }).fill('Quý IV năm 2026');
  await page.getByRole('textbox', { name: 'Thời gian hoàn thành dòng 12' }).blur();
  await expect(page.getByText('Đã sửa — bấm “Kiểm tra lại”')).toBeVisible();
  await page.getByRole('button', { name: 'So sánh với kế hoạch' }).click();

  await expect(page.getByTestId('diff-changed')).toHaveText('Thay đổi: 1', { timeout: 30_000 });
  await expect(page.getByTestId('diff-unchanged')).toHaveText('Không đổi: 49');
  await expect(page.getByText('Quý IV năm 2026').first()).toBeVisible();
  await info.attach('diff', { body: await page.screenshot(), contentType: 'image/png' });
  await page.getByRole('button', { name: 'Ghi 1 dòng vào kế hoạch' }).click();
  await page.getByRole('button', { name: 'Ghi', exact: true }).click();
  await expect(page.getByText(/Đã nhập xong \(lần nhập số 1\)/)).toBeVisible({ timeout: 30_000 });
  expect(await deadlineOfI1(request, door)).toBe('Quý IV năm 2026');

  await page.getByRole('tab', { name: 'Các lần nhập' }).click();
  const batches = page.getByTestId('import-batches');
  await expect(batches.getByText('003-nhiem-vu-tieu-de-hai-dong.xlsx')).toBeVisible();
  await expect(batches.getByText('0 mới, 1 thay đổi, 49 không đổi')).toBeVisible();
  await batches.getByRole('button', { name: 'Hoàn tác' }).click();
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).last().click();
  await expect(page.getByText(/Đã hoàn tác lần nhập số 1/)).toBeVisible();
  await expect(batches.getByText(/Đã hoàn tác/)).toBeVisible();
  expect(await deadlineOfI1(request, door)).toBe('Năm 2026');
  await info.attach('batches', { body: await page.screenshot(), contentType: 'image/png' });
});

test('a file PlanDesk cannot read gets a message saying what to do', async ({ page, door }) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Nhập dữ liệu' }).click();
  await page.locator('input[type=file]').setInputFiles(fixture('excel-cu.xls'));
  await expect(page.getByText('Không dùng được tệp excel-cu.xls')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Tệp là định dạng Excel cũ \(\.xls\)\. Hãy mở bằng Excel và lưu lại dưới dạng \.xlsx/)).toBeVisible();
});

test('a file dropped on the window is read', async ({ page, door }) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Nhập dữ liệu' }).click();
  const base64 = readFileSync(fixture('003-ke-hoach-hai-bang.docx')).toString('base64');
  // runs in the page: the browser's DataTransfer carrying the file, as a real drop does
  const data = await page.evaluateHandle((b64) => {
    const w = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } } };
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new w.DataTransfer();
    dt.items.add(new File([bytes], 'ke-hoach.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    return dt;
  }, base64);
  await page.dispatchEvent('h3', 'drop', { dataTransfer: data });
  await expect(page.getByText('Chọn bảng cần nhập')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Bảng chỉ tiêu')).toBeVisible();
  await expect(page.getByText('Bảng nhiệm vụ')).toBeVisible();
});

test('an error is marked at its cell and fixed in place', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Nhập dữ liệu' }).click();
  await page.locator('input[type=file]').setInputFiles(fixture('cong-thuc-chua-tinh.xlsx'));
  await expect(page.getByText('Chọn bảng cần nhập')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByText('1 lỗi phải sửa trước khi ghi')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-issue=error]')).toHaveCount(1);
  await info.attach('errors', { body: await page.screenshot(), contentType: 'image/png' });
  await page.getByRole('button', { name: 'Sửa Kinh phí dòng 3' }).click();
  await page.getByRole('textbox', { name: 'Kinh phí dòng 3' }).fill('250 tỷ đồng');
  await page.getByRole('textbox', { name: 'Kinh phí dòng 3' }).blur();
  await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
  await expect(page.getByText('Không có lỗi')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-issue=error]')).toHaveCount(0);
  await expect(page.getByText('250.000.000.000 đ')).toBeVisible();
});

test('a progress table in a school’s own shape is written as that body’s progress, then undone', async ({ page, door, request }, info) => {
  const plans = await api<Array<{ id: number; tasks: number }>>(request, door, 'plans.list', {});
  const planId = plans.find((p) => p.tasks === 50)!.id;
  await api(request, door, 'periods.generate', { planId, kinds: ['quarter'], fromYear: 2026, toYear: 2026 });
  const entries = async () => (await api<{ byStatus: Record<string, number> }>(request, door, 'progress.status', { planId, periodId: period })).byStatus;
  const periods = await api<Array<{ id: number; label: string }>>(request, door, 'periods.list', { planId });
  const period = periods.find((p) => p.label === 'Quý II/2026')!.id;

  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Nhập dữ liệu' }).click();
  await page.locator('input[type=file]').setInputFiles(fixture('tien-do-truong.xlsx'));
  await expect(page.getByText('Bảng tiến độ')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const step = page.getByTestId('progress-table-step');
  await expect(step).toBeVisible();
  const pick = (text: string | RegExp) => page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
  await step.getByLabel('Kế hoạch').click();
  await pick(/50 nhiệm vụ/);
  await step.getByLabel('Kỳ báo cáo').click();
  await pick(/^Quý II\/2026$/);
  await step.getByLabel('Đơn vị báo cáo').fill('Văn phòng');
  await pick('Văn phòng');
  await step.getByRole('button', { name: 'Xem trước' }).click();
  await expect(step.getByText('Nhiệm vụ IV.6')).toBeVisible({ timeout: 30_000 });
  await expect(step.locator('.ant-tag').filter({ hasText: /^Mới$/ })).toHaveCount(15);
  await info.attach('progress-preview', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await step.getByRole('button', { name: 'Ghi 15 báo cáo tiến độ' }).click();
  await expect(page.getByText(/Đã ghi 15 báo cáo tiến độ \(lần nhập số \d+\)/)).toBeVisible({ timeout: 30_000 });
  expect(Object.values(await entries()).reduce((a, b) => a + b, 0)).toBe(15);
  await page.getByRole('button', { name: 'Hoàn tác lần nhập này' }).click();
  await expect(page.getByText(/Đã hoàn tác lần nhập số \d+: xóa 15 dòng thêm mới/)).toBeVisible({ timeout: 30_000 });
  expect(Object.values(await entries()).reduce((a, b) => a + b, 0)).toBe(0);
});
