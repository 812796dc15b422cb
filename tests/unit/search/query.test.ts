import { describe, expect, it } from 'vitest';
import { planQuery, searchFold, tokensOf } from '../../../src-main/core/search/query';

describe('searchFold: the folded form on both sides of the index', () => {
  it.each([
    ['Chuyển đổi số', 'chuyen doi so'],
    ['Đào tạo', 'dao tao'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'so giao duc va dao tao'],
    // old and new tone placement, as both appear in the source documents
    ['Uỷ ban Thường vụ Quốc hội', 'uy ban thuong vu quoc hoi'],
    ['Ủy ban nhân dân', 'uy ban nhan dan'],
    ['văn hoá', 'van hoa'],
    ['văn hóa', 'van hoa'],
    // OCR puts the Icelandic eth for đ/Đ ("S¢ Gido duc va Pao tao" family of scans)
    ['Ðào tạo', 'dao tao'],
    ['  Quý  II\tnăm 2026 ', 'quy ii nam 2026'],
    // decomposed input (NFD) folds the same as precomposed
    ['Chuyển đổi số'.normalize('NFD'), 'chuyen doi so'],
  ])('%s → %s', (input, folded) => {
    expect(searchFold(input)).toBe(folded);
  });

  it('cuts tokens like unicode61: letters and digits, punctuation separates', () => {
    expect(tokensOf(searchFold('1042/QĐ-UBND'))).toEqual(['1042', 'qd', 'ubnd']);
    expect(tokensOf(searchFold('4.7.1'))).toEqual(['4', '7', '1']);
    expect(tokensOf(searchFold('Sở GD&ĐT'))).toEqual(['so', 'gd', 'dt']);
  });
});

describe('planQuery: user text to a safe MATCH expression', () => {
  it('quotes each word as a phrase, ANDs them, and makes the last one a prefix', () => {
    const p = planQuery('chuyen doi so');
    expect(p.match).toBe('"chuyen" AND "doi" AND "so"*');
    expect(p.phraseMatch).toBe('"chuyen doi so"*');
  });

  it('folds the query: "Chuyển đổi số" and "chuyen doi so" build the same query', () => {
    expect(planQuery('Chuyển đổi SỐ').match).toBe(planQuery('chuyen doi so').match);
    expect(planQuery('Đào tạo').match).toBe('"dao" AND "tao"*');
  });

  it('keeps a code as one phrase so 4.7.1 does not match any 4, 7 and 1', () => {
    expect(planQuery('4.7.1').match).toBe('"4 7 1"*');
  });

  it('lets letters joined by punctuation match written together too (GD&ĐT / GDĐT)', () => {
    expect(planQuery('GD&ĐT').match).toBe('("gd dt"* OR "gddt"*)');
    expect(planQuery('QĐ-UBND 1042').match).toBe('("qd ubnd" OR "qdubnd") AND "1042"*');
  });

  it('stops the prefix when the query ends with a space, or when asked', () => {
    expect(planQuery('dao tao ').match).toBe('"dao" AND "tao"');
    expect(planQuery('dao tao', { prefix: false }).match).toBe('"dao" AND "tao"');
  });

  it.each(['"', '*', 'AND', 'OR NOT', 'NEAR(a b)', 'col:abc', '^start', '"unbalanced', 'a) OR (b', '-x +y', "'; DROP TABLE tasks; --"])(
    'turns hostile input %j into quoted tokens only',
    (q) => {
      const p = planQuery(q);
      if (p.match === null) return expect(p.words).toEqual([]);
      // every token is inside double quotes and holds only letters and digits
      const outside = p.match.replace(/"[\p{L}\p{N} ]+"\*?/gu, '').replace(/\b(AND|OR)\b|[() ]/g, '');
      expect(outside).toBe('');
      expect(p.match).not.toMatch(/\b(NOT|NEAR)\b/);
    },
  );

  it('returns no expression when nothing is searchable', () => {
    expect(planQuery('').match).toBeNull();
    expect(planQuery('   ').match).toBeNull();
    expect(planQuery('" * ( ) - + @').match).toBeNull();
  });

  it('caps the number of words', () => {
    const p = planQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));
    expect(p.words.length).toBe(24);
  });
});
