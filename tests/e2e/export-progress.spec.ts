// A large plan: the report dialog shows the real stages and percent of the export (done in
// the core's worker thread, polled through exports.job) and ends with the downloaded files.
import type { Download } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const PLAN_003 = 'Triển khai Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045”';

/** Add 3,000 tasks to plan 1 so the export takes long enough to watch. */
function enlargePlan(dataDir: string): void {
  const db = new Database(join(dataDir, 'plandesk.sqlite'));
  const group = db.prepare('SELECT id, code FROM task_groups WHERE plan_id = 1 ORDER BY position LIMIT 1').get() as { id: number; code: string };
  const insert = db.prepare(
    `INSERT INTO tasks (plan_id, group_id, code, tt, position, title, title_folded, lead_text, deadline_text)
     VALUES (1, ?, ?, ?, ?, ?, ?, 'Sở Giáo dục và Đào tạo', 'Quý IV năm 2026')`,
  );
  db.transaction(() => {
    for (let i = 1; i <= 3000; i++) {
      const title = `Nhiệm vụ thử tải số ${i}: xây dựng, ban hành và tổ chức thực hiện kế hoạch chuyên đề, bảo đảm tiến độ và chất lượng`;
      insert.run(group.id, `${group.code}.T${i}`, `T${i}`, 10_000 + i, title, title.toLowerCase());
    }
  })();
  db.close();
}

test('the report dialog shows the export’s stages and percent, then saves the files', async ({ page, door }, info) => {
  test.setTimeout(120_000);
  await page.goto(door.url);
  enlargePlan(door.dataDir);
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  await page.getByRole('link', { name: PLAN_003 }).click();
  await page.getByRole('button', { name: 'Xuất báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất dự thảo báo cáo kết quả thực hiện' });
  await expect(dialog.getByLabel('Kỳ báo cáo')).toBeVisible();
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await dialog.getByRole('button', { name: 'Xuất báo cáo' }).click();

  const status = dialog.getByRole('status', { name: 'Tiến độ xuất tệp' });
  await expect(status).toBeVisible();
  for (const stage of ['Đọc dữ liệu', 'Dựng văn bản Word', 'Dựng phụ lục Excel', 'Ghi tệp']) await expect(status).toContainText(stage);
  const bar = status.getByRole('progressbar');
  // a real percent part-way through, not a spinner: read while the job runs
  let seen = 0;
  await expect
    .poll(
      async () => {
        seen = Number((await bar.getAttribute('aria-valuenow', { timeout: 1000 }).catch(() => null)) ?? 0);
        return seen;
      },
      { intervals: [50] },
    )
    .toBeGreaterThan(5);
  expect(seen).toBeLessThan(100);
  await info.attach('export-progress', { body: await page.screenshot({ path: info.outputPath('export-progress.png') }), contentType: 'image/png' });

  await expect.poll(() => downloads.length, { timeout: 90_000 }).toBe(2);
  expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual([expect.stringMatching(/^BC_.*\.docx$/), expect.stringMatching(/^BC_.*_Phu-luc\.xlsx$/)]);
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Đã tạo BC_.*\.docx/)).toBeVisible();
});
