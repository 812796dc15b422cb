/**
 * A plan as the Sở would issue it: its header from the document record, its body blocks
 * one to one as printed paragraphs, its signature and recipients, and its task and target
 * appendices (plans.get data) in landscape sections.
 */
import { DOCUMENT_KIND_LABELS } from '../../../api/contract/labels';
import type { PlanDetail } from '../../plans/service';
import type { OfficeIdentity } from '../../settings/office';
import type { Appendix, BodyBlock, Footnote, OfficialDocument } from '../model';
import { agencySymbolFor, appendixLabel, datePhrase, isPartyNumber, KIND_TITLE, normalizeNumberSymbol, numberLine, placeDateLine, roman } from '../numbering';
import { targetTable, taskTable } from './plan-tables';

export interface PlanDocumentContext {
  office: OfficeIdentity;
  /** the issuer as named in the register, for "(Kèm theo ... của ...)" */
  issuerName: string | null;
  today: Date;
}

export function bodyBlocks(plan: PlanDetail): { body: BodyBlock[]; footnotes: Footnote[] } {
  const body: BodyBlock[] = [];
  const footnotes: Footnote[] = [];
  for (const b of plan.blocks) {
    switch (b.kind) {
      case 'basis':
        body.push({ kind: 'basis', text: b.text });
        break;
      case 'heading':
        body.push({ kind: 'heading', level: b.level ?? 2, numbering: b.numbering, text: b.text });
        break;
      case 'paragraph':
        body.push({ kind: 'paragraph', numbering: b.numbering, text: b.text });
        break;
      case 'bullet':
        body.push({ kind: 'bullet', marker: b.marker ?? '-', text: b.text });
        break;
      case 'footnote':
        footnotes.push({ marker: b.marker ?? String(footnotes.length + 1), text: b.text });
        break;
    }
  }
  return { body, footnotes };
}

/** Recipients as stored, with "Lưu: VT" added when the list has no filing line. */
export function planRecipients(recipients: string[]): string[] {
  const list = recipients.filter((r) => r.trim() !== '');
  return list.some((r) => /^lưu\b/i.test(r.trim().replace(/^-\s*/, ''))) ? list : [...list, 'Lưu: VT.'];
}

function attachedLine(plan: PlanDetail, ctx: PlanDocumentContext): string {
  const d = plan.document;
  const kind = DOCUMENT_KIND_LABELS[d.kind] ?? 'Văn bản';
  const number = d.numberSymbol ? normalizeNumberSymbol(d.numberSymbol) : `      /${d.kind === 'ke_hoach' ? 'KH-' : ''}${agencySymbolFor(d.issuerAgency, ctx.office)}`;
  const year = ctx.today.getFullYear();
  const issuer = ctx.issuerName ?? d.issuerAgency;
  return `(Kèm theo ${kind} số ${number} ${datePhrase(d.issuedDate, year)} của ${issuer})`;
}

export function planAppendices(plan: PlanDetail, ctx: PlanDocumentContext): Appendix[] {
  const printable = plan.appendices.filter(
    (a) => (a.tableKind === 'tasks' && plan.tasks.length > 0) || (a.tableKind === 'targets' && plan.targets.length > 0),
  );
  return printable.map((a, i) => ({
    label: appendixLabel(i, printable.length),
    title: a.title,
    attachedLine: a.subtitle ?? attachedLine(plan, ctx),
    sheetName: `${printable.length > 1 ? `Phụ lục ${roman(i + 1)}` : 'Phụ lục'} (${a.tableKind === 'tasks' ? 'nhiệm vụ' : 'chỉ tiêu'})`,
    table: a.tableKind === 'tasks' ? taskTable(plan) : targetTable(plan),
  }));
}

export function planDocument(plan: PlanDetail, ctx: PlanDocumentContext): OfficialDocument {
  const d = plan.document;
  const { body, footnotes } = bodyBlocks(plan);
  const signer = d.signer.authority || d.signer.position || d.signer.name ? d.signer : {
    authority: ctx.office.signerAuthority || null,
    position: ctx.office.signerPosition,
    name: ctx.office.signerName || null,
  };
  return {
    header: {
      parentAgency: d.issuerParent,
      agency: d.issuerAgency,
      numberLine: numberLine(d.numberSymbol, d.kind, agencySymbolFor(d.issuerAgency, ctx.office)),
      placeDate: placeDateLine(d.place ?? ctx.office.place, d.issuedDate, ctx.today.getFullYear()),
      party: !!d.numberSymbol && isPartyNumber(d.numberSymbol),
    },
    typeTitle: KIND_TITLE[d.kind] ?? (DOCUMENT_KIND_LABELS[d.kind] ?? 'Văn bản').toLocaleUpperCase('vi'),
    summary: d.summary,
    addressees: [],
    body,
    footnotes,
    signature: { authority: signer.authority, position: signer.position, name: signer.name },
    recipients: planRecipients(d.recipients),
    appendices: planAppendices(plan, ctx),
  };
}
