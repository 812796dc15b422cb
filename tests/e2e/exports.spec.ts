import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const PLAN_003 = 'Triển khai Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045”';

async function openPlan(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  await page.getByRole('link', { name: PLAN_003 }).click();
  await expect(page.getByRole('button', { name: 'Xuất Word' })).toBeVisible();
}

/** antd Select renders its options in a popup list; pick the visible one. */
async function pick(page: Page, text: RegExp): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

async function bytesOf(d: Download): Promise<Buffer> {
  return readFileSync((await d.path())!);
}

test('one click on the plan page downloads the plan as Word and as Excel', async ({ page, door }, info) => {
  await openPlan(page, door.url);
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Word' }).click()]);
  expect(word.suggestedFilename()).toMatch(/^KH-du-thao-1_Trien-khai-De-an-.*\.docx$/);
  expect((await bytesOf(word)).subarray(0, 2).toString()).toBe('PK');
  await expect(page.getByText(/Đã tạo KH-du-thao-1_.*\.docx/)).toBeVisible();
  const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(excel.suggestedFilename()).toMatch(/_Phu-luc\.xlsx$/);
  await info.attach('plan-export-buttons', { body: await page.screenshot(), contentType: 'image/png' });
});

test('"Xuất báo cáo" on the plan page drafts the report of the chosen period with its Excel appendices', async ({ page, door }, info) => {
  await openPlan(page, door.url);
  await page.getByRole('button', { name: 'Xuất báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất dự thảo báo cáo kết quả thực hiện' });
  await expect(dialog.getByLabel('Kỳ báo cáo')).toBeVisible();
  await dialog.getByLabel('Kỳ báo cáo').click();
  await pick(page, /^Quý I\/2026/);
  await info.attach('report-dialog', { body: await page.screenshot(), contentType: 'image/png' });
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await dialog.getByRole('button', { name: 'Xuất báo cáo' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual(['BC_Quy-I-2026_KH-du-thao-1.docx', 'BC_Quy-I-2026_KH-du-thao-1_Phu-luc.xlsx']);
  await expect(dialog).toBeHidden();
});

test('Báo cáo › Dự thảo báo cáo: pick a plan and a period, export only the Word draft', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
  await page.getByRole('tab', { name: 'Dự thảo báo cáo' }).click();
  await expect(page.getByText('Chọn một kế hoạch để lập dự thảo báo cáo theo kỳ.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Kế hoạch' }).click();
  await pick(page, /Phát triển giáo dục và đào tạo thành phố Hải Phòng/);
  await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
  await pick(page, /^6 tháng đầu năm 2026/);
  await page.getByRole('checkbox', { name: 'Phụ lục nhiệm vụ, chỉ tiêu (Excel)' }).uncheck();
  await info.attach('report-drafts-panel', { body: await page.screenshot(), contentType: 'image/png' });
  const [draft] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất báo cáo' }).click()]);
  expect(draft.suggestedFilename()).toBe('BC_6-thang-dau-nam-2026_KH-du-thao-1.docx');
  await page.getByRole('checkbox', { name: 'Dự thảo báo cáo (Word)' }).uncheck();
  await expect(page.getByRole('button', { name: 'Xuất báo cáo' })).toBeDisabled();
  await expect(page.getByText('Hãy chọn ít nhất một tệp.')).toBeVisible();
});

test('Cài đặt › Thể thức văn bản keeps the decree’s ranges, saves a change, restores the template', async ({ page, door }, info) => {
  await page.goto(door.url);
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  const left = page.getByRole('spinbutton', { name: 'Lề trái', exact: true });
  await expect(left).toHaveValue('35');
  await expect(page.getByText('Nghị định 30: 30–35 mm · mẫu: 35').first()).toBeVisible();
  await left.fill('30');
  await page.getByRole('button', { name: 'Lưu thể thức' }).click();
  await expect(page.getByText('Đã lưu thể thức văn bản.', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: 'Lề trái', exact: true })).toHaveValue('30');
  // a value outside the range is brought back into it
  const body = page.getByRole('spinbutton', { name: 'Cỡ chữ nội dung' });
  await body.fill('20');
  await body.blur();
  await expect(body).toHaveValue('14');
  await info.attach('format-settings', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await page.getByRole('button', { name: 'Khôi phục theo mẫu Nghị định 30' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Lề trái', exact: true })).toHaveValue('35');
});
