// Structural checks on the Word files PlanDesk writes, read back like Word reads them
// (unzip + XML): page, margins, fonts and sizes per element, the header block's texts,
// sections, repeated header rows, cantSplit, group rows spanning every column.
import type { Element } from '@xmldom/xmldom';
import { afterEach, describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { DEFAULT_FORMAT } from '../../src-main/core/exports/format-schema';
import { setFormatSettings } from '../../src-main/core/exports/format-settings';
import { exportPlan } from '../../src-main/core/exports/service';
import { writeDocx } from '../../src-main/core/exports/docx/write';
import type { BodyBlock, OfficialDocument } from '../../src-main/core/exports/model';
import { textWidthMm } from '../../src-main/core/exports/text-width';
import { all, attr, bodyItems, cells, children, first, flag, isOn, openDocx, rows, runSize, sections, text, textRuns } from '../helpers/docx';
import { tempDir } from '../helpers/tmp';

const TODAY = new Date('2026-03-20T09:00:00+07:00');
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
let core: Core | undefined;
afterEach(() => core?.close());

function open(): Core {
  core = Core.open({ dataDir: tempDir() });
  return core;
}

async function planDocx(c: Core, planId = 1) {
  const [file] = await exportPlan(c.sql, planId, 'docx', { today: TODAY });
  return openDocx(file!.bytes);
}

function minimalDocument(body: BodyBlock[]): OfficialDocument {
  return {
    header: { parentAgency: 'UBND THÀNH PHỐ HẢI PHÒNG', agency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', numberLine: 'Số:      /KH-SGDĐT', placeDate: 'Hải Phòng, ngày      tháng      năm 2026', party: false },
    typeTitle: 'KẾ HOẠCH',
    summary: 'Thử',
    addressees: [],
    body,
    footnotes: [],
    signature: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: null },
    recipients: ['Lưu: VT'],
    appendices: [],
  };
}

function paragraphs(el: Element): Element[] {
  return all(el, 'w:p');
}

function para(el: Element, startsWith: string): Element {
  const p = paragraphs(el).find((x) => text(x).startsWith(startsWith));
  if (!p) throw new Error(`no paragraph starting with ${startsWith}`);
  return p;
}

/** size, bold, italic of every text run of a paragraph (all must agree) */
function style(p: Element): { size: number | null; bold: boolean; italic: boolean } {
  const rs = textRuns(p);
  expect(rs.length).toBeGreaterThan(0);
  const s = rs.map((r) => ({ size: runSize(r), bold: isOn(r, 'w:b'), italic: isOn(r, 'w:i') }));
  for (const x of s) expect(x).toEqual(s[0]);
  return s[0]!;
}

describe('plan → Word: page and fonts', () => {
  it('uses A4 portrait with the default margins for the body, header 10 mm from the edge', async () => {
    const docx = await planDocx(open());
    const body = sections(docx.document)[0]!;
    expect(attr(first(body, 'w:pgSz'), 'w:w')).toBe('11906');
    expect(attr(first(body, 'w:pgSz'), 'w:h')).toBe('16838');
    const mar = first(body, 'w:pgMar')!;
    expect([attr(mar, 'w:top'), attr(mar, 'w:bottom'), attr(mar, 'w:left'), attr(mar, 'w:right'), attr(mar, 'w:header')]).toEqual(
      [25, 20, 35, 20, 10].map((mm) => String(twips(mm))),
    );
    expect(flag(body, 'w:titlePg')).toBe(true);
  });

  it('follows the margins and sizes stored in the format settings', async () => {
    const c = open();
    setFormatSettings(c.sql, { ...DEFAULT_FORMAT, marginLeftMm: 30, marginTopMm: 20, bodySizePt: 13, firstLineIndentCm: 1 });
    const docx = await planDocx(c);
    const mar = first(sections(docx.document)[0]!, 'w:pgMar')!;
    expect(attr(mar, 'w:left')).toBe(String(twips(30)));
    expect(attr(mar, 'w:top')).toBe(String(twips(20)));
    const bullet = para(docx.document.documentElement!, '- Quán triệt và tổ chức triển khai');
    expect(style(bullet).size).toBe(13);
    expect(attr(first(bullet, 'w:ind'), 'w:firstLine')).toBe(String(twips(10)));
  });

  it('names Times New Roman for ascii, hAnsi, eastAsia and cs on every run and in the defaults', async () => {
    const docx = await planDocx(open());
    const fonts = [...all(docx.document, 'w:rFonts'), ...all(docx.xml('word/styles.xml'), 'w:docDefaults').flatMap((d) => all(d, 'w:rFonts'))];
    expect(fonts.length).toBeGreaterThan(500);
    for (const f of fonts) {
      expect([attr(f, 'w:ascii'), attr(f, 'w:hAnsi'), attr(f, 'w:eastAsia'), attr(f, 'w:cs')]).toEqual(Array(4).fill('Times New Roman'));
    }
    for (const r of all(docx.document, 'w:r').filter((x) => all(x, 'w:t').length)) expect(first(r, 'w:rFonts')).toBeDefined();
  });

  it('puts the page number, centred, in the header from page 2 (first-page header empty)', async () => {
    const docx = await planDocx(open());
    const rels = all(docx.xml('word/_rels/document.xml.rels'), 'Relationship');
    const target = (id: string | null) => `word/${rels.find((r) => attr(r, 'Id') === id)!.getAttribute('Target')}`;
    for (const sect of sections(docx.document)) {
      const refs = children(sect, 'w:headerReference');
      const def = docx.xml(target(attr(refs.find((r) => attr(r, 'w:type') === 'default'), 'r:id')));
      const firstPage = docx.xml(target(attr(refs.find((r) => attr(r, 'w:type') === 'first'), 'r:id')));
      const instr = all(def, 'w:instrText').map((i) => i.textContent ?? '').join('') + all(def, 'w:fldSimple').map((f) => attr(f, 'w:instr')).join('');
      expect(instr).toMatch(/PAGE/);
      expect(attr(first(def, 'w:jc'), 'w:val')).toBe('center');
      expect(runSize(first(def, 'w:r')!)).toBe(14);
      expect(all(firstPage, 'w:instrText').length + all(firstPage, 'w:fldSimple').length).toBe(0);
      expect(flag(sect, 'w:titlePg')).toBe(true);
    }
  });
});

describe('plan → Word: header block', () => {
  function headerTable(docx: ReturnType<typeof openDocx>): Element {
    const t = bodyItems(docx.document)[0]!;
    expect(t.tagName).toBe('w:tbl');
    return t;
  }

  it('is a borderless two-column table about 40:60 with the agency, Quốc hiệu and their rules', async () => {
    const docx = await planDocx(open());
    const t = headerTable(docx);
    const borders = Array.from(first(t, 'w:tblBorders')!.childNodes).filter((n): n is Element => n.nodeType === 1);
    expect(borders.length).toBe(6);
    for (const b of borders) expect(attr(b, 'w:val')).toBe('nil');
    const grid = all(t, 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
    expect(grid).toHaveLength(2);
    const share = grid[0]! / (grid[0]! + grid[1]!);
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.46);
    const [left, right] = cells(rows(t)[0]!);
    const l = paragraphs(left!);
    expect(text(l[0]!)).toBe('UBND THÀNH PHỐ HẢI PHÒNG');
    expect(style(l[0]!)).toEqual({ size: 12, bold: false, italic: false });
    expect(text(l[1]!)).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(style(l[1]!)).toEqual({ size: 12, bold: true, italic: false });
    expect(attr(first(first(l[2]!, 'w:pBdr')!, 'w:bottom'), 'w:val')).toBe('single');
    const r = paragraphs(right!);
    expect(text(r[0]!)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(style(r[0]!)).toEqual({ size: 12, bold: true, italic: false });
    expect(text(r[1]!)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(style(r[1]!)).toEqual({ size: 13, bold: true, italic: false });
    // the motto's rule is as long as the motto (±10%); the agency's is 1/3–1/2 of the agency name
    const ruleMm = (p: Element, col: number) => {
      const ind = first(p, 'w:ind')!;
      return ((col - Number(attr(ind, 'w:left')) - Number(attr(ind, 'w:right'))) * 25.4) / 1440;
    };
    const motto = textWidthMm('Độc lập - Tự do - Hạnh phúc', 'bold', 13);
    expect(ruleMm(r[2]!, grid[1]!) / motto).toBeGreaterThan(0.9);
    expect(ruleMm(r[2]!, grid[1]!) / motto).toBeLessThan(1.1);
    const agency = textWidthMm('SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'bold', 12);
    expect(ruleMm(l[2]!, grid[0]!) / agency).toBeGreaterThanOrEqual(0.33);
    expect(ruleMm(l[2]!, grid[0]!) / agency).toBeLessThanOrEqual(0.5);
  });

  it('leaves blanks for the number and the date of a draft', async () => {
    const docx = await planDocx(open());
    const [num, date] = cells(rows(headerTable(docx))[1]!).map((c) => paragraphs(c)[0]!);
    expect(text(num!)).toBe('Số:      /KH-SGDĐT');
    expect(style(num!).size).toBe(13);
    expect(text(date!)).toBe('Hải Phòng, ngày      tháng      năm 2026');
    expect(style(date!)).toEqual({ size: 14, bold: false, italic: true });
  });

  it('prints the number with a leading zero and the date with the leading-zero rule', async () => {
    const c = open();
    c.db.prepare("UPDATE documents SET number_symbol = '5/KH-SGDĐT', issued_date = '2026-02-05', status = 'issued' WHERE id = (SELECT document_id FROM plans WHERE id = 1)").run();
    const docx = await planDocx(c);
    const [num, date] = cells(rows(headerTable(docx))[1]!).map((x) => text(paragraphs(x)[0]!));
    expect(num).toBe('Số: 05/KH-SGDĐT');
    expect(date).toBe('Hải Phòng, ngày 05 tháng 02 năm 2026');
  });

  it('uses the issuer of the document: a people’s committee has no parent line', async () => {
    const docx = await planDocx(open(), 2);
    const left = paragraphs(cells(rows(headerTable(docx))[0]!)[0]!);
    expect(text(left[0]!)).toMatch(/^ỦY BAN NHÂN DÂN/);
    expect(style(left[0]!).bold).toBe(true);
    expect(text(paragraphs(cells(rows(headerTable(docx))[1]!)[0]!)[0]!)).toBe('Số:      /KH-UBND');
  });
});

describe('plan → Word: title, body, signature', () => {
  it('centres the type and the summary in bold 14, with a short rule under the summary', async () => {
    const docx = await planDocx(open());
    const items = bodyItems(docx.document);
    const i = items.findIndex((x) => x.tagName === 'w:p' && text(x) === 'KẾ HOẠCH');
    const [type, summary, rule] = items.slice(i, i + 3);
    expect(style(type!)).toEqual({ size: 14, bold: true, italic: false });
    expect(attr(first(type!, 'w:jc'), 'w:val')).toBe('center');
    expect(text(summary!)).toMatch(/^Triển khai Đề án “Phát triển giáo dục/);
    expect(style(summary!)).toEqual({ size: 14, bold: true, italic: false });
    expect(first(rule!, 'w:pBdr')).toBeDefined();
  });

  it('prints body paragraphs justified, indented 1,27 cm, 6 pt before, sections bold', async () => {
    const docx = await planDocx(open());
    const root = docx.document.documentElement!;
    const bullet = para(root, '- Quán triệt và tổ chức triển khai');
    expect(attr(first(bullet, 'w:jc'), 'w:val')).toBe('both');
    expect(attr(first(bullet, 'w:ind'), 'w:firstLine')).toBe(String(twips(12.7)));
    expect(attr(first(bullet, 'w:spacing'), 'w:before')).toBe('120');
    expect(attr(first(bullet, 'w:spacing'), 'w:after')).toBe('0');
    expect(style(bullet)).toEqual({ size: 14, bold: false, italic: false });
    expect(style(para(root, 'I. MỤC ĐÍCH, YÊU CẦU'))).toEqual({ size: 14, bold: true, italic: false });
    expect(style(para(root, '1. Mục đích'))).toEqual({ size: 14, bold: true, italic: false });
  });

  it('prints căn cứ lines in italic, one per paragraph, ";" then "." on the last, and ends the body with "./."', async () => {
    const doc = minimalDocument([
      { kind: 'basis', text: 'Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019' },
      { kind: 'basis', text: 'Căn cứ Quyết định số 1042/QĐ-UBND ngày 20/3/2026 của Ủy ban nhân dân thành phố;' },
      { kind: 'basis', text: 'Sở Giáo dục và Đào tạo ban hành Kế hoạch như sau:' },
      { kind: 'heading', level: 1, numbering: 'I.', text: 'Mục đích, yêu cầu' },
      { kind: 'paragraph', numbering: null, text: 'Các đơn vị nghiêm túc thực hiện' },
    ]);
    const docx = openDocx(await writeDocx(doc, DEFAULT_FORMAT));
    const root = docx.document.documentElement!;
    const b1 = para(root, 'Căn cứ Luật');
    const b2 = para(root, 'Căn cứ Quyết định');
    expect(text(b1)).toBe('Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;');
    expect(text(b2)).toBe('Căn cứ Quyết định số 1042/QĐ-UBND ngày 20/3/2026 của Ủy ban nhân dân thành phố.');
    expect(style(b1).italic).toBe(true);
    expect(style(b2).italic).toBe(true);
    expect(style(para(root, 'Sở Giáo dục và Đào tạo ban hành')).italic).toBe(false);
    expect(text(para(root, 'I. MỤC ĐÍCH, YÊU CẦU'))).toBe('I. MỤC ĐÍCH, YÊU CẦU');
    expect(text(para(root, 'Các đơn vị nghiêm túc'))).toBe('Các đơn vị nghiêm túc thực hiện./.');
  });

  it('ends the body of a seeded plan with "./."', async () => {
    const docx = await planDocx(open(), 2);
    const items = bodyItems(docx.document);
    const signatureAt = items.findIndex((x, i) => i > 0 && x.tagName === 'w:tbl');
    const lastBody = items.slice(0, signatureAt).filter((x) => x.tagName === 'w:p' && text(x).trim() !== '').pop()!;
    expect(text(lastBody)).toMatch(/[^/]\.\/\.$/);
  });

  it('does not add a second "./." where the text has one', async () => {
    const docx = await planDocx(open());
    const all_ = paragraphs(docx.document.documentElement!).map(text);
    expect(all_.filter((t) => t.endsWith('./.'))).toHaveLength(1);
    expect(all_.some((t) => t.includes('././.'))).toBe(false);
  });

  it('lays out the signature and Nơi nhận', async () => {
    const docx = await planDocx(open());
    const tables = all(docx.document, 'w:tbl');
    const sig = tables[1]!;
    const [left, right] = cells(rows(sig)[0]!);
    const l = paragraphs(left!);
    expect(text(l[0]!)).toBe('Nơi nhận:');
    expect(style(l[0]!)).toEqual({ size: 12, bold: true, italic: true });
    const lines = l.slice(1).map(text);
    expect(lines[0]).toBe('- Bộ Giáo dục và Đào tạo (để b/c);');
    expect(lines[lines.length - 1]).toBe('- Lưu: VT, VP.');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^- .*;$/);
    for (const p of l.slice(1)) expect(style(p).size).toBe(11);
    const r = paragraphs(right!).filter((p) => text(p).trim());
    expect(text(r[0]!)).toBe('GIÁM ĐỐC');
    expect(style(r[0]!)).toEqual({ size: 14, bold: true, italic: false });
    expect(text(r[1]!)).toBe('Lương Văn Việt');
    expect(style(r[1]!).bold).toBe(true);
  });

  it('turns footnote blocks into Word footnotes anchored at their mark', async () => {
    const docx = await planDocx(open(), 4);
    const notes = docx.xml('word/footnotes.xml');
    expect(all(notes, 'w:footnote').map(text).join(' ')).toMatch(/Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII/);
    expect(all(docx.document, 'w:footnoteReference').length).toBe(1);
    expect(all(docx.document, 'w:t').some((t) => (t.textContent ?? '').includes('¹'))).toBe(false);
  });
});

describe('plan → Word: appendices', () => {
  it('puts each appendix in its own landscape section with the decree’s margins, numbering from 1', async () => {
    const docx = await planDocx(open());
    const [, ...appendices] = sections(docx.document);
    expect(appendices).toHaveLength(2);
    for (const s of appendices) {
      const sz = first(s, 'w:pgSz')!;
      expect([attr(sz, 'w:w'), attr(sz, 'w:h'), attr(sz, 'w:orient')]).toEqual(['16838', '11906', 'landscape']);
      const mar = first(s, 'w:pgMar')!;
      expect([attr(mar, 'w:top'), attr(mar, 'w:bottom'), attr(mar, 'w:left'), attr(mar, 'w:right')]).toEqual([20, 15, 30, 15].map((mm) => String(twips(mm))));
      expect(attr(first(s, 'w:pgNumType'), 'w:start')).toBe('1');
    }
  });

  it('heads each appendix "Phụ lục I/II", title, "(Kèm theo ...)"', async () => {
    const docx = await planDocx(open());
    const root = docx.document.documentElement!;
    const heading = paragraphs(root).filter((p) => /^Phụ lục (I|II)$/.test(text(p)));
    expect(heading.map(text)).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(style(heading[0]!)).toEqual({ size: 14, bold: true, italic: false });
    expect(style(para(root, 'DANH MỤC CÁC MỤC TIÊU, CHỈ TIÊU'))).toEqual({ size: 14, bold: true, italic: false });
    expect(style(para(root, '(Kèm theo Đề án'))).toEqual({ size: 14, bold: false, italic: true });
  });

  it('repeats the bold header row, keeps rows whole, spans group rows over every column', async () => {
    const docx = await planDocx(open());
    const tables = all(docx.document, 'w:tbl').slice(2);
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      const cols = all(t, 'w:gridCol').length;
      const trs = rows(t);
      expect(flag(first(trs[0]!, 'w:trPr'), 'w:tblHeader')).toBe(true);
      for (const c of cells(trs[0]!)) expect(style(paragraphs(c)[0]!).bold).toBe(true);
      expect(trs.slice(1).every((tr) => !flag(first(tr, 'w:trPr'), 'w:tblHeader'))).toBe(true);
      for (const tr of trs) expect(flag(first(tr, 'w:trPr'), 'w:cantSplit')).toBe(true);
      const groups = trs.filter((tr) => cells(tr).length === 1);
      expect(groups.length).toBeGreaterThan(0);
      for (const g of groups) {
        expect(attr(first(cells(g)[0]!, 'w:gridSpan'), 'w:val')).toBe(String(cols));
        expect(style(paragraphs(cells(g)[0]!)[0]!).bold).toBe(true);
      }
      for (const tr of trs.slice(1)) for (const c of cells(tr)) expect(attr(first(c, 'w:vAlign'), 'w:val')).toBe('top');
      const border = first(first(t, 'w:tblBorders')!, 'w:top')!;
      expect([attr(border, 'w:val'), attr(border, 'w:sz')]).toEqual(['single', '4']);
    }
    const tasks = tables[1]!;
    expect(cells(rows(tasks)[0]!).map((c) => text(c))).toEqual([
      'TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả (sản phẩm)', 'Thời gian hoàn thành', 'Phòng phụ trách', 'Kinh phí thực hiện', 'Nguồn kinh phí',
    ]);
    expect(text(rows(tasks)[1]!)).toMatch(/^I\. Nâng cao nhận thức/);
  });

  it('merges cells the printed table merged (IV.1–IV.3) vertically', async () => {
    const docx = await planDocx(open());
    const tasks = all(docx.document, 'w:tbl')[3]!;
    const merges = all(tasks, 'w:vMerge');
    expect(merges.filter((m) => attr(m, 'w:val') === 'restart').length).toBeGreaterThan(0);
    expect(merges.filter((m) => attr(m, 'w:val') !== 'restart').length).toBeGreaterThan(0);
  });

  it('writes a plan without appendix tables as a body only', async () => {
    const docx = await planDocx(open(), 4);
    expect(sections(docx.document)).toHaveLength(1);
  });
});
