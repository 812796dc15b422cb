/** The live reading shown under the cell editor while the officer types (deadline, budget, target). */
import { describe, expect, it } from 'vitest';
import { liveReading } from '../../../src-renderer/src/pages/readings';

describe('live reading while typing', () => {
  it('reads deadlines as officers write them, and warns gently on what it cannot read', () => {
    expect(liveReading('deadline', 'Quý II năm 2026')).toEqual({ text: '01/04/2026 – 30/06/2026', warn: false });
    expect(liveReading('deadline', 'Tháng 9/2026')).toEqual({ text: '01/09/2026 – 30/09/2026', warn: false });
    expect(liveReading('deadline', 'Thường xuyên')).toEqual({ text: 'liên tục, không có mốc cụ thể', warn: false });
    expect(liveReading('deadline', '31/02/2026')).toEqual({ text: 'Chưa đọc được thời hạn', warn: true });
    // half-typed: "Quý II năm 20" is not a deadline yet
    expect(liveReading('deadline', 'Quý II năm 20')?.warn).toBe(true);
  });
  it('reads budgets in đồng', () => {
    expect(liveReading('budget', '10.275,852 tỷ đồng')?.text.replace(/\s/g, ' ')).toBe('10 275 852 000 000 đ');
    expect(liveReading('budget', '1.500 triệu đồng')?.warn).toBe(false);
    expect(liveReading('budget', 'khoảng vài tỷ')).toEqual({ text: 'Chưa đọc được số tiền', warn: true });
  });
  it('reads targets with their comparator, percent from the text or the unit', () => {
    expect(liveReading('target', '≥ 85', '%')).toEqual({ text: '≥ 85 %', warn: false });
    expect(liveReading('target', '>= 85')).toEqual({ text: '≥ 85', warn: false });
    expect(liveReading('target', '70%')).toEqual({ text: '≥ 70 %', warn: false });
    expect(liveReading('target', 'Đủ điều kiện')).toEqual({ text: 'định tính (đạt / không đạt)', warn: false });
  });
  it('says nothing while the cell is blank', () => {
    expect(liveReading('deadline', '  ')).toBeNull();
    expect(liveReading('budget', '')).toBeNull();
  });
});
