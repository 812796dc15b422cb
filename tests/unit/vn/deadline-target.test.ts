import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src-main/core/vn/deadline';
import { parseTarget } from '../../../src-main/core/vn/target';

describe('parseDeadline — deadlines as written in the source documents', () => {
  it.each([
    ['Năm 2026', 'year', '2026-01-01', '2026-12-31'],
    ['Năm\n2026', 'year', '2026-01-01', '2026-12-31'],
    ['Quý II năm 2026', 'quarter', '2026-04-01', '2026-06-30'],
    ['Quý I/2026', 'quarter', '2026-01-01', '2026-03-31'],
    ['Quý IV năm 2027', 'quarter', '2027-10-01', '2027-12-31'],
    ['6 tháng đầu năm 2026', 'half', '2026-01-01', '2026-06-30'],
    ['6 tháng cuối năm 2026', 'half', '2026-07-01', '2026-12-31'],
    ['Tháng 9/2026', 'month', '2026-09-01', '2026-09-30'],
    ['Tháng 2 năm 2028', 'month', '2028-02-01', '2028-02-29'],
    ['10/4/2026', 'date', '2026-04-10', '2026-04-10'],
    ['chậm nhất ngày 10/4/2026', 'date', '2026-04-10', '2026-04-10'],
    ['2025 - 2030', 'range', '2025-01-01', '2030-12-31'],
    ['Giai đoạn 2025-2030', 'range', '2025-01-01', '2030-12-31'],
    ['2025-2029', 'range', '2025-01-01', '2029-12-31'],
    ['Năm học 2025-2026', 'school_year', '2025-09-01', '2026-05-31'],
  ])('%j → %s %s..%s', (text, kind, start, end) => {
    expect(parseDeadline(text)).toEqual({ kind, start, end });
  });

  it.each([
    ['Thường xuyên', 'ongoing'],
    ['Hằng năm', 'recurring'],
    ['trước ngày 10/12', 'recurring'],
    ['trước ngày 10/12 hằng năm', 'recurring'],
  ])('%j has no fixed interval (%s)', (text, kind) => {
    expect(parseDeadline(text)).toEqual({ kind, start: null, end: null });
  });

  it.each(['Quý V năm 2026', '31/02/2026', 'Khi có yêu cầu', '2030 - 2025', ''])('%j is unknown', (text) => {
    expect(parseDeadline(text).kind).toBe('unknown');
  });
});

describe('parseTarget — targets as written in seed 003', () => {
  it.each([
    ['≥ 85', '>=', 85, false],
    ['> 0,82', '>', 0.82, false],
    ['< 10', '<', 10, false],
    ['100', '>=', 100, false],
    ['70%', '>=', 70, true],
    ['100% xã, phường, đặc khu', '>=', 100, true],
    ['16.000', '>=', 16000, false],
    ['≥ 01', '>=', 1, false],
    ['≥ 0,5', '>=', 0.5, false],
  ])('%j → %s %s', (text, comparator, value, percent) => {
    expect(parseTarget(text)).toEqual({ comparator, value, percent });
  });

  it.each([
    'Đủ điều kiện',
    '02 trường đại học quốc tế và ít nhất 01 trường đại học trọng điểm',
    '90%, trong đó ít nhất 30% đạt cao hơn 1 bậc so với chuẩn quy định',
    'Duy trì tư cách thành viên',
    '18\n≥ 3',
  ])('%j is qualitative', (text) => {
    expect(parseTarget(text)).toEqual({ comparator: null, value: null, percent: false });
  });
});
