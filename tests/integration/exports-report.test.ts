// The report draft for a plan and a period, on progress entries inserted with SQL
// (the progress issue's tables): generated text, appendices, files, errors.
import ExcelJS from 'exceljs';
import type { Element } from '@xmldom/xmldom';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { Core } from '../../src-main/core/core';
import { exportReport } from '../../src-main/core/exports/service';
import { all, cells, openDocx, rows, sections, text } from '../helpers/docx';
import { insertEntries, type EntrySpec } from '../helpers/progress';
import { tempDir } from '../helpers/tmp';

const TODAY = new Date('2026-03-20T09:00:00+07:00');
const Q1 = 2; // "Quý I/2026" of plan 1 (seed 10-003)
let core: Core | undefined;
afterEach(() => core?.close());

const ENTRIES: EntrySpec[] = [
  { taskCode: 'I.1', status: 'done_on_time', result: 'Đã ban hành Kế hoạch tuyên truyền số 12/KH-SGDĐT', evidence: ['12/KH-SGDĐT', '2026-02-10'], reporter: 'Văn phòng Sở' },
  { taskCode: 'II.1', status: 'done_late', result: 'Đã ban hành văn bản hướng dẫn', reporter: 'Văn phòng Sở' },
  { taskCode: 'II.2', status: 'overdue', reason: 'Chờ hướng dẫn của Bộ Giáo dục và Đào tạo', reporter: 'Phòng Kế hoạch - Tài chính' },
  { taskCode: 'II.3', status: 'in_progress', result: 'Đang lấy ý kiến dự thảo', reporter: 'Văn phòng Sở' },
  { taskCode: 'III.1', status: 'done_on_time', result: 'Phần dinh dưỡng học đường đã xong', reporter: 'Văn phòng Sở' },
  { taskCode: 'III.1', status: 'in_progress', result: 'Phần giáo dục thể chất đang làm', reporter: 'Phòng Giáo dục Trung học' },
  { targetCode: '1.2', status: 'in_progress', actual: 87 },
  { targetCode: '4.2', status: 'overdue', actual: 70, reason: 'Thiếu kinh phí đầu tư thiết bị' },
  { targetCode: '2.5', status: 'done_on_time', actualText: 'Đủ điều kiện công nhận' },
];

async function report(entries = ENTRIES, formats: Array<'docx' | 'xlsx'> = ['docx', 'xlsx']) {
  core = Core.open({ dataDir: tempDir() });
  insertEntries(core.db, 1, Q1, entries);
  return exportReport(core.sql, 1, Q1, formats, { today: TODAY });
}

function paragraphTexts(el: Element): string[] {
  return all(el, 'w:p').map(text);
}

describe('report draft → Word', () => {
  it('is named after the period and the plan, with a Word file and an Excel file', async () => {
    const files = await report();
    expect(files.map((f) => f.fileName)).toEqual(['BC_Quy-I-2026_KH-du-thao-1.docx', 'BC_Quy-I-2026_KH-du-thao-1_Phu-luc.xlsx']);
  });

  it('carries the office header with blanks, the title with the period, Kính gửi', async () => {
    const [docx] = await report(ENTRIES, ['docx']);
    const d = openDocx(docx!.bytes);
    const header = all(d.document, 'w:tbl')[0]!;
    expect(cells(rows(header)[1]!).map(text)).toEqual(['Số:      /BC-SGDĐT', 'Hải Phòng, ngày      tháng      năm 2026']);
    const texts = paragraphTexts(d.document.documentElement!);
    const t = texts.indexOf('BÁO CÁO');
    expect(texts[t + 1]).toBe('Kết quả thực hiện Kế hoạch triển khai Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045” (Quý\u00a0I/2026)');
    expect(texts).toContain('Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.');
  });

  it('reads like an officer wrote it: counts, shares, groups, figures, reasons, what comes next', async () => {
    const [docx] = await report(ENTRIES, ['docx']);
    const texts = paragraphTexts(openDocx(docx!.bytes).document.documentElement!);
    const body = texts.join('\n');
    expect(texts).toContain(
      'Thực hiện Kế hoạch triển khai Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045”, Sở Giáo dục và Đào tạo Hải Phòng báo cáo kết quả thực hiện trong Quý I/2026 như sau:',
    );
    for (const heading of ['I. KẾT QUẢ THỰC HIỆN', '1. Công tác chỉ đạo, triển khai', '2. Kết quả thực hiện các nhiệm vụ, chỉ tiêu', '3. Đánh giá chung', 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', 'III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI', 'IV. ĐỀ XUẤT, KIẾN NGHỊ']) {
      expect(texts).toContain(heading);
    }
    expect(texts).toContain(
      'Trong Quý I/2026, có 1/50 nhiệm vụ hoàn thành đúng hạn (2,0%), 1 nhiệm vụ hoàn thành quá hạn (2,0%), 2 nhiệm vụ đang thực hiện trong hạn (4,0%), 1 nhiệm vụ quá hạn chưa hoàn thành (2,0%) và 45 nhiệm vụ chưa có báo cáo kết quả (90,0%). Tổng số nhiệm vụ đã hoàn thành là 2/50 (4,0%). Chi tiết tại Phụ lục I.',
    );
    expect(body).toMatch(/^- Nhóm II\. Đổi mới mạnh mẽ thể chế.*\(\d+ nhiệm vụ\): hoàn thành 1 nhiệm vụ, quá hạn; 1 nhiệm vụ đang thực hiện trong hạn; 1 nhiệm vụ quá hạn chưa hoàn thành;/m);
    expect(texts).toContain('- Đã ban hành Kế hoạch tuyên truyền số 12/KH-SGDĐT.');
    expect(body).toContain('Các văn bản chỉ đạo, triển khai đã ban hành trong kỳ: 12/KH-SGDĐT ngày 10/02/2026.');
    expect(body).toMatch(/Trong Quý I\/2026, có 2\/53 chỉ tiêu đạt \(3,8%\), 1 chỉ tiêu chậm tiến độ \(1,9%\) và 50 chỉ tiêu chưa có số liệu đánh giá \(94,3%\)\. Chi tiết tại Phụ lục II\./);
    expect(texts).toContain('- Trường phổ thông đạt chuẩn quốc gia: thực hiện 87% (kế hoạch ≥ 85%; tỷ lệ đạt 102,4%).');
    expect(texts).toContain('Còn 1 nhiệm vụ quá hạn chưa hoàn thành:');
    expect(body).toMatch(/^- Thực hiện Nghị quyết 248\/2025\/QH15 .*\(thời hạn: .*; chủ trì: .*\)\. Nguyên nhân: Chờ hướng dẫn của Bộ Giáo dục và Đào tạo\.$/m);
    expect(body).toMatch(/^- Cơ sở giáo dục nghề nghiệp đạt chuẩn quốc gia: thực hiện 70% \(kế hoạch ≥ 85%; tỷ lệ đạt 82,4%\)\. Nguyên nhân: Thiếu kinh phí đầu tư thiết bị\.$/m);
    expect(body).toMatch(/Trong Quý II\/2026, Sở Giáo dục và Đào tạo Hải Phòng tập trung chỉ đạo thực hiện 1 nhiệm vụ đến hạn sau:\n- .*\(thời hạn: Quý II năm 2026;/);
    expect(texts.find((x) => x.startsWith('Trên đây là báo cáo'))).toBe(
      'Trên đây là báo cáo kết quả thực hiện Kế hoạch trong Quý I/2026 của Sở Giáo dục và Đào tạo Hải Phòng, kính báo cáo Ủy ban nhân dân thành phố Hải Phòng./.',
    );
  });

  it('highlights what only the officer can write', async () => {
    const [docx] = await report(ENTRIES, ['docx']);
    const highlighted = all(openDocx(docx!.bytes).document, 'w:highlight').map((h) => text(h.parentNode!.parentNode as Element));
    expect(highlighted.some((t) => t.startsWith('(Nêu các đề xuất, kiến nghị'))).toBe(true);
    expect(highlighted.some((t) => t.startsWith('(Phân tích nguyên nhân'))).toBe(true);
  });

  it('appends task progress and target attainment, each in a landscape section', async () => {
    const [docx] = await report(ENTRIES, ['docx']);
    const d = openDocx(docx!.bytes);
    expect(sections(d.document)).toHaveLength(3);
    const [tasks, targets] = all(d.document, 'w:tbl').slice(2);
    expect(cells(rows(tasks!)[0]!).map(text)).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Kết quả thực hiện', 'Đánh giá', 'Ghi chú']);
    expect(cells(rows(targets!)[0]!).map(text)).toEqual(['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu kế hoạch', 'Kết quả thực hiện', 'Tỷ lệ đạt', 'Đánh giá']);
    const row = (t: Element, startsWith: string) => rows(t).map((r) => cells(r).map(text)).find((c) => c[1]?.startsWith(startsWith))!;
    const combined = row(tasks!, 'Triển khai các quy định để nâng cao dinh dưỡng học đường');
    expect(combined[5]).toBe('Văn phòng Sở: Phần dinh dưỡng học đường đã xong\nPhòng Giáo dục Trung học: Phần giáo dục thể chất đang làm');
    expect(combined[6]).toBe('Đang thực hiện, trong hạn');
    expect(row(tasks!, 'Xây dựng, ban hành và triển khai Kế hoạch tuyên truyền')[7]).toBe('Văn bản: 12/KH-SGDĐT ngày 10/02/2026');
    expect(row(targets!, 'Trường phổ thông đạt chuẩn quốc gia')).toEqual(['1.2', 'Trường phổ thông đạt chuẩn quốc gia', '%', '≥ 85', '87', '102,4%', 'Đạt']);
    expect(row(targets!, 'Cơ sở giáo dục nghề nghiệp đạt chuẩn quốc gia').slice(4)).toEqual(['70', '82,4%', 'Chậm tiến độ']);
    expect(paragraphTexts(d.document.documentElement!).filter((t) => t.startsWith('(Kèm theo Báo cáo'))).toEqual(
      Array(2).fill('(Kèm theo Báo cáo số      /BC-SGDĐT ngày      tháng      năm 2026 của Sở Giáo dục và Đào tạo Hải Phòng)'),
    );
  });

  it('writes the same appendices to Excel', async () => {
    const files = await report(ENTRIES, ['xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files[0]!.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phụ lục I (nhiệm vụ)', 'Phụ lục II (chỉ tiêu)']);
    expect(wb.worksheets[0]!.getCell('A2').text).toBe('KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ');
  });

  it('says so plainly when nobody has reported yet', async () => {
    const [docx] = await report([], ['docx']);
    const texts = paragraphTexts(openDocx(docx!.bytes).document.documentElement!);
    expect(texts).toContain('Trong Quý I/2026, chưa có nhiệm vụ nào hoàn thành; có 50/50 nhiệm vụ chưa có báo cáo kết quả (100,0%). Chi tiết tại Phụ lục I.');
    expect(texts).toContain('Trong Quý I/2026, chưa có chỉ tiêu nào đạt mức kế hoạch; có 53/53 chỉ tiêu chưa có số liệu đánh giá (100,0%). Chi tiết tại Phụ lục II.');
  });
});

describe('report draft through the API', () => {
  it('refuses a period of another plan with a message saying what to do', async () => {
    core = Core.open({ dataDir: tempDir() });
    const r = await dispatch({ core, door: 'cli', version: 'test' }, 'exports.report', { planId: 1, periodId: 12 });
    expect(r).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/không có kỳ báo cáo số 12.*Hãy chọn lại/) } });
  });

  it('returns base64 files a browser can save, and changes nothing in the database', async () => {
    core = Core.open({ dataDir: tempDir() });
    const before = core.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    const r = await dispatch({ core, door: 'web', version: 'test' }, 'exports.report', { planId: 1, periodId: Q1, formats: ['docx'] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { files } = r.value as { files: Array<{ fileName: string; mime: string; base64: string }> };
    expect(files).toHaveLength(1);
    expect(files[0]!.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Buffer.from(files[0]!.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(core.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });
});
