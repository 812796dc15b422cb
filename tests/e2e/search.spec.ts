/**
 * Plan workspace — finding things: search (Ctrl+K and the frame's box) with jump to the row,
 * the Nhiệm vụ list with a saved view and its Excel export, merging two organisations.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('Ctrl+K "chuyen doi so" finds the 003 task and target rows, marked, and jumps to the task', async ({ page, door }, info) => {
  await page.goto(door.url);
  await expect(page.getByRole('menuitem', { name: 'Tổng quan' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: 'Tìm kiếm', exact: true });
  await expect(box).toBeFocused();
  await box.fill('chuyen doi so');
  const results = page.getByRole('listbox', { name: 'Kết quả tìm kiếm' });
  const task = results.getByRole('option').filter({ hasText: 'Triển khai Đề án chuyển đổi số trong giáo dục nghề nghiệp' });
  const target = results.getByRole('option').filter({ hasText: 'Mã 5.3 · KH dự thảo: Triển khai Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng' });
  await expect(task).toHaveCount(1);
  await expect(target).toHaveCount(1);
  await expect(task).toContainText('Mã IV.6');
  await expect(task.locator('mark')).toHaveText(['chuyển đổi số']);
  await expect(target.locator('mark').first()).toHaveText('chuyển đổi số');
  await info.attach('search-palette', { body: await page.screenshot(), contentType: 'image/png' });

  await task.click();
  await expect(page).toHaveURL(/#\/plans\/1\?task=\d+$/);
  const row = page.getByTestId('tasks-table').locator('.row-jump');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Triển khai Đề án chuyển đổi số trong giáo dục nghề nghiệp');
  await expect(row).toBeInViewport();
  await expect(page.getByRole('tab', { name: /Nhiệm vụ \(50\)/ })).toHaveAttribute('aria-selected', 'true');
  await info.attach('jumped-to-task', { body: await page.screenshot(), contentType: 'image/png' });
});

test('the search box of the frame finds a target and opens its plan on the targets tab', async ({ page, door }) => {
  await page.goto(door.url);
  await page.getByRole('textbox', { name: 'Mở ô tìm kiếm' }).click();
  const box = page.getByRole('textbox', { name: 'Tìm kiếm', exact: true });
  await box.fill('truong pho thong dat chuan quoc gia');
  const hit = page.getByRole('option').filter({ has: page.locator('.search-hit-title', { hasText: /^Trường phổ thông đạt chuẩn quốc gia$/ }) }).first();
  await expect(hit.locator('mark')).toHaveText(['Trường phổ thông đạt chuẩn quốc gia']);
  // keyboard: the first hit is active, Enter opens it
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await hit.hover();
  await box.press('Enter');
  await expect(page).toHaveURL(/#\/plans\/\d+\?target=\d+$/);
  await expect(page.getByTestId('targets-table').locator('.row-jump')).toContainText('Trường phổ thông đạt chuẩn quốc gia');
});

test('a saved view on the Nhiệm vụ page comes back after a reload, and exports to Excel', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Nhiệm vụ' }).click();
  const summary = page.locator('.list-summary');
  await expect(summary).toContainText('121 nhiệm vụ');
  // only the rows on screen are in the page
  expect(await page.getByTestId('tasks-list').locator('.vl-row').count()).toBeLessThan(60);

  await page.getByRole('combobox', { name: 'Kế hoạch' }).click();
  await expect(page.locator('.ant-select-item-option', { hasText: '02-CTr/TU' })).toBeVisible();
  await page.locator('.ant-select-item-option', { hasText: '02-CTr/TU' }).click();
  await page.keyboard.press('Escape');
  await page.getByText('Theo phòng', { exact: true }).click();
  await expect(summary).toContainText(/nhiệm vụ trong \d+ nhóm/);
  const grouped = await summary.textContent();
  await expect(page.getByTestId('tasks-list').locator('.vl-group').first()).toBeVisible();

  await page.getByRole('button', { name: 'Lưu bộ lọc…' }).click();
  await page.getByRole('textbox', { name: 'Tên bộ lọc' }).fill('Chương trình 02 theo phòng');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu bộ lọc "Chương trình 02 theo phòng".')).toBeVisible();
  await info.attach('tasks-saved-view', { body: await page.screenshot(), contentType: 'image/png' });

  // back to the whole list, reload, then pick the saved view again
  await page.getByRole('button', { name: 'Xóa lọc' }).click();
  await page.getByText('Không nhóm', { exact: true }).click();
  await expect(summary).toContainText('121 nhiệm vụ.');
  await page.evaluate("sessionStorage.removeItem('plandesk.list.tasks')");
  await page.reload();
  await expect(summary).toContainText('121 nhiệm vụ.');
  await page.getByRole('combobox', { name: 'Bộ lọc đã lưu' }).click();
  await expect(page.locator('.ant-select-item-option', { hasText: 'Chương trình 02 theo phòng' })).toBeVisible();
  await page.locator('.ant-select-item-option', { hasText: 'Chương trình 02 theo phòng' }).click();
  await expect(summary).toHaveText(grouped!);
  await expect(page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Kế hoạch' }) })).toContainText('02-CTr/TU');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^nhiem-vu-\d{8}\.xlsx$/);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  await expect(page.getByText(/Đã xuất 4\d nhiệm vụ/)).toBeVisible();
});

test('merging a renamed department into the current one re-points it and keeps the old names', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
  const search = page.getByPlaceholder(/Tìm theo tên/);
  await search.fill('gdtx');
  await search.press('Enter');
  const old = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Phòng Giáo dục Thường xuyên và Đại học', exact: true }) });
  await expect(old).toHaveCount(1);
  await expect(old).toContainText('3 chủ trì');
  await old.getByRole('button', { name: 'Gộp vào…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Gộp vào đơn vị' }).fill('giao duc thuong xuyen, giao duc nghe');
  const option = page.locator('.ant-select-item-option', { hasText: 'Phòng Giáo dục Thường xuyên, Giáo dục Nghề nghiệp và Đại học' });
  await expect(option).toHaveCount(1);
  await dialog.getByRole('combobox', { name: 'Gộp vào đơn vị' }).press('Enter');
  await expect(dialog.getByText('Phòng phụ trách nhiệm vụ')).toBeVisible();
  await info.attach('merge-dialog', { body: await page.screenshot(), contentType: 'image/png' });
  await dialog.getByRole('button', { name: 'Gộp' }).click();
  await expect(page.getByText(/^Đã gộp "Phòng Giáo dục Thường xuyên và Đại học" vào/)).toBeVisible();

  await expect(page).toHaveURL(/#\/organizations\?org=\d+$/);
  await search.fill('Phòng GDTX&ĐH');
  await search.press('Enter');
  const kept = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Phòng Giáo dục Thường xuyên, Giáo dục Nghề nghiệp và Đại học', exact: true }) });
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText('Phòng Giáo dục Thường xuyên và Đại học');
  await expect(kept).toContainText('Phòng GDTX&ĐH');
  await expect(page.getByRole('cell', { name: 'Phòng Giáo dục Thường xuyên và Đại học', exact: true })).toHaveCount(0);

  // merging a body onto itself is not offered, and the API refuses it
  const r = await page.request.post(`${door.origin}/api/registry.merge`, {
    headers: { Authorization: `Bearer ${door.token}` },
    data: { sourceId: 8, targetId: 8 },
  });
  expect(await r.json()).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/chính nó/) } });
});

test('Cài đặt saves the office identity and the officer name, and shows the data folder', async ({ page, door }) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await expect(page.getByText(door.dataDir).first()).toBeVisible();
  await page.getByLabel('Họ và tên cán bộ sử dụng máy này').fill('Nguyễn Thị Lan');
  await page.getByRole('textbox', { name: 'Họ tên người ký' }).fill('Lương Văn Việt');
  await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
  await expect(page.getByText('Đã lưu thông tin cơ quan và cán bộ.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Họ và tên cán bộ sử dụng máy này')).toHaveValue('Nguyễn Thị Lan');
  await expect(page.getByRole('textbox', { name: 'Họ tên người ký' })).toHaveValue('Lương Văn Việt');
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
});
