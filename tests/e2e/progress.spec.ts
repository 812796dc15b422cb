import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIX = join(__dirname, '..', 'fixtures', 'progress');

async function choosePeriod(page: Page, scope: ReturnType<Page['locator']> | Page, label: string): Promise<void> {
  await scope.getByLabel('Kỳ báo cáo').click();
  await page.locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${label.replace('/', '\\/')}$`) }).click();
}

test('periods are generated, a template goes out and returned files come back with a preview', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
  const panel = page.getByTestId('progress-panel');
  await expect(panel).toContainText('Phát triển giáo dục và đào tạo thành phố Hải Phòng');
  await panel.getByRole('button', { name: 'Tạo kỳ báo cáo theo chế độ báo cáo' }).click();
  await expect(page.getByText('Đã tạo 28 kỳ báo cáo mới, bổ sung ngày cho 8 kỳ.')).toBeVisible();

  await page.getByTestId('periods-table').getByRole('cell', { name: 'Quý II/2026', exact: true }).click();
  const completeness = page.getByTestId('completeness');
  await expect(completeness).toContainText('Đã nhận 0 / 123 báo cáo');
  const gdtrh = completeness.getByRole('row').filter({ hasText: 'Phòng Giáo dục Trung học' });
  await expect(gdtrh.getByRole('cell').nth(1)).toHaveText('20');

  const download = page.waitForEvent('download');
  await gdtrh.getByRole('button', { name: 'Biểu mẫu' }).click();
  expect((await download).suggestedFilename()).toBe('bieu-mau-tien-do_quy-ii-2026_giao-duc-trung-hoc.xlsx');

  const importer = page.getByTestId('import-returned');
  await importer.getByTestId('import-files').setInputFiles([join(FIX, 'filled-qii-2026-gdtrh.xlsx'), join(FIX, 'filled-qii-2026-vanphong.xlsx')]);
  await importer.getByRole('textbox').fill('18/06/2026');
  await importer.getByRole('button', { name: 'Xem trước' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('import-file')).toHaveCount(2);
  await expect(preview).toContainText('Mã dòng bị hỏng; đã khớp theo TT và tên với nhiệm vụ V.2.');
  await expect(preview).toContainText('Trạng thái "hoan thanh" được đọc là "Hoàn thành".');
  await expect(preview).toContainText('có phải "Hoàn thành"?');
  await expect(completeness).toContainText('Đã nhận 0 / 123 báo cáo'); // nothing written by a preview
  await info.attach('import-preview', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  await importer.getByRole('checkbox', { name: /Dùng trạng thái PlanDesk gợi ý cho 1 dòng/ }).check();
  await importer.getByRole('button', { name: 'Ghi 16 dòng vào dữ liệu' }).click();
  await expect(page.getByText('Đã ghi 16 dòng tiến độ từ 2 tệp.')).toBeVisible();
  await expect(completeness).toContainText('Đã nhận 16 / 123 báo cáo (16 đúng hạn, 0 muộn)');
  await expect(gdtrh.getByRole('cell').nth(2)).toHaveText('12');
});

test('the dashboard counts by status, body and group, and every number opens its rows', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
  await page.getByTestId('periods-table').getByRole('cell', { name: 'Quý II/2026', exact: true }).click();
  const importer = page.getByTestId('import-returned');
  await importer.getByTestId('import-files').setInputFiles([join(FIX, 'filled-qii-2026-gdtrh.xlsx')]);
  await importer.getByRole('button', { name: 'Xem trước' }).click();
  await importer.getByRole('button', { name: 'Ghi 11 dòng vào dữ liệu' }).click();
  await expect(page.getByText('Đã ghi 11 dòng tiến độ từ 1 tệp.')).toBeVisible();

  await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
  const dash = page.getByTestId('dashboard');
  await choosePeriod(page, dash, 'Quý II/2026');
  await expect(dash.getByTestId('chart-status').locator('svg')).toBeVisible();
  await expect(dash.getByLabel('Số Hoàn thành đúng hạn')).toHaveText('5');
  await expect(dash.getByTestId('tile-received')).toContainText('11 / 123');
  await expect(dash.getByTestId('tile-lagging')).toContainText('2');
  await info.attach('dashboard', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  await dash.getByLabel('Số Hoàn thành đúng hạn').click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer).toContainText('Hoàn thành đúng hạn — Quý II/2026');
  await expect(drawer.locator('tbody tr')).toHaveCount(5);
  await page.keyboard.press('Escape');

  await dash.getByTestId('table-bodies').getByLabel('Phòng Giáo dục Trung học: Chưa triển khai').click();
  await expect(drawer.locator('tbody tr')).toHaveCount(1);
  await expect(drawer).toContainText('III.3');
  await page.keyboard.press('Escape');

  await dash.getByTestId('tile-missing').click();
  await expect(drawer).toContainText('Còn thiếu báo cáo — Quý II/2026');
  await expect(drawer.locator('tbody tr').first()).toBeVisible();
  await page.keyboard.press('Escape');

  const png = page.waitForEvent('download');
  await dash.getByTestId('chart-status').getByRole('button', { name: 'Tải ảnh PNG' }).click();
  expect((await png).suggestedFilename()).toBe('trang-thai-Quý II-2026.png');
});

test('an officer enters progress on the plan page and a locked period refuses changes until unlocked with a reason', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.goto(door.url.replace(/#.*/, '#/plans/1'));
  await page.getByRole('tab', { name: 'Tiến độ' }).click();
  await choosePeriod(page, page, 'Quý II/2026');
  const sheet = page.getByTestId('progress-sheet');
  const row = sheet.getByRole('row').filter({ hasText: 'Văn phòng Sở' }).filter({ hasText: /^IV\.1/ });
  await row.getByRole('button', { name: 'Nhập' }).click();
  const modal = page.locator('.ant-modal');
  await modal.getByLabel('Trạng thái', { exact: true }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: /^Hoàn thành \(PlanDesk/ }).click();
  await modal.locator('#entry-completed').fill('05/07/2026');
  await modal.getByLabel('Kết quả thực hiện').fill('Đã ban hành Kế hoạch số 88/KH-SGDĐT');
  await modal.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText(/Đã lưu: Hoàn thành quá hạn\./)).toBeVisible();
  await expect(row).toContainText('Hoàn thành quá hạn');
  await expect(row).toContainText('Đã ban hành Kế hoạch số 88/KH-SGDĐT');
  await info.attach('plan-progress', { body: await page.screenshot(), contentType: 'image/png' });

  await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
  const periods = page.getByTestId('periods-table');
  const q2 = periods.getByRole('row').filter({ hasText: 'Quý II/2026' });
  await q2.getByRole('button', { name: 'Khóa' }).click();
  await page.getByLabel('Ghi chú khi khóa').fill('Đã gửi Báo cáo số 12/BC-SGDĐT');
  await page.locator('.ant-modal').getByRole('button', { name: 'Khóa kỳ' }).click();
  await expect(q2).toContainText('Đã khóa');
  await expect(q2.getByRole('button', { name: 'Sửa' })).toBeDisabled();
  await q2.getByRole('button', { name: 'Mở khóa' }).click();
  await page.locator('.ant-modal').getByRole('button', { name: 'Mở khóa' }).click();
  await expect(page.getByText('Hãy ghi rõ lý do mở khóa.')).toBeVisible();
  await page.getByLabel('Lý do mở khóa').fill('Văn phòng gửi bổ sung số liệu');
  await page.locator('.ant-modal').getByRole('button', { name: 'Mở khóa' }).click();
  await expect(q2).toContainText('Đang mở');
});
