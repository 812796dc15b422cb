/**
 * What the writers print: an administrative document (header block, title, body,
 * signature, recipients) and its appendix tables. Plans and report drafts are turned
 * into this shape; docx/ writes it to Word, xlsx/ writes its tables to Excel.
 */

export interface HeaderBlock {
  /** parent agency, uppercase, not bold; null when the issuer has none (UBND) */
  parentAgency: string | null;
  /** issuing agency, uppercase, bold, with the short rule under it */
  agency: string;
  /** "Số: 05/KH-SGDĐT" or, for a draft, "Số:      /KH-SGDĐT" */
  numberLine: string;
  /** "Hải Phòng, ngày 05 tháng 3 năm 2026" or the draft's blanks */
  placeDate: string;
  /** party documents (Hướng dẫn 36-HD/VPTW) carry "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the Quốc hiệu */
  party: boolean;
}

export type BodyBlock =
  | { kind: 'basis'; text: string }
  | { kind: 'heading'; level: number; numbering: string | null; text: string }
  | { kind: 'paragraph'; numbering: string | null; text: string }
  | { kind: 'bullet'; marker: string; text: string }
  /** text the officer must write: printed italic and highlighted */
  | { kind: 'placeholder'; text: string };

export interface Footnote {
  marker: string;
  text: string;
}

export interface Signature {
  /** "KT. GIÁM ĐỐC", possibly several lines ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH") */
  authority: string | null;
  position: string | null;
  name: string | null;
}

export interface TableColumn {
  header: string;
  /** relative width; the writers scale the weights to the printable width */
  weight: number;
  align?: 'left' | 'center';
}

export interface TableCell {
  text: string;
  /** the printed table merges this cell with the one above (one value for several rows) */
  mergedUp?: boolean;
}

export type TableRow =
  | { kind: 'group'; text: string; level: number }
  | { kind: 'item'; cells: TableCell[] };

export interface TableModel {
  columns: TableColumn[];
  rows: TableRow[];
}

export interface Appendix {
  /** "Phụ lục I", or "Phụ lục" when the document has only one */
  label: string;
  title: string;
  /** "(Kèm theo Kế hoạch số ... của ...)" */
  attachedLine: string;
  /** short name for the Excel sheet */
  sheetName: string;
  table: TableModel;
}

export interface OfficialDocument {
  header: HeaderBlock;
  /** document type in capitals: KẾ HOẠCH, BÁO CÁO */
  typeTitle: string;
  summary: string;
  /** "Kính gửi: ..." recipients above the body (a report sent upward) */
  addressees: string[];
  body: BodyBlock[];
  footnotes: Footnote[];
  signature: Signature;
  /** "Nơi nhận" lines without the leading "- " and the trailing ";" */
  recipients: string[];
  appendices: Appendix[];
}
