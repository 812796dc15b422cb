/**
 * Header texts officers use, folded (no diacritics, lower-case), per table kind and
 * field. Matching is on folded words, so "Ten nhiem vu", "TÊN NHIỆM VỤ" and
 * "Tên nhiệm vụ" are one header; abbreviations are expanded first.
 */
import { fold } from '../vn/text';
import type { Field, TableKind } from './types';

export const ABBREVIATIONS: Record<string, string> = {
  tt: 'tt',
  stt: 'tt',
  cq: 'co quan',
  dv: 'don vi',
  dvt: 'don vi tinh',
  ht: 'hoan thanh',
  th: 'thuc hien',
  kp: 'kinh phi',
  tg: 'thoi gian',
  nv: 'nhiem vu',
  pt: 'phu trach',
  ct: 'chu tri',
  ph: 'phoi hop',
  nsnn: 'ngan sach nha nuoc',
  sp: 'san pham',
  kq: 'ket qua',
};

/** Folded words of a header: punctuation dropped, abbreviations expanded. */
export function headerKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ')
    .replace(/^so tt$/, 'tt')
    .replace(/^so thu tu$/, 'tt');
}

type Synonyms = Partial<Record<Field, string[]>>;

const CODE = ['tt', 'ma', 'ma so', 'so hieu', 'thu tu'];

export const SYNONYMS: Record<TableKind, Synonyms> = {
  tasks: {
    code: CODE,
    title: [
      'ten nhiem vu',
      'nhiem vu',
      'noi dung nhiem vu',
      'noi dung',
      'nhiem vu giai phap',
      'nhiem vu trong tam',
      'noi dung cong viec',
      'cong viec',
      'ten de an nhiem vu',
      'ten nhiem vu de an',
    ],
    lead: ['co quan chu tri', 'don vi chu tri', 'chu tri', 'co quan don vi chu tri', 'co quan thuc hien', 'don vi thuc hien', 'co quan chu tri thuc hien'],
    coordinating: ['co quan phoi hop', 'don vi phoi hop', 'phoi hop', 'co quan don vi phoi hop', 'co quan phoi hop thuc hien'],
    output: ['ket qua san pham', 'ket qua', 'san pham', 'san pham dau ra', 'ket qua dau ra', 'hinh thuc van ban', 'hinh thuc san pham', 'du kien san pham'],
    deadline: ['thoi gian hoan thanh', 'thoi gian thuc hien', 'thoi han', 'thoi han hoan thanh', 'tien do hoan thanh', 'thoi gian', 'moc thoi gian', 'tien do'],
    departments: ['phong phu trach', 'phong chu tri', 'phong tham muu', 'don vi tham muu', 'phong chuyen mon phu trach', 'bo phan phu trach', 'don vi phu trach', 'phong'],
    budget: ['kinh phi', 'kinh phi thuc hien', 'du kien kinh phi', 'kinh phi du kien', 'du toan', 'tong kinh phi', 'kinh phi ty dong', 'kinh phi trieu dong'],
    funding: ['nguon kinh phi', 'nguon von', 'nguon', 'nguon ngan sach'],
  },
  targets: {
    code: CODE,
    name: ['chi tieu', 'ten chi tieu', 'noi dung chi tieu', 'muc tieu chi tieu', 'chi tieu muc tieu', 'cac chi tieu', 'muc tieu', 'noi dung'],
    unit: ['don vi tinh', 'don vi'],
    target: ['ket qua', 'gia tri', 'chi tieu can dat', 'ket qua can dat', 'muc phan dau', 'muc tieu can dat', 'gia tri chi tieu', 'chi tieu ke hoach', 'ke hoach'],
    departments: ['phong chu tri', 'phong phu trach', 'don vi chu tri', 'phong tham muu', 'don vi phu trach', 'co quan chu tri', 'phong'],
  },
  progress: {
    code: CODE,
    title: ['nhiem vu', 'ten nhiem vu', 'noi dung nhiem vu', 'noi dung', 'chi tieu', 'ten chi tieu', 'nhiem vu chi tieu'],
    status: ['tinh trang', 'tinh trang thuc hien', 'trang thai', 'muc do hoan thanh', 'danh gia', 'danh gia ket qua', 'tien do thuc hien', 'tien do'],
    result: ['ket qua thuc hien', 'ket qua dat duoc', 'ket qua trien khai', 'tinh hinh thuc hien', 'tinh hinh trien khai', 'ket qua thuc hien nhiem vu'],
    actual: ['so lieu', 'gia tri dat duoc', 'so lieu dat duoc', 'uoc thuc hien', 'thuc hien', 'ket qua so lieu'],
    completedDate: ['ngay hoan thanh', 'thoi gian hoan thanh thuc te', 'thoi diem hoan thanh', 'ngay hoan thanh thuc te'],
    evidence: ['van ban', 'minh chung', 'so ky hieu van ban', 'van ban minh chung', 'san pham van ban'],
    reporter: ['don vi bao cao', 'don vi'],
    note: ['ghi chu', 'kho khan vuong mac', 'kho khan', 'de xuat kien nghi', 'de xuat'],
  },
};

/** Fields that only a table of this kind has; they decide the kind. */
export const DISTINCTIVE: Record<TableKind, Field[]> = {
  tasks: ['lead', 'coordinating', 'budget', 'funding', 'deadline', 'output'],
  targets: ['unit', 'target', 'name'],
  progress: ['status', 'result', 'actual', 'completedDate', 'evidence'],
};

export const REQUIRED: Record<TableKind, Field> = { tasks: 'title', targets: 'name', progress: 'title' };

function words(s: string): string[] {
  return s.split(' ').filter(Boolean);
}

interface HeaderWords {
  padded: string;
  count: number;
  set: Set<string>;
  /** best score per kind and field, once computed */
  scores: Partial<Record<TableKind, Partial<Record<Field, number>>>>;
}

interface PhraseWords {
  text: string;
  padded: string;
  words: string[];
}

const phraseCache = new Map<string, PhraseWords[]>();
const headerCache = new Map<string, HeaderWords>();

function phrasesOf(kind: TableKind, field: Field): PhraseWords[] {
  const key = `${kind}|${field}`;
  let p = phraseCache.get(key);
  if (!p) {
    p = (SYNONYMS[kind][field] ?? []).map((text) => ({ text, padded: ` ${text} `, words: words(text) }));
    phraseCache.set(key, p);
  }
  return p;
}

/** Split once per header: detection scores each header against every phrase of every kind. */
function headerWords(header: string): HeaderWords {
  let h = headerCache.get(header);
  if (!h) {
    const w = words(header);
    h = { padded: ` ${header} `, count: w.length, set: new Set(w), scores: {} };
    if (headerCache.size > 5000) headerCache.clear();
    headerCache.set(header, h);
  }
  return h;
}

/** How well a folded header matches one folded phrase, 0..1. */
function phraseScore(header: string, h: HeaderWords, phrase: PhraseWords): number {
  if (header === phrase.text) return 1;
  if (h.padded.includes(phrase.padded)) return 0.6 + 0.3 * (phrase.words.length / h.count);
  let common = 0;
  for (const w of phrase.words) if (h.set.has(w)) common++;
  const dice = (2 * common) / (h.set.size + phrase.words.length);
  return dice >= 0.6 ? 0.55 * dice : 0;
}

/** Best score of a header for a field of a kind. */
export function fieldScore(headerFolded: string, kind: TableKind, field: Field): number {
  const h = headerWords(headerFolded);
  const byField = h.scores[kind] ?? (h.scores[kind] = {});
  const known = byField[field];
  if (known !== undefined) return known;
  let best = 0;
  for (const p of phrasesOf(kind, field)) best = Math.max(best, phraseScore(headerFolded, h, p));
  byField[field] = best;
  return best;
}
