/**
 * An OfficialDocument to .docx bytes. Why the `docx` package: maintained, pure
 * JavaScript (no Word, no LibreOffice at run time), and it gives full control of what the
 * decree needs: sections with their own orientation, margins and page-number restart,
 * first-page headers, PAGE fields, tables with repeated header rows, cantSplit, gridSpan
 * and vMerge, and fonts for every script slot. The large appendix tables are written as
 * markup (table-xml.ts) and put in place of their marker paragraphs after packing.
 */
import { Document, Packer, type FileChild } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { FormatSettings } from '../format-schema';
import type { OfficialDocument } from '../model';
import { appendixSection, tableMarker } from './appendix';
import { bodyParagraphs } from './body';
import { headerBlockTable } from './header-block';
import { portraitProperties, sectionHeaders } from './page';
import { signatureTable } from './signature';
import { FONT, para } from './text';
import { halfPoints } from './units';
import { addresseeBlock, titleBlock } from './title';

export interface BuiltDocument {
  document: Document;
  /** markup of appendix table i, for the paragraph with tableMarker(i) */
  tables: string[];
}

export function buildDocument(d: OfficialDocument, f: FormatSettings, onRow?: () => void): BuiltDocument {
  const body = bodyParagraphs(d.body, d.footnotes, f);
  const main: FileChild[] = [
    headerBlockTable(d.header, f),
    ...titleBlock(d.typeTitle, d.summary, f),
    ...addresseeBlock(d.addressees, f),
    ...body.paragraphs,
    para([], { beforePt: 6 }),
    signatureTable(d.signature, d.recipients, f),
  ];
  const appendices = d.appendices.map((a, i) => appendixSection(a, f, i, onRow));
  const document = new Document({
    creator: 'PlanDesk',
    title: `${d.typeTitle} ${d.summary}`.slice(0, 250),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(f.bodySizePt), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    footnotes: body.footnotes,
    sections: [{ properties: portraitProperties(f), headers: sectionHeaders(f), children: main }, ...appendices.map((a) => a.section)],
  });
  return { document, tables: appendices.map((a) => a.tableXml) };
}

/** Replace each marker paragraph of document.xml with its table. */
export function insertTables(documentXml: string, tables: string[]): string {
  let xml = documentXml;
  tables.forEach((table, i) => {
    const at = xml.indexOf(tableMarker(i));
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at);
    if (at < 0 || start < 0 || end < 0) throw new Error(`appendix table marker ${i} not found in document.xml`);
    xml = xml.slice(0, start) + table + xml.slice(end + '</w:p>'.length);
  });
  return xml;
}

/** `onRow` is called for each appendix row laid out, `onPack` when packing starts (progress). */
export async function writeDocx(d: OfficialDocument, f: FormatSettings, onRow?: () => void, onPack?: () => void): Promise<Buffer> {
  const built = buildDocument(d, f, onRow);
  onPack?.();
  const packed = await Packer.toBuffer(built.document);
  if (built.tables.length === 0) return packed;
  const files = unzipSync(packed);
  const path = 'word/document.xml';
  files[path] = strToU8(insertTables(strFromU8(files[path]!), built.tables));
  return Buffer.from(zipSync(files, { level: 1 }));
}
