import { expect, test } from './fixtures';
import { allGridRows } from './grid-helpers';

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
  await expect(targets).toHaveAttribute('aria-rowcount', String(53 + 8 + 1));
  const targetRows = await allGridRows(targets);
  expect(targetRows.filter((r) => /\bgroup-row\b/.test(r.cls))).toHaveLength(3);
  expect(targetRows.filter((r) => /\bitem-row\b/.test(r.cls))).toHaveLength(53);
  await expect(targets.getByText('Trường phổ thông đạt chuẩn quốc gia')).toBeVisible();
  await info.attach('plan-targets', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  await page.getByRole('tab', { name: /Nhiệm vụ \(50\)/ }).click();
  const tasks = page.getByTestId('tasks-table');
  const taskRows = await allGridRows(tasks);
  expect(taskRows.filter((r) => /\bgroup-row\b/.test(r.cls))).toHaveLength(8);
  expect(taskRows.filter((r) => /\bitem-row\b/.test(r.cls))).toHaveLength(50);
  const v4 = taskRows.find((r) => r.text.includes('Đảm bảo cơ sở vật chất cho các trường mầm non và phổ thông'))!;
  expect(v4.text).toContain('10.275,852 tỷ đồng');
  expect(v4.text).toContain('10 275 852 000 000 đ');
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
