/** Documents: find one to cite as căn cứ, register one inline, edit its metadata. */
import type { Sql } from '../db/exec';
import { applyPatch, recordCreated, writeNewFields } from '../history/apply';
import { beginChange, changeResult, type Change, type ChangeResult } from '../history/change';
import { getOfficeIdentity } from '../settings/office';
import { fold } from '../vn/text';
import { insertDocument } from './repository';
import { documentSpec } from './spec';

/** Kind names as typed in a search ("nghi quyet 71"). */
const DOCUMENT_KIND_WORDS: Record<string, string> = {
  nghi_quyet: 'nghị quyết',
  quyet_dinh: 'quyết định',
  chi_thi: 'chỉ thị',
  chuong_trinh: 'chương trình',
  de_an: 'đề án',
  ke_hoach: 'kế hoạch',
  huong_dan: 'hướng dẫn',
  cong_van: 'công văn',
  ket_luan: 'kết luận',
  bao_cao: 'báo cáo',
  thong_bao: 'thông báo',
  luat: 'luật',
  nghi_dinh: 'nghị định',
  thong_tu: 'thông tư',
};

export interface DocumentHit {
  id: number;
  kind: string;
  numberSymbol: string | null;
  summary: string;
  issuedDate: string | null;
  issuerAgency: string;
  planId: number | null;
}

/** Search by number or summary, diacritics ignored; newest first. */
export function searchDocuments(sql: Sql, query: string, limit = 30): DocumentHit[] {
  const q = fold(query);
  const rows = sql.all(
    sql.qb
      .selectFrom('documents as d')
      .leftJoin('plans as p', 'p.document_id', 'd.id')
      .select(['d.id', 'd.kind', 'd.number_symbol as numberSymbol', 'd.summary', 'd.summary_folded', 'd.issued_date as issuedDate', 'd.issuer_agency as issuerAgency', 'p.id as planId'])
      .where('d.archived_at', 'is', null)
      .orderBy('d.issued_date', 'desc')
      .orderBy('d.id', 'desc'),
  );
  const words = q.split(' ').filter(Boolean);
  // a hit on the number ("71" in 71-NQ/TW) ranks before a mention in another summary
  const numberHits = (r: (typeof rows)[number]) => words.filter((w) => fold(r.numberSymbol ?? '').includes(w)).length;
  return rows
    .filter((r) => {
      const hay = `${fold(r.numberSymbol ?? '')} ${fold(DOCUMENT_KIND_WORDS[r.kind] ?? '')} ${r.summary_folded}`;
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => numberHits(b) - numberHits(a))
    .slice(0, limit)
    .map(({ summary_folded: _f, ...r }) => r);
}

export interface NewDocumentInput {
  kind: string;
  numberSymbol?: string | null | undefined;
  issuerAgency?: string | undefined;
  issuerParent?: string | null | undefined;
  issuedDate?: string | null | undefined;
  summary: string;
  status?: 'draft' | 'issued' | undefined;
}

/** Insert a document through the field specs (same validation as an edit). */
export function createDocumentIn(change: Change, d: NewDocumentInput): number {
  const sql = change.sql;
  const office = getOfficeIdentity(sql);
  const id = insertDocument(sql, {
    key: null,
    kind: 'other',
    numberSymbol: null,
    issuerParent: null,
    issuerAgency: office.agency,
    issuerOrgId: null,
    place: null,
    issuedDate: null,
    summary: '-',
    signerAuthority: null,
    signerPosition: null,
    signerName: null,
    recipients: [],
    status: 'draft',
    sourceNote: null,
  });
  writeNewFields(sql, documentSpec, id, {
    kind: d.kind,
    issuerAgency: d.issuerAgency ?? office.agency,
    issuerParent: d.issuerParent ?? null,
    issuedDate: d.issuedDate ?? null,
    summary: d.summary,
    numberSymbol: d.numberSymbol ?? null,
  });
  if (d.status === 'issued') writeNewFields(sql, documentSpec, id, { status: 'issued' });
  return id;
}

export function createDocument(sql: Sql, d: NewDocumentInput): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    const id = createDocumentIn(change, d);
    recordCreated(change, documentSpec, id);
    return changeResult(change, [id]);
  });
}

export function updateDocument(sql: Sql, id: number, patch: Record<string, unknown>): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    applyPatch(change, documentSpec, id, patch);
    return changeResult(change);
  });
}
