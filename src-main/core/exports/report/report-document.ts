/**
 * The report draft: "BÁO CÁO Kết quả thực hiện Kế hoạch ... (Quý I/2026)", the usual
 * outline (I. Kết quả, II. Tồn tại, III. Nhiệm vụ thời gian tới, IV. Đề xuất) with
 * generated text, highlighted placeholders where only the officer can write, and
 * the task-progress and target-attainment appendices.
 */
import { DOCUMENT_KIND_LABELS } from '../../../api/contract/labels';
import { fold } from '../../vn/text';
import type { BodyBlock, OfficialDocument } from '../model';
import { appendixLabel, datePhrase, draftSymbol, normalizeNumberSymbol, numberLine, placeDateLine, roman } from '../numbering';
import { orgText } from '../plan/plan-tables';
import type { ReportData, TaskOutcome } from './gather';
import { targetAttainmentTable, taskProgressTable } from './report-tables';
import { resultSections, targetFigure } from './report-results';
import { endSentence, lowerFirst, noBreak, textDate } from './vn-text';

/** "Kế hoạch số 05/KH-SGDĐT ngày 05/3/2026 của Sở ... về triển khai Đề án ...", or without number for a draft. */
export function planReference(r: ReportData, withSummary: boolean): string {
  const d = r.plan.document;
  const kind = DOCUMENT_KIND_LABELS[d.kind] ?? 'Kế hoạch';
  const number = d.numberSymbol ? ` số ${normalizeNumberSymbol(d.numberSymbol)}` : '';
  const date = d.issuedDate ? ` ngày ${textDate(d.issuedDate)}` : '';
  const own = fold(d.issuerAgency) === fold(r.office.agency);
  if (!number) {
    // a plan without a number is known by its summary: "Kế hoạch triển khai Đề án ..."
    return withSummary ? `${kind} ${lowerFirst(d.summary)}${own ? '' : ` của ${r.planIssuerName}`}` : kind;
  }
  const issuer = own && !withSummary ? '' : ` của ${r.planIssuerName}`;
  return `${kind}${number}${date}${issuer}${withSummary ? ` về ${lowerFirst(d.summary)}` : ''}`;
}

/** In the title: "Kế hoạch số 05/KH-SGDĐT ngày 05/3/2026", or the plan's summary when it has no number. */
export function planSummaryReference(r: ReportData): string {
  const d = r.plan.document;
  return d.numberSymbol ? planReference(r, false) : planReference(r, true);
}

export function taskLine(o: TaskOutcome, withReason: boolean): string {
  const t = o.task;
  const facts = [t.deadlineText ? `thời hạn: ${t.deadlineText}` : '', orgText(t.leadText, t.lead) ? `chủ trì: ${orgText(t.leadText, t.lead)}` : '']
    .filter(Boolean)
    .join('; ');
  const head = `${endSentence(t.title).replace(/[.]$/, '')}${facts ? ` (${facts})` : ''}.`;
  if (!withReason) return head;
  return `${head} ${o.reason ? `Nguyên nhân: ${endSentence(o.reason.replace(/\n/g, '; '))}` : 'Đơn vị chưa báo cáo nguyên nhân.'}`;
}

function shortagesSection(r: ReportData): BodyBlock[] {
  const out: BodyBlock[] = [{ kind: 'heading', level: 2, numbering: '1.', text: 'Tồn tại, hạn chế' }];
  const overdue = r.tasks.filter((o) => o.status === 'overdue');
  const lagging = r.targets.filter((o) => o.state === 'lagging');
  const silent = r.tasks.filter((o) => o.status === 'no_report');
  if (overdue.length) {
    out.push({ kind: 'paragraph', numbering: null, text: `Còn ${overdue.length} nhiệm vụ quá hạn chưa hoàn thành:` });
    for (const o of overdue) out.push({ kind: 'bullet', marker: '-', text: taskLine(o, true) });
  }
  if (lagging.length) {
    out.push({ kind: 'paragraph', numbering: null, text: `Có ${lagging.length} chỉ tiêu chậm tiến độ:` });
    for (const o of lagging) {
      out.push({ kind: 'bullet', marker: '-', text: `${targetFigure(o)}${o.reason ? ` Nguyên nhân: ${endSentence(o.reason)}` : ''}` });
    }
  }
  if (silent.length) {
    const codes = silent.map((o) => o.task.code);
    out.push({
      kind: 'paragraph',
      numbering: null,
      text: `Còn ${silent.length} nhiệm vụ chưa có báo cáo kết quả của đơn vị chủ trì (${codes.slice(0, 30).join(', ')}${codes.length > 30 ? ', ...' : ''}).`,
    });
  }
  if (!overdue.length && !lagging.length && !silent.length) {
    out.push({ kind: 'paragraph', numbering: null, text: 'Trong kỳ, không có nhiệm vụ quá hạn, chỉ tiêu chậm tiến độ.' });
  }
  out.push(
    { kind: 'heading', level: 2, numbering: '2.', text: 'Nguyên nhân' },
    { kind: 'placeholder', text: '(Phân tích nguyên nhân khách quan, chủ quan của các tồn tại, hạn chế nêu trên.)' },
  );
  return out;
}

function nextSection(r: ReportData): BodyBlock[] {
  const out: BodyBlock[] = [];
  const when = r.next ? `Trong ${r.next.label}` : 'Trong thời gian tới';
  const due = r.next?.tasks ?? [];
  const byId = new Map(r.tasks.map((o) => [o.task.id, o]));
  if (due.length) {
    out.push({ kind: 'paragraph', numbering: null, text: `${when}, ${r.agencyName} tập trung chỉ đạo thực hiện ${due.length} nhiệm vụ đến hạn sau:` });
    for (const t of due) out.push({ kind: 'bullet', marker: '-', text: taskLine(byId.get(t.id)!, false) });
  } else {
    out.push({ kind: 'paragraph', numbering: null, text: `${when}, ${r.agencyName} tiếp tục chỉ đạo triển khai các nhiệm vụ thường xuyên của Kế hoạch.` });
  }
  if (r.tasks.some((o) => o.status === 'overdue')) {
    out.push({ kind: 'bullet', marker: '-', text: 'Tập trung hoàn thành các nhiệm vụ quá hạn nêu tại mục II.' });
  }
  if (r.targets.some((o) => o.state === 'lagging')) {
    out.push({ kind: 'bullet', marker: '-', text: 'Có giải pháp đẩy nhanh tiến độ thực hiện các chỉ tiêu chậm tiến độ nêu tại mục II.' });
  }
  out.push({ kind: 'placeholder', text: '(Bổ sung các nhiệm vụ trọng tâm khác của kỳ tới.)' });
  return out;
}

export function reportDocument(r: ReportData): OfficialDocument {
  const year = r.today.getFullYear();
  const hasTargets = r.targets.length > 0;
  const count = hasTargets ? 2 : 1;
  const bcSymbol = draftSymbol('bao_cao', r.office.symbol);
  const attached = `(Kèm theo Báo cáo số      /${bcSymbol} ${datePhrase(null, year)} của ${r.agencyName})`;
  const addressee = r.addressees[0];
  const body: BodyBlock[] = [
    { kind: 'paragraph', numbering: null, text: `Thực hiện ${planReference(r, true)}, ${r.agencyName} báo cáo kết quả thực hiện ${r.period.span} như sau:` },
    { kind: 'heading', level: 1, numbering: 'I.', text: 'KẾT QUẢ THỰC HIỆN' },
    ...resultSections(r, { tasks: appendixLabel(0, count), targets: appendixLabel(1, count) }),
    { kind: 'heading', level: 1, numbering: 'II.', text: 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' },
    ...shortagesSection(r),
    { kind: 'heading', level: 1, numbering: 'III.', text: 'NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI' },
    ...nextSection(r),
    { kind: 'heading', level: 1, numbering: 'IV.', text: 'ĐỀ XUẤT, KIẾN NGHỊ' },
    { kind: 'placeholder', text: '(Nêu các đề xuất, kiến nghị với cấp trên về cơ chế, chính sách, nguồn lực để thực hiện Kế hoạch.)' },
    {
      kind: 'paragraph',
      numbering: null,
      text: `Trên đây là báo cáo kết quả thực hiện ${planReference(r, false)} ${r.period.span} của ${r.agencyName}${addressee ? `, kính báo cáo ${addressee}` : ''}.`,
    },
  ];
  const appendices = [
    { label: appendixLabel(0, count), title: 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', attachedLine: attached, sheetName: `${count > 1 ? `Phụ lục ${roman(1)}` : 'Phụ lục'} (nhiệm vụ)`, table: taskProgressTable(r) },
    ...(hasTargets
      ? [{ label: appendixLabel(1, count), title: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', attachedLine: attached, sheetName: `Phụ lục ${roman(2)} (chỉ tiêu)`, table: targetAttainmentTable(r) }]
      : []),
  ];
  return {
    header: {
      parentAgency: r.office.parentAgency,
      agency: r.office.agency,
      numberLine: numberLine(null, 'bao_cao', r.office.symbol),
      placeDate: placeDateLine(r.office.place, null, year),
      party: false,
    },
    typeTitle: 'BÁO CÁO',
    summary: `Kết quả thực hiện ${planSummaryReference(r)} (${noBreak(r.period.phrase)})`,
    addressees: r.addressees,
    body,
    footnotes: [],
    signature: { authority: r.office.signerAuthority || null, position: r.office.signerPosition, name: r.office.signerName || null },
    recipients: [...(addressee ? ['Như trên'] : []), 'Lưu: VT, VP.'],
    appendices,
  };
}
