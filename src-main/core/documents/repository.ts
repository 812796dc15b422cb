/** Documents (văn bản) and the links between them (SQL). */
import type { Sql } from '../db/exec';
import { fold } from '../vn/text';

export interface NewDocument {
  key: string | null;
  kind: string;
  numberSymbol: string | null;
  issuerParent: string | null;
  issuerAgency: string;
  issuerOrgId: number | null;
  place: string | null;
  issuedDate: string | null;
  summary: string;
  signerAuthority: string | null;
  signerPosition: string | null;
  signerName: string | null;
  recipients: string[];
  status: 'draft' | 'issued';
  sourceNote: string | null;
}

export function insertDocument(sql: Sql, d: NewDocument): number {
  return sql.run(
    sql.qb.insertInto('documents').values({
      key: d.key,
      kind: d.kind,
      number_symbol: d.numberSymbol,
      issuer_parent: d.issuerParent,
      issuer_agency: d.issuerAgency,
      issuer_org_id: d.issuerOrgId,
      place: d.place,
      issued_date: d.issuedDate,
      summary: d.summary,
      summary_folded: fold(d.summary),
      signer_authority: d.signerAuthority,
      signer_position: d.signerPosition,
      signer_name: d.signerName,
      recipients_json: JSON.stringify(d.recipients),
      status: d.status,
      source_note: d.sourceNote,
    }),
  ).id;
}

export function insertDocumentLink(
  sql: Sql,
  link: { fromId: number; toId: number; kind: 'basis' | 'implements'; note: string | null; position: number },
): void {
  sql.run(
    sql.qb
      .insertInto('document_links')
      .values({
        from_document_id: link.fromId,
        to_document_id: link.toId,
        kind: link.kind,
        note: link.note,
        position: link.position,
      })
      .onConflict((oc) => oc.doNothing()),
  );
}

export interface DocumentLinkView {
  documentId: number;
  kind: 'basis' | 'implements';
  documentKind: string;
  numberSymbol: string | null;
  summary: string;
  issuedDate: string | null;
  issuerAgency: string;
  planId: number | null;
}

/** Documents this one rests on (up) and documents resting on it (down). */
export function linksOf(sql: Sql, documentId: number): { up: DocumentLinkView[]; down: DocumentLinkView[] } {
  const base = sql.qb
    .selectFrom('document_links as l')
    .innerJoin('documents as d', (j) => j.onTrue())
    .leftJoin('plans as p', 'p.document_id', 'd.id')
    .select([
      'd.id as documentId',
      'l.kind',
      'd.kind as documentKind',
      'd.number_symbol as numberSymbol',
      'd.summary',
      'd.issued_date as issuedDate',
      'd.issuer_agency as issuerAgency',
      'p.id as planId',
    ]);
  const up = sql.all(
    base.whereRef('d.id', '=', 'l.to_document_id').where('l.from_document_id', '=', documentId).orderBy('l.position'),
  );
  const down = sql.all(
    base.whereRef('d.id', '=', 'l.from_document_id').where('l.to_document_id', '=', documentId).orderBy('d.issued_date'),
  );
  return { up, down };
}
