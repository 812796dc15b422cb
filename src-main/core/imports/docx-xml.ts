/**
 * Streams word/document.xml (saxes) and collects every table with its cells as Word
 * holds them: paragraphs (joined with "\n"), line breaks, gridSpan, vMerge, nested
 * tables (each its own table, and flattened into the text of the cell that holds it),
 * plus the body paragraphs between top-level tables (captions, page numbers).
 *
 * Streaming instead of a DOM: a 10,000-row table is tens of MB of XML, and a DOM of it
 * would take several times that in memory; the events need only the current path.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ownText } from './own-text';
import { AppError } from '../errors';
import { LIMITS } from './limits';

const W_NS = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];

export interface WordCell {
  paragraphs: string[];
  gridSpan: number;
  /** 'restart' starts a vertical merge, 'continue' is covered by the cell above */
  vMerge: 'restart' | 'continue' | null;
}

export interface WordRow {
  gridBefore: number;
  cells: WordCell[];
}

export interface WordTable {
  /** 1-based order of the table in the document, nested ones included */
  index: number;
  depth: number;
  rows: WordRow[];
  /** body paragraphs between the previous top-level table (or the start) and this one */
  before: string[];
}

interface OpenTable {
  table: WordTable;
  row: WordRow | null;
  cell: WordCell | null;
  para: string[] | null;
}

/** `xml`: the part's text, whole or in pieces as it is inflated (nothing holds the whole part then). */
export function parseWordTables(xml: string | Iterable<string>): WordTable[] {
  // no line/column tracking: nothing reads it, and it was a tenth of the parse
  const parser = new SaxesParser({ xmlns: false, position: false });
  let prefix = 'w:';
  const tables: WordTable[] = [];
  const stack: OpenTable[] = [];
  let bodyPara: string[] | null = null;
  let bodyParas: string[] = [];
  let inText = false;
  let skipDepth = 0; // inside mc:Fallback or other subtrees whose text is a duplicate
  let cells = 0;

  const top = (): OpenTable | undefined => stack[stack.length - 1];
  const emit = (s: string) => {
    const t = top();
    if (t?.para) t.para.push(s);
    else if (!t && bodyPara) bodyPara.push(s);
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    if (skipDepth > 0) {
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    if (name.endsWith(':Fallback') || name === 'Fallback') {
      if (!tag.isSelfClosing) skipDepth = 1;
      return;
    }
    if (tables.length === 0 && stack.length === 0 && name.endsWith(':document')) {
      for (const [k, v] of Object.entries(tag.attributes)) {
        if (k.startsWith('xmlns:') && W_NS.includes(v)) prefix = `${k.slice(6)}:`;
      }
      return;
    }
    if (!name.startsWith(prefix)) return;
    const local = name.slice(prefix.length);
    const t = top();
    switch (local) {
      case 'tbl': {
        if (tables.length >= LIMITS.maxTables) {
          throw new AppError('INVALID_INPUT', `Tệp Word có hơn ${LIMITS.maxTables} bảng. Hãy chỉ giữ lại các bảng cần nhập rồi lưu thành tệp mới.`);
        }
        const table: WordTable = { index: tables.length + 1, depth: stack.length, rows: [], before: stack.length === 0 ? bodyParas : [] };
        if (stack.length === 0) bodyParas = [];
        tables.push(table);
        stack.push({ table, row: null, cell: null, para: null });
        break;
      }
      case 'tr':
        if (t) {
          t.row = { gridBefore: 0, cells: [] };
          t.table.rows.push(t.row);
          if (t.table.rows.length > LIMITS.maxRowsPerTable) {
            throw new AppError('INVALID_INPUT', `Bảng trong tệp Word có quá ${LIMITS.maxRowsPerTable.toLocaleString('vi-VN')} dòng. Hãy tách bảng thành nhiều tệp nhỏ hơn.`);
          }
        }
        break;
      case 'gridBefore':
        if (t?.row && !t.cell) t.row.gridBefore = Number(tag.attributes[`${prefix}val`] ?? 0) || 0;
        break;
      case 'tc':
        if (t?.row) {
          t.cell = { paragraphs: [], gridSpan: 1, vMerge: null };
          t.row.cells.push(t.cell);
          if (++cells > LIMITS.maxCellsPerFile) {
            throw new AppError('INVALID_INPUT', 'Tệp có quá nhiều ô dữ liệu để nhập một lần. Hãy tách bảng thành nhiều tệp nhỏ hơn.');
          }
        }
        break;
      case 'gridSpan':
        if (t?.cell) t.cell.gridSpan = Math.max(1, Math.min(LIMITS.maxColumns, Number(tag.attributes[`${prefix}val`] ?? 1) || 1));
        break;
      case 'vMerge':
        if (t?.cell) t.cell.vMerge = tag.attributes[`${prefix}val`] === 'restart' ? 'restart' : 'continue';
        break;
      case 'p':
        if (t?.cell) t.para = [];
        else if (!t) bodyPara = [];
        break;
      case 't':
        inText = !tag.isSelfClosing;
        break;
      case 'br':
      case 'cr':
        emit('\n');
        break;
      case 'tab':
        if (t?.para || (!t && bodyPara)) emit(' ');
        break;
      case 'noBreakHyphen':
        emit('-');
        break;
    }
  });

  parser.on('text', (text: string) => {
    if (inText && skipDepth === 0) emit(text);
  });

  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    const name = tag.name;
    if (!name.startsWith(prefix)) return;
    const local = name.slice(prefix.length);
    const t = top();
    switch (local) {
      case 't':
        inText = false;
        break;
      case 'p':
        if (t?.cell && t.para) {
          // owned, not a view into the XML piece: the pieces can go while the tables are read
          t.cell.paragraphs.push(ownText(t.para.join('')));
          t.para = null;
        } else if (!t && bodyPara) {
          bodyParas.push(ownText(bodyPara.join('')));
          bodyPara = null;
        }
        break;
      case 'tc':
        if (t) t.cell = null;
        break;
      case 'tr':
        if (t) t.row = null;
        break;
      case 'tbl': {
        const done = stack.pop();
        const parent = top();
        if (done && parent?.cell) {
          // the nested table's text also belongs to the cell that holds it
          for (const row of done.table.rows) {
            const line = row.cells
              .map((c) => c.paragraphs.join(' ').trim())
              .filter((s) => s !== '')
              .join(' ');
            if (line) parent.cell.paragraphs.push(line);
          }
        }
        break;
      }
    }
  });

  if (typeof xml === 'string') parser.write(xml);
  else for (const piece of xml) parser.write(piece);
  parser.close();
  return tables;
}
