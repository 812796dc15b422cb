/**
 * Clipboard blocks for the grids: Excel puts tab-separated text (cells with line breaks
 * quoted), Word and Excel put an HTML table; copying out writes both, so a block pastes
 * back into Excel or Word as a table.
 */
import { parseTsv } from './tsv';

export { parseTsv, toTsv } from './tsv';

/** Parse an HTML table (Word, Excel, a web page): the first table's rows and cells. */
export function parseHtmlTable(html: string): string[][] | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const table = doc.querySelector('table');
  if (!table) return null;
  const rows: string[][] = [];
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    const cells = Array.from(tr.querySelectorAll('td,th')).map((c) => {
      c.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
      const paras = Array.from(c.querySelectorAll('p'));
      const txt = paras.length > 1 ? paras.map((p) => p.textContent ?? '').join('\n') : (c.textContent ?? '');
      return txt.replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').trim();
    });
    if (cells.some((c) => c !== '')) rows.push(cells);
  }
  return rows.length ? rows : null;
}

/** The block from a paste event: HTML table first (keeps cell line breaks), else TSV. */
export function blockFromClipboard(data: DataTransfer): string[][] {
  const html = data.getData('text/html');
  if (html) {
    const t = parseHtmlTable(html);
    if (t) return t;
  }
  return parseTsv(data.getData('text/plain'));
}

function esc(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}

export function toHtmlTable(header: string[], rows: string[][]): string {
  const th = header.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<table border="1"><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}
