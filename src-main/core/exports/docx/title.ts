/**
 * Document type (KẾ HOẠCH, BÁO CÁO) and summary, centred and bold, with a short rule
 * under the summary (a third of its printed length); then "Kính gửi:" for a report
 * sent upward (one addressee on the line, several each on a line starting with "-").
 */
import type { Paragraph } from 'docx';
import type { FormatSettings } from '../format-schema';
import { textWidthMm } from '../text-width';
import { bodyWidthMm } from '../geometry';
import { para, rule, runs } from './text';

const SUMMARY_RULE_RATIO = 1 / 3;

export function titleBlock(typeTitle: string, summary: string, f: FormatSettings): Paragraph[] {
  const width = bodyWidthMm(f);
  const size = f.titleSizePt;
  const summaryMm = Math.min(width, Math.max(...summary.split('\n').map((l) => textWidthMm(l, 'bold', size))));
  return [
    para(runs(typeTitle.toLocaleUpperCase('vi'), { size, bold: true }), { align: 'center', beforePt: 18, keepNext: true }),
    para(runs(summary, { size, bold: true }), { align: 'center', keepNext: true }),
    rule(summaryMm * SUMMARY_RULE_RATIO, width),
  ];
}

export function addresseeBlock(addressees: string[], f: FormatSettings): Paragraph[] {
  if (addressees.length === 0) return [];
  const size = f.bodySizePt;
  if (addressees.length === 1) {
    return [para(runs(`Kính gửi: ${addressees[0]}.`, { size }), { align: 'center', beforePt: 12 })];
  }
  const indent = bodyWidthMm(f) * 0.25;
  return [
    para(runs('Kính gửi:', { size }), { indentLeftMm: indent, beforePt: 12 }),
    ...addressees.map((a, i) =>
      para(runs(`- ${a}${i === addressees.length - 1 ? '.' : ';'}`, { size }), { indentLeftMm: indent + 22 }),
    ),
  ];
}
