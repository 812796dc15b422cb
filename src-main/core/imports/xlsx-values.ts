/**
 * A worksheet cell's stored value as the text an officer sees: shared strings, numbers in
 * the Vietnamese way (1.234,5; 15%), dates dd/mm/yyyy, booleans, and a formula's cached
 * value with a note at the cell (an error when Excel never computed it).
 */
import { formatVnDate } from '../vn/format';
import { unescapeOoxml } from './xlsx-parts';
import { isDateFormat } from './xlsx-parts';

export interface RawCell {
  /** the t attribute: s, str, inlineStr, b, e, n, d */
  t: string;
  fmt: string;
  v: string | null;
  f: string | null;
  /** set by cellText: whether the value was typed text */
  type: 'empty' | 'string' | 'other';
}

export interface CellRead {
  text: string;
  note?: { severity: 'error' | 'warning'; message: string };
}

function formatPlain(n: number, group: boolean): string {
  const rounded = Math.round(n * 1e10) / 1e10;
  const [whole = '0', frac] = String(Math.abs(rounded)).split('.');
  const sign = rounded < 0 ? '-' : '';
  const w = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  return `${sign}${w}${frac ? `,${frac}` : ''}`;
}

const dateCache = new Map<string, boolean>();
function isDate(fmt: string): boolean {
  let d = dateCache.get(fmt);
  if (d === undefined) dateCache.set(fmt, (d = isDateFormat(fmt)));
  return d;
}

function serialDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000);
  const d = new Date(ms);
  const iso = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  return formatVnDate(iso);
}

export function formatNumber(n: number, fmt: string, date1904 = false): string {
  if (isDate(fmt)) return serialDate(n, date1904);
  if (fmt.includes('%')) return `${formatPlain(Math.round(n * 100 * 1e6) / 1e6, false)}%`;
  return formatPlain(n, /#[,.]##0/.test(fmt));
}

/** The value without its formula: null when there is none (or Excel stored an error). */
function plain(c: RawCell, ctx: { strings: string[]; date1904: boolean }): CellRead | null {
  const v = c.v;
  switch (c.t) {
    case 's': {
      c.type = 'string';
      return { text: v === null ? '' : (ctx.strings[Number(v)] ?? '') };
    }
    case 'inlineStr':
      c.type = 'string';
      return { text: v ?? '' };
    case 'str':
      c.type = 'string';
      return v === null ? null : { text: unescapeOoxml(v) };
    case 'b':
      return v === null ? null : { text: v === '1' || v === 'true' ? 'Đúng' : 'Sai' };
    case 'e':
      return null;
    case 'd': {
      if (v === null) return null;
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? { text: v } : { text: serialDate(d.getTime() / 86_400_000 + 25569, false) };
    }
    default: {
      if (v === null || v === '') return null;
      const n = Number(v);
      return Number.isFinite(n) ? { text: formatNumber(n, c.fmt, ctx.date1904) } : { text: v };
    }
  }
}

export function cellText(c: RawCell, ctx: { strings: string[]; date1904: boolean }): CellRead {
  const value = plain(c, ctx);
  if (c.f !== null) {
    c.type = 'other';
    if (value === null) {
      return {
        text: '',
        note: {
          severity: 'error',
          message: `Ô có công thức (=${c.f}) nhưng không có giá trị đã tính. Hãy mở tệp bằng Excel, để Excel tính xong rồi lưu lại; hoặc gõ giá trị vào ô.`,
        },
      };
    }
    return { text: value.text, note: { severity: 'warning', message: `Ô có công thức (=${c.f}); PlanDesk lấy giá trị Excel đã tính: “${value.text}”.` } };
  }
  if (c.t === 'e' && c.v !== null) return { text: '', note: { severity: 'error', message: `Ô báo lỗi ${c.v} trong Excel. Hãy sửa ô trong tệp gốc.` } };
  return value ?? { text: '' };
}
