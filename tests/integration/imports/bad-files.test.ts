/**
 * Bad input: every file PlanDesk cannot use gets one clear Vietnamese message saying what
 * to do, within seconds and with bounded memory, and nothing is written. Zip bombs are
 * generated here at run time (streamed, so the test itself stays small).
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src-main/core/imports/analyze';
import { isAppError } from '../../../src-main/core/errors';
import { fixture } from '../../helpers/imports';
import { bombXlsx } from '../../helpers/zip-bomb';

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await analyzeFile(bytes, name);
  } catch (e) {
    expect(isAppError(e), String(e)).toBe(true);
    const message = (e as Error).message;
    expect(message).not.toMatch(/\n|at .*\.ts:\d+/);
    return message;
  }
  throw new Error(`${name} was accepted`);
}

describe('files PlanDesk cannot use', () => {
  it.each([
    ['excel-cu.xls', /Excel cũ \(\.xls\).*lưu lại dưới dạng \.xlsx/],
    ['word-cu.doc', /Word cũ \(\.doc\).*lưu lại dưới dạng \.docx/],
    ['pdf-doi-ten.xlsx', /Tệp là PDF/],
    ['ngau-nhien.docx', /không phải là Excel \(\.xlsx\) hay Word \(\.docx\)/],
    ['hong-cat-doi.xlsx', /bị hỏng hoặc không trọn vẹn/],
    ['so-trong.xlsx', /không có dữ liệu/],
    ['khong-co-bang.docx', /không có bảng nào/],
  ])('%s gets a message saying what to do', async (name, message) => {
    expect(await refusal(fixture(name), name)).toMatch(message);
  });

  it('an empty file', async () => {
    expect(await refusal(new Uint8Array(0), 'trong.xlsx')).toMatch(/Tệp rỗng/);
  });

  it('refuses a zip bomb from its directory, before inflating anything', async () => {
    const bomb = bombXlsx(300);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    expect(await refusal(bomb, 'bom.xlsx')).toMatch(/giải nén ra quá lớn hoặc có dấu hiệu là tệp nén độc hại/);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('stops a zip that lies about its sizes while inflating, within its allowance', async () => {
    const liar = bombXlsx(300, 4096);
    const before = process.memoryUsage().rss;
    expect(await refusal(liar, 'noi-doi.xlsx')).toMatch(/vượt kích thước khai báo/);
    expect(process.memoryUsage().rss).toBeLessThan(500 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('odd cells', () => {
  it('takes a formula’s cached value with a warning, keeps text that starts with = or @ as text', async () => {
    const a = await analyzeFile(fixture('cong-thuc.xlsx'), 'cong-thuc.xlsx');
    const t = a.tables[0]!;
    expect(t.rows.map((r) => r.text.budget ?? null)).toEqual(['250', '-5 tỷ đồng', null]);
    expect(t.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'budget', severity: 'warning', message: expect.stringMatching(/công thức \(=100\+150\).*“250”/) }),
        expect.objectContaining({ row: 3, field: 'budget', severity: 'warning', message: expect.stringMatching(/không ghi đơn vị/) }),
        expect.objectContaining({ row: 4, field: 'title', severity: 'warning', message: expect.stringMatching(/giữ nguyên là chữ/) }),
        expect.objectContaining({ row: 4, field: 'output', severity: 'warning' }),
        expect.objectContaining({ row: 5, field: 'deadline', severity: 'warning', message: expect.stringMatching(/31\/02\/2026/) }),
      ]),
    );
    expect(t.rows[1]!.text.title).toBe('=HYPERLINK("http://example.invalid","bấm vào đây")');
    expect(t.rows[1]!.text.output).toBe('@ghi chú');
    expect(t.rows[1]!.text.departments).toBe('- Văn phòng');
    expect(t.rows[1]!.orgs.coordinating!.map((o) => o.text)).toEqual(['Sở Y tế']);
  });

  it('a formula Excel never computed is an error at its cell', async () => {
    const t = (await analyzeFile(fixture('cong-thuc-chua-tinh.xlsx'), 'x.xlsx')).tables[0]!;
    expect(t.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 3, field: 'budget', severity: 'error', message: expect.stringMatching(/không có giá trị đã tính/) })]),
    );
  });
});
