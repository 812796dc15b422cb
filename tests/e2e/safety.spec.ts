/** Data safety in the app: backups, restore with comparison, packages with preview and undo, the read-only banner. */
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const ROOT = join(__dirname, '..', '..');

test('backups are listed; "Sao lưu ngay" adds one; a restore shows the comparison and needs a confirmation', async ({ page, door }) => {
  await page.goto(door.url);
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: /Tự động hằng ngày|Sao lưu thủ công|Trước khi khôi phục/ });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('5 kế hoạch, 121 nhiệm vụ, 111 chỉ tiêu, 0 kết quả thực hiện');
  await expect(rows.first()).toContainText('Đạt');

  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText(/Đã sao lưu và kiểm tra/)).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Sao lưu thủ công');

  await rows.first().getByRole('button', { name: 'Khôi phục…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Trong bản sao lưu')).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Nhiệm vụ 121 121/ })).toBeVisible();
  const restore = dialog.getByRole('button', { name: 'Khôi phục' });
  await expect(restore).toBeDisabled();
  await dialog.getByRole('checkbox').check();
  await restore.click();
  await expect(page.getByText(/Đã khôi phục dữ liệu/)).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Trước khi khôi phục');
});

test('a backup file from elsewhere is checked and offered for restore with the comparison', async ({ page, door }) => {
  await page.goto(door.url);
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await expect(page.getByText('Tự động hằng ngày')).toBeVisible();
  const daily = readdirSync(join(door.dataDir, 'backups')).find((n) => n.endsWith('.sqlite'))!;
  const usb = join(mkdtempSync(join(tmpdir(), 'plandesk-e2e-usb-')), 'saoluu-tu-usb.sqlite');
  copyFileSync(join(door.dataDir, 'backups', daily), usb);
  await page.getByLabel('Chọn tệp sao lưu').setInputFiles(usb);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Chép từ nơi khác (USB, máy khác)')).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Nhiệm vụ 121 121/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.locator('.ant-table-row', { hasText: 'Chép từ nơi khác' })).toHaveCount(1);
  rmSync(join(usb, '..'), { recursive: true, force: true });
});

test('a package is previewed, imported after confirmation, and undone', async ({ page, door }) => {
  await page.goto(door.url);
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByLabel('Chọn gói kế hoạch').setInputFiles(join(ROOT, 'tests/fixtures/safety/plan-1042.plandesk'));
  await expect(page.getByText('Đã có', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Kết quả thực hiện 12 0 0 0 0$/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Nhiệm vụ 0 0 0 0 50$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Nhập gói' }).click();
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(page.getByText(/Đã nhập gói: 13 bản ghi mới/)).toBeVisible();

  const history = page.getByRole('row', { name: /plan-1042\.plandesk/ });
  await expect(history).toContainText('Đã nhập');
  await history.getByRole('button', { name: 'Hoàn tác' }).click();
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).last().click();
  await expect(page.getByText(/Đã hoàn tác lần nhập plan-1042\.plandesk: bỏ 13 bản ghi/)).toBeVisible();
  await expect(history).toContainText('Đã hoàn tác');
});

test('a refused package says why', async ({ page, door }) => {
  await page.goto(door.url);
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByLabel('Chọn gói kế hoạch').setInputFiles(join(ROOT, 'tests/fixtures/safety/plan-1042-tampered.plandesk'));
  await expect(page.getByText('Không nhập được gói này')).toBeVisible();
  await expect(page.getByText(/mã kiểm tra SHA-256 của "data\/tasks\.json" không khớp/)).toBeVisible();
});

/** A web door on a prepared data folder (the shared fixture always starts from an empty one). */
async function startDoor(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src-main/web/main.ts'), '--no-open', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (c: string) => {
      out += c;
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`web door exited with ${code}: ${out}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

test('a damaged database opens read-only with a banner on every page, and the banner restores the newest good backup', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'plandesk-e2e-damaged-'));
  let door: Awaited<ReturnType<typeof startDoor>> | undefined;
  try {
    // first start: seeded, with its daily backup; then damage two pages of the file
    door = await startDoor(dataDir);
    await door.stop();
    door = undefined;
    const file = join(dataDir, 'plandesk.sqlite');
    const pages = Math.floor(statSync(file).size / 4096);
    const fd = openSync(file, 'r+');
    for (const p of [Math.floor(pages / 2), Math.floor(pages / 2) + 1]) writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, p * 4096);
    closeSync(fd);

    door = await startDoor(dataDir);
    await page.goto(door.url);
    const banner = page.locator('.safety-banner');
    await expect(banner).toContainText('Dữ liệu đang mở ở chế độ chỉ đọc');
    await expect(banner).toContainText('không qua được kiểm tra toàn vẹn');
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await expect(banner).toBeVisible();

    await banner.getByRole('button', { name: /Khôi phục bản sao lưu tốt gần nhất/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: 'Khôi phục' }).click();
    await expect(page.getByText(/Đã khôi phục dữ liệu/)).toBeVisible();
    await expect(banner).toHaveCount(0);
  } finally {
    await door?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
