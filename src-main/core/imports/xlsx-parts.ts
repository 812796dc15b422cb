/**
 * The workbook parts an .xlsx reader needs besides the sheets, read straight from their
 * XML with saxes (exceljs built a whole workbook model — styles, every cell object — and
 * dominated the dry run): the sheets in order with their part paths, the shared strings
 * (each text once, rich-text runs joined, phonetic runs left out), the number format of
 * each cell style, and the 1904 date system flag.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface SheetRef {
  name: string;
  path: string;
}

const local = (name: string): string => name.slice(name.indexOf(':') + 1);
const decoder = new TextDecoder('utf-8');
export const xmlText = (bytes: Uint8Array): string => decoder.decode(bytes);

/** OOXML escapes control characters as _xHHHH_ in strings. */
export function unescapeOoxml(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

function each(xml: string, open: (tag: SaxesTagPlain, name: string) => void): void {
  const p = new SaxesParser({ xmlns: false });
  p.on('opentag', (tag: SaxesTagPlain) => open(tag, local(tag.name)));
  p.write(xml).close();
}

function resolvePath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const s of parts) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

export function workbookSheets(workbookXml: string, relsXml: string | null): { sheets: SheetRef[]; date1904: boolean } {
  const targets = new Map<string, string>();
  if (relsXml) {
    each(relsXml, (tag, name) => {
      const type = String(tag.attributes.Type ?? '');
      if (name === 'Relationship' && type.endsWith('/worksheet')) targets.set(String(tag.attributes.Id), resolvePath(String(tag.attributes.Target ?? '')));
    });
  }
  const sheets: SheetRef[] = [];
  let date1904 = false;
  each(workbookXml, (tag, name) => {
    if (name === 'workbookPr') {
      const v = String(tag.attributes.date1904 ?? '');
      date1904 = v === '1' || v === 'true';
    }
    if (name !== 'sheet') return;
    const rid = Object.entries(tag.attributes).find(([k]) => local(k) === 'id')?.[1];
    const path = rid === undefined ? undefined : targets.get(String(rid));
    if (path) sheets.push({ name: String(tag.attributes.name ?? ''), path });
  });
  return { sheets, date1904 };
}

export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const p = new SaxesParser({ xmlns: false });
  let parts: string[] = [];
  let inT = false;
  let phonetic = 0;
  p.on('opentag', (tag: SaxesTagPlain) => {
    const n = local(tag.name);
    if (n === 'si') parts = [];
    else if (n === 'rPh') phonetic++;
    else if (n === 't' && !tag.isSelfClosing) inT = phonetic === 0;
  });
  p.on('text', (t: string) => {
    if (inT) parts.push(t);
  });
  p.on('closetag', (tag: SaxesTagPlain) => {
    const n = local(tag.name);
    if (n === 't') inT = false;
    else if (n === 'rPh') phonetic--;
    else if (n === 'si') out.push(unescapeOoxml(parts.join('')));
  });
  p.write(xml).close();
  return out;
}

/** Excel's built-in number formats that matter for reading values back as text. */
const BUILTIN_FORMATS: Record<number, string> = {
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
};

/** Number format string per cell style index (cellXfs order). */
export function styleFormats(xml: string | null): string[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const formats: string[] = [];
  let inCellXfs = false;
  const p = new SaxesParser({ xmlns: false });
  p.on('opentag', (tag: SaxesTagPlain) => {
    const n = local(tag.name);
    if (n === 'numFmt') custom.set(Number(tag.attributes.numFmtId), String(tag.attributes.formatCode ?? ''));
    else if (n === 'cellXfs') inCellXfs = !tag.isSelfClosing;
    else if (n === 'xf' && inCellXfs) {
      const id = Number(tag.attributes.numFmtId ?? 0);
      formats.push(custom.get(id) ?? BUILTIN_FORMATS[id] ?? (id >= 18 && id <= 21 ? 'h:mm' : id >= 45 && id <= 47 ? 'mm:ss' : ''));
    }
  });
  p.on('closetag', (tag: SaxesTagPlain) => {
    if (local(tag.name) === 'cellXfs') inCellXfs = false;
  });
  p.write(xml).close();
  return formats;
}

/** Does this number format show a date (d, m, y outside quotes and [..] sections)? */
export function isDateFormat(fmt: string): boolean {
  if (!fmt || fmt === 'General') return false;
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/^[#0.,%\s;()-]*$/.test(bare);
}
