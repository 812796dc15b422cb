// Appendix tables written as WordprocessingML text: well-formed, escaped, and carrying
// what the decree needs (repeated header row, whole rows, spanning group rows, vMerge).
import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { appendixTableXml, xmlText } from '../../../src-main/core/exports/docx/table-xml';
import type { TableModel } from '../../../src-main/core/exports/model';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const MODEL: TableModel = {
  columns: [
    { header: 'TT', weight: 1, align: 'center' },
    { header: 'Nội dung', weight: 6 },
    { header: 'Thời gian', weight: 2 },
  ],
  rows: [
    { kind: 'group', text: 'I. NHÓM <A> & B', level: 1 },
    { kind: 'item', cells: [{ text: '1' }, { text: 'Dòng một\nDòng hai' }, { text: 'Quý I' }] },
    { kind: 'item', cells: [{ text: '2' }, { text: '=SUM(A1)\u0007' }, { text: 'Quý I', mergedUp: true }] },
  ],
};

function parse(xml: string): XmlDocument {
  return new DOMParser().parseFromString(`<w:body ${W}>${xml}</w:body>`, 'text/xml');
}

describe('appendix table markup', () => {
  it('escapes markup characters and drops the control characters XML forbids', () => {
    expect(xmlText('a < b & c > d\u0001\u000b')).toBe('a &lt; b &amp; c &gt; d');
    expect(xmlText('dòng\tcó tab')).toBe('dòng\tcó tab');
  });

  it('is well-formed, with one repeated header row, whole rows, a spanning group row and merged cells', () => {
    let rows = 0;
    const doc = parse(appendixTableXml(MODEL, 267, 12, () => rows++));
    expect(rows).toBe(3);
    const trs = Array.from(doc.getElementsByTagName('w:tr'));
    expect(trs).toHaveLength(4);
    expect(doc.getElementsByTagName('w:tblHeader')).toHaveLength(1);
    expect(doc.getElementsByTagName('w:cantSplit')).toHaveLength(4);
    expect(trs[1]!.getElementsByTagName('w:gridSpan')[0]!.getAttribute('w:val')).toBe('3');
    expect(trs[1]!.getElementsByTagName('w:keepNext')).toHaveLength(1);
    expect(trs[1]!.textContent).toBe('I. NHÓM <A> & B');
    const merges = Array.from(doc.getElementsByTagName('w:vMerge')).map((m) => m.getAttribute('w:val'));
    expect(merges).toEqual(['restart', 'continue']);
    expect(trs[2]!.getElementsByTagName('w:br')).toHaveLength(1);
    expect(trs[3]!.textContent).toContain('=SUM(A1)');
    const grid = Array.from(doc.getElementsByTagName('w:gridCol')).map((g) => Number(g.getAttribute('w:w')));
    expect(grid.reduce((a, b) => a + b, 0)).toBeCloseTo((267 * 1440) / 25.4, -1);
    for (const f of Array.from(doc.getElementsByTagName('w:rFonts'))) expect(f.getAttribute('w:eastAsia')).toBe('Times New Roman');
  });
});
