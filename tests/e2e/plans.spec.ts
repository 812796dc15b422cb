import { expect, test } from './fixtures';

const PLAN_003 = 'Triển khai Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045”';

test('the plans list shows the 2026 plan with its counts', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  await expect(page.getByRole('heading', { name: 'Kế hoạch', exact: true })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: PLAN_003 });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(6)).toHaveText('50');
  await expect(row.getByRole('cell').nth(7)).toHaveText('53');
  // the token left the address bar once captured
  expect(page.url()).not.toContain('token=');
  await info.attach('plans-list', { body: await page.screenshot(), contentType: 'image/png' });
});

test('the plan page shows its metadata, 50 tasks in 8 groups and its targets', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  await page.getByRole('link', { name: PLAN_003 }).click();
  await expect(page.getByRole('heading', { level: 3 })).toContainText('Phát triển giáo dục và đào tạo thành phố Hải Phòng');
  await expect(page.getByText('Lương Văn Việt')).toBeVisible();
  await expect(page.getByText('1042/QĐ-UBND').first()).toBeVisible();

  const targets = page.getByTestId('targets-table');
  await expect(targets.locator('tbody tr.group-row')).toHaveCount(3);
  await expect(targets.locator('tbody tr:not(.group-row):not(.subgroup-row)')).toHaveCount(53);
  await expect(targets.getByText('Trường phổ thông đạt chuẩn quốc gia')).toBeVisible();
  await info.attach('plan-targets', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  await page.getByRole('tab', { name: /Nhiệm vụ \(50\)/ }).click();
  const tasks = page.getByTestId('tasks-table');
  await expect(tasks.locator('tbody tr.group-row')).toHaveCount(8);
  await expect(tasks.locator('tbody tr:not(.group-row)')).toHaveCount(50);
  const v4 = tasks.locator('tbody tr').filter({ hasText: 'Đảm bảo cơ sở vật chất cho các trường mầm non và phổ thông' });
  await expect(v4).toContainText('10.275,852 tỷ đồng');
  await expect(v4).toContainText('10 275 852 000 000 đ');
  await info.attach('plan-tasks', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});

test('the organisation registry finds a body typed without diacritics', async ({ page, door }) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
  await page.getByPlaceholder(/Tìm theo tên/).fill('so gd&dt');
  await page.getByPlaceholder(/Tìm theo tên/).press('Enter');
  // the unfiltered list (where the Sở is also every department's parent) stays until the search answers
  await expect(page.getByRole('cell', { name: 'Sở Giáo dục và Đào tạo Hải Phòng', exact: true })).toHaveCount(1);
  await expect(page.getByRole('cell', { name: 'Sở Giáo dục và Đào tạo Hải Phòng', exact: true })).toBeVisible();
});

test('a page not built yet says so plainly', async ({ page, door }) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Nhiệm vụ' }).click();
  await expect(page.getByText('Trang này chưa được xây dựng')).toBeVisible();
});
