import { describe, expect, it } from 'vitest';
import { attainment } from '../../../src-main/core/progress/attainment';
import { matchMetWord, matchStatusWord } from '../../../src-main/core/progress/status-words';
import { parseTarget } from '../../../src-main/core/vn/target';

function spec(text: string) {
  const t = parseTarget(text);
  return { comparator: t.comparator, targetValue: t.value };
}

describe('target attainment, comparator-aware', () => {
  it.each([
    ['≥ 85', 86, true, 101.2],
    ['≥ 85', 85, true, 100],
    ['≥ 85', 80, false, 94.1],
    ['> 0,82', 0.82, false, 100],
    ['> 0,82', 0.83, true, 101.2],
    ['< 10', 8, true, 125],
    ['< 10', 10, false, 100],
    ['< 10', 12, false, 83.3],
    ['100', 100, true, 100],
    ['16.000', 15000, false, 93.8],
    ['70%', 72, true, 102.9],
  ] as const)('%s with %d → met %s, %d %%', (text, actual, met, percent) => {
    expect(attainment(spec(text), { actualValue: actual, met: null })).toEqual({ kind: 'numeric', met, percent });
  });

  it('has no verdict without an actual value', () => {
    expect(attainment(spec('≥ 85'), { actualValue: null, met: null })).toEqual({ kind: 'numeric', percent: null, met: null });
  });

  it('assesses a qualitative target as met / not met', () => {
    expect(attainment(spec('Đủ điều kiện'), { actualValue: null, met: true })).toEqual({ kind: 'qualitative', percent: null, met: true });
    expect(attainment(spec('Duy trì tư cách thành viên'), { actualValue: null, met: false }).met).toBe(false);
  });
});

describe('status words as departments type them', () => {
  it.each([
    ['Hoàn thành đúng hạn', 'done_on_time', true],
    ['hoan thanh dung han', 'done_on_time', false],
    ['HOÀN THÀNH QUÁ HẠN', 'done_late', false],
    ['Chưa hoàn thành, quá hạn', 'overdue', true],
    ['chua hoan thanh qua han', 'overdue', false],
    ['Chưa hoàn thành (trong hạn)', 'in_progress', true],
    ['Đang thực hiện', 'in_progress', false],
    ['hoan thanh', 'done', false],
    ['Hoàn thành', 'done', true],
    ['Không thực hiện / điều chỉnh', 'dropped', true],
    ['done_late', 'done_late', false],
  ] as const)('"%s" → %s', (text, claim, asWritten) => {
    expect(matchStatusWord(text)).toEqual({ kind: 'exact', claim, label: expect.any(String), asWritten });
  });

  it('suggests the nearest word for a typo and refuses nonsense', () => {
    expect(matchStatusWord('Hoan thnah')).toEqual({ kind: 'suggestion', claim: 'done', label: 'Hoàn thành' });
    expect(matchStatusWord('Chưa triẻn khai')).toMatchObject({ kind: 'exact', claim: 'not_started' });
    expect(matchStatusWord('Chua trien kai')).toEqual({ kind: 'suggestion', claim: 'not_started', label: 'Chưa triển khai' });
    expect(matchStatusWord('xong xuôi cả rồi nhé')).toEqual({ kind: 'unknown' });
    expect(matchStatusWord('  ')).toEqual({ kind: 'empty' });
  });

  it('reads Đạt / Không đạt', () => {
    expect(matchMetWord('Đạt')).toBe(true);
    expect(matchMetWord('khong dat')).toBe(false);
    expect(matchMetWord('')).toBeNull();
    expect(matchMetWord('tạm được')).toBe('invalid');
  });
});
