import { describe, expect, it } from 'vitest';
import { compareVi, fold, nfc } from '../../../src-main/core/vn/text';
import { formatDong, formatVnDate, formatVnNumber } from '../../../src-main/core/vn/format';
import { parseVnNumber } from '../../../src-main/core/vn/numbers';
import { parseVnDate } from '../../../src-main/core/vn/dates';
import { parseMoneyDong } from '../../../src-main/core/vn/money';

describe('fold', () => {
  it.each([
    ['Sở Giáo dục và Đào tạo', 'so giao duc va dao tao'],
    ['ĐỀ ÁN  Hội nhập\nquốc tế', 'de an hoi nhap quoc te'],
    ['Sở GD&ĐT', 'so gd&dt'],
    ['\u0053\u01a1\u0309 GD\u0110T', 'so gddt'], // decomposed input (NFD) folds the same
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('folds character by character exactly as the whole-string definition does', () => {
    const reference = (v: string) =>
      v
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim();
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ÀÁẢÃẠỲÝỶỸỴ İ ΟΔΟΣ Ⅳ ﬁ 😀\u00a0\t\n\u2028\u3000–“”'.normalize('NFC');
    let seed = 7;
    for (let n = 0; n < 400; n++) {
      let s = '';
      const len = 1 + (n % 40);
      for (let i = 0; i < len; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        s += [...letters][seed % [...letters].length];
      }
      const input = n % 3 === 0 ? s.normalize('NFD') : s;
      expect(fold(input), JSON.stringify(input)).toBe(reference(input));
    }
  });

  it('stores NFC', () => {
    const decomposed = 'Sở'.normalize('NFD');
    expect(decomposed).not.toBe('Sở');
    expect(nfc(decomposed)).toBe('Sở');
  });

  it('sorts with Vietnamese collation', () => {
    const names = ['Đông Hải', 'Dương Kinh', 'An Dương', 'Ân Thi', 'Bạch Đằng'];
    expect([...names].sort(compareVi)).toEqual(['An Dương', 'Ân Thi', 'Bạch Đằng', 'Dương Kinh', 'Đông Hải']);
  });
});

describe('numbers and money', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['0,82', 0.82],
    ['16.000', 16000],
    ['01', 1],
    ['2.5', null],
    ['abc', null],
  ])('parseVnNumber(%s) = %s', (input, expected) => {
    expect(parseVnNumber(input)).toBe(expected);
  });

  it.each([
    ['10.275,852 tỷ đồng', 10_275_852_000_000],
    ['251,68 tỷ đồng', 251_680_000_000],
    ['580,940 tỷ đồng', 580_940_000_000],
    ['1.500 triệu đồng', 1_500_000_000],
    ['250 tỷ đồng', 250_000_000_000],
    ['170,110 tỷ\nđồng', 170_110_000_000],
    ['Thường xuyên', null],
    ['', null],
  ])('parseMoneyDong(%j) = %s', (input, expected) => {
    expect(parseMoneyDong(input)).toBe(expected);
  });

  it('formats numbers, money and dates the Vietnamese way', () => {
    expect(formatVnNumber(1234.5)).toBe('1.234,5');
    expect(formatVnNumber(10275852000000)).toBe('10.275.852.000.000');
    expect(formatDong(10275852000000)).toBe('10\u00a0275\u00a0852\u00a0000\u00a0000\u00a0đ');
    expect(formatVnDate('2026-04-10')).toBe('10/04/2026');
  });

  it('reads dates day first and rejects impossible ones', () => {
    expect(parseVnDate('10/4/2026')).toBe('2026-04-10');
    expect(parseVnDate('05.03.2026')).toBe('2026-03-05');
    expect(parseVnDate('31/02/2026')).toBeNull();
    expect(parseVnDate('2026-04-10')).toBeNull();
  });
});
