/**
 * Appendix tables for the import benchmarks, shaped like seed 003's task table, written
 * with exceljs (.xlsx) and docx (.docx); the same rows go to the Python writers.
 */
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { Random } from './random';
import { loadVocabulary, PLACE_NAMES } from './vocabulary';

export const APPENDIX_HEADER = [
  'TT',
  'Tên nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Kết quả',
  'Thời gian hoàn thành',
  'Phòng phụ trách',
  'Kinh phí thực hiện',
  'Nguồn kinh phí',
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** Rows of an appendix: a group row (one cell: "I. title") every rows/8 items. */
export function appendixRows(count: number, seed = 7): string[][] {
  const rnd = new Random(seed);
  const v = loadVocabulary();
  const rows: string[][] = [];
  const perGroup = Math.ceil(count / ROMAN.length);
  for (let i = 0; i < count; i++) {
    if (i % perGroup === 0) rows.push([`${ROMAN[i / perGroup]}. ${v.groupTitles[(i / perGroup) % v.groupTitles.length]}`]);
    rows.push([
      String((i % perGroup) + 1),
      `${rnd.pick(v.taskTitles)} tại ${rnd.pick(PLACE_NAMES)}`,
      'Sở Giáo dục và Đào tạo',
      'Các Sở, ban, ngành, cơ quan, đơn vị liên quan',
      rnd.pick(v.outputs),
      rnd.pick(v.deadlineTemplates),
      rnd.pick(['Văn phòng', 'Tổ chức - Cán bộ', 'Kế hoạch - Tài chính', 'Giáo dục Trung học']),
      rnd.chance(0.2) ? rnd.pick(v.budgets) : '',
      rnd.chance(0.2) ? 'NSNN' : '',
    ]);
  }
  return rows;
}

export async function writeAppendixXlsx(rows: string[][], file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = wb.addWorksheet('Phụ lục');
  ws.addRow(['DANH MỤC NHIỆM VỤ TRỌNG TÂM']).commit();
  ws.addRow(APPENDIX_HEADER).commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
}

export async function writeAppendixDocx(rows: string[][]): Promise<Buffer> {
  const cols = APPENDIX_HEADER.length;
  const cell = (text: string, span = 1) => new TableCell({ children: [new Paragraph(text)], columnSpan: span });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: APPENDIX_HEADER.map((h) => cell(h)) }),
      ...rows.map((r) => new TableRow({ children: r.length === 1 ? [cell(r[0]!, cols)] : r.map((t) => cell(t)) })),
    ],
  });
  const doc = new Document({ sections: [{ children: [new Paragraph('DANH MỤC NHIỆM VỤ TRỌNG TÂM'), table] }] });
  return Packer.toBuffer(doc);
}
