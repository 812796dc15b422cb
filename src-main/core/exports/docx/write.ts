/**
 * An OfficialDocument to .docx bytes. Why the `docx` package: maintained, pure
 * JavaScript (no Word, no LibreOffice at run time), and it gives full control of what the
 * decree needs: sections with their own orientation, margins and page-number restart,
 * first-page headers, PAGE fields, tables with repeated header rows, cantSplit, gridSpan
 * and vMerge, and fonts for every script slot.
 */
import { Document, Packer, type FileChild } from 'docx';
import type { FormatSettings } from '../format-schema';
import type { OfficialDocument } from '../model';
import { appendixSection } from './appendix';
import { bodyParagraphs } from './body';
import { headerBlockTable } from './header-block';
import { portraitProperties, sectionHeaders } from './page';
import { signatureTable } from './signature';
import { FONT, para } from './text';
import { halfPoints } from './units';
import { addresseeBlock, titleBlock } from './title';

export function buildDocument(d: OfficialDocument, f: FormatSettings): Document {
  const body = bodyParagraphs(d.body, d.footnotes, f);
  const main: FileChild[] = [
    headerBlockTable(d.header, f),
    ...titleBlock(d.typeTitle, d.summary, f),
    ...addresseeBlock(d.addressees, f),
    ...body.paragraphs,
    para([], { beforePt: 6 }),
    signatureTable(d.signature, d.recipients, f),
  ];
  return new Document({
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
    sections: [
      { properties: portraitProperties(f), headers: sectionHeaders(f), children: main },
      ...d.appendices.map((a) => appendixSection(a, f)),
    ],
  });
}

export async function writeDocx(d: OfficialDocument, f: FormatSettings): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(d, f));
}
