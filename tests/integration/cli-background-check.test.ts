/**
 * The CLI opens like the app: quick_check in a worker after open. Commands that only read
 * do not wait for it; every other command waits, so it never writes into a damaged file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src-main/cli/args';
import { readsOnly } from '../../src-main/cli/reads-only';
import { runCli } from '../helpers/run';
import { damagePages } from '../helpers/safety';
import { tempDir } from '../helpers/tmp';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const reads = (argv: string[]) => readsOnly(parseCliArgs(argv).command);

describe('CLI: the background check and the commands that wait for it', () => {
  it('commands that only read do not wait; writing commands (and unknown ones) do', () => {
    for (const argv of [['stats'], ['search', 'trường'], ['backups'], ['backup', '--out', 'x.sqlite'], ['seed'], ['import', 'a.xlsx', '--dry-run'], ['package', 'import', 'a.plandesk', '--dry-run']]) {
      expect(reads(argv), argv.join(' ')).toBe(true);
    }
    for (const argv of [['seed', '--reset'], ['check'], ['import', 'a.xlsx', '--plan', '1'], ['package', 'import', 'a.plandesk'], ['package', 'export', '--plan', '1', '--out', 'x.plandesk']]) {
      expect(reads(argv), argv.join(' ')).toBe(false);
    }
  });

  it('a writing command on a damaged file waits for the check: refused with the read-only warning, the file untouched', () => {
    const dir = tempDir();
    expect(runCli(['--data-dir', dir, 'stats']).code).toBe(0);
    const file = join(dir, 'plandesk.sqlite');
    damagePages(file);
    const before = sha(file);
    const r = runCli(['--data-dir', dir, 'seed', '--reset']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Cảnh báo: dữ liệu đang mở ở chế độ chỉ đọc: .*không qua được kiểm tra toàn vẹn/);
    expect(r.stdout).not.toMatch(/Đã nạp lại dữ liệu mặc định/);
    expect(sha(file)).toBe(before);
  }, 60_000);

  it('a read on sound data answers as before, and the day\'s first command still leaves its daily backup', () => {
    const dir = tempDir();
    const r = runCli(['--data-dir', dir, 'stats', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ documents: expect.any(Number) });
    const list = JSON.parse(runCli(['--data-dir', dir, 'backups', '--json']).stdout) as { backups: Array<{ reason: string; verified: boolean }> };
    expect(list.backups).toEqual([expect.objectContaining({ reason: 'daily', verified: true })]);
  }, 60_000);
});
