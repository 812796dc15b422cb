/** How a document is named in lists: "Kế hoạch số 05/KH-SGDĐT ngày 05/03/2026". */
import { DOCUMENT_KIND_LABELS } from '../../../src-main/api/contract/labels';
import { formatVnDate } from '../../../src-main/api/contract/vn-format';

export function documentKindLabel(kind: string): string {
  return DOCUMENT_KIND_LABELS[kind] ?? kind;
}

export function documentTitle(d: { kind: string; numberSymbol: string | null; issuedDate: string | null }): string {
  const parts = [documentKindLabel(d.kind)];
  parts.push(d.numberSymbol ? `số ${d.numberSymbol}` : '(dự thảo, chưa có số)');
  if (d.issuedDate) parts.push(`ngày ${formatVnDate(d.issuedDate)}`);
  return parts.join(' ');
}
