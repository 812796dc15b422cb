/** Open a written .docx like Word does: unzip (fflate) and parse its XML (@xmldom/xmldom). */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

export interface Docx {
  files: Record<string, Uint8Array>;
  xml(path: string): XmlDocument;
  document: XmlDocument;
}

export function openDocx(bytes: Uint8Array): Docx {
  const files = unzipSync(bytes);
  const xml = (path: string) => {
    const f = files[path];
    if (!f) throw new Error(`no ${path} in the package`);
    return new DOMParser().parseFromString(strFromU8(f), 'text/xml');
  };
  return { files, xml, document: xml('word/document.xml') };
}

export function all(node: XmlDocument | Element, tag: string): Element[] {
  return Array.from(node.getElementsByTagName(tag));
}

export function first(node: XmlDocument | Element, tag: string): Element | undefined {
  return all(node, tag)[0];
}

/** Direct children with a tag. */
export function children(node: Element, tag: string): Element[] {
  return Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === tag);
}

export function attr(node: Element | undefined, name: string): string | null {
  return node ? node.getAttribute(name) : null;
}

/** Text of a paragraph, a cell, a row (w:t joined; w:br as "\n"). */
export function text(node: Element): string {
  let out = '';
  const walk = (n: Element) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (el.tagName === 'w:t') out += el.textContent ?? '';
      else if (el.tagName === 'w:br') out += '\n';
      else walk(el);
    }
  };
  walk(node);
  return out;
}

/** The body's top-level paragraphs and tables, in order. */
export function bodyItems(doc: XmlDocument): Element[] {
  const body = first(doc, 'w:body')!;
  return Array.from(body.childNodes).filter((n): n is Element => n.nodeType === 1 && ((n as Element).tagName === 'w:p' || (n as Element).tagName === 'w:tbl'));
}

/** Run properties of every run in a paragraph that carries text. */
export function textRuns(p: Element): Element[] {
  return all(p, 'w:r').filter((r) => all(r, 'w:t').some((t) => (t.textContent ?? '') !== ''));
}

export function runSize(r: Element): number | null {
  const sz = first(r, 'w:sz');
  return sz ? Number(sz.getAttribute('w:val')) / 2 : null;
}

export function isOn(r: Element, tag: 'w:b' | 'w:i'): boolean {
  const el = first(r, tag);
  if (!el) return false;
  const v = el.getAttribute('w:val');
  return v === null || v === 'true' || v === '1';
}

/** Section properties (w:sectPr) in document order: those in paragraphs, then the body's last. */
export function sections(doc: XmlDocument): Element[] {
  return all(doc, 'w:sectPr');
}

/** Rows of a table (direct w:tr children). */
export function rows(tbl: Element): Element[] {
  return children(tbl, 'w:tr');
}

export function cells(tr: Element): Element[] {
  return children(tr, 'w:tc');
}

/** An on/off property (w:tblHeader, w:cantSplit, w:titlePg ...) that is present and not switched off. */
export function flag(node: Element | undefined, tag: string): boolean {
  const el = node ? first(node, tag) : undefined;
  if (!el) return false;
  const v = el.getAttribute('w:val');
  return v === null || v === '' || v === 'true' || v === '1' || v === 'on';
}
