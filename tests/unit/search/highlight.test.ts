import { describe, expect, it } from 'vitest';
import { markParts, matchRanges, snippetParts } from '../../../src-main/core/search/highlight';
import { planQuery } from '../../../src-main/core/search/query';

const mark = (text: string, query: string, max?: number) => markParts(snippetParts(text, matchRanges(text, planQuery(query)), max));

describe('highlighting the match in the original text', () => {
  it('marks the words with their diacritics, typed without them', () => {
    expect(mark('Triển khai Đề án chuyển đổi số trong giáo dục nghề nghiệp', 'chuyen doi so')).toBe(
      'Triển khai Đề án [chuyển đổi số] trong giáo dục nghề nghiệp',
    );
  });

  it('marks đ/Đ words found by d', () => {
    expect(mark('Sở Giáo dục và Đào tạo Hải Phòng', 'dao tao')).toBe('Sở Giáo dục và [Đào tạo] Hải Phòng');
  });

  it('marks only the typed prefix of the last word', () => {
    expect(mark('Tỷ lệ trường đạt chuẩn quốc gia', 'chuan quoc g')).toBe('Tỷ lệ trường đạt [chuẩn quốc g]ia');
  });

  it('marks a code as a whole and not its parts elsewhere', () => {
    expect(mark('4.7; 4.7.1; 4.7.2; 1.4', '4.7.1')).toBe('4.7; [4.7.1]; 4.7.2; 1.4');
  });

  it('keeps decomposed (NFD) text intact while marking it', () => {
    const nfd = 'Đào tạo nghề'.normalize('NFD');
    const out = mark(nfd, 'dao tao');
    expect(out.normalize('NFC')).toBe('[Đào tạo] nghề');
  });

  it('cuts a long text around the first match with ellipses at word boundaries', () => {
    const text =
      'Xây dựng dữ liệu ngành giáo dục của thành phố gắn với Chiến lược dữ liệu quốc gia, phục vụ chuyển đổi số và triển khai nền tảng giáo dục số quốc gia có ứng dụng trí tuệ nhân tạo một cách phù hợp, có kiểm soát. Bố trí đủ nguồn lực đầu tư cơ sở vật chất, hạ tầng công nghệ để đẩy nhanh chuyển đổi số.';
    const out = mark(text, 'chuyen doi so', 80);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[chuyển đổi số]');
    expect(out.length).toBeLessThanOrEqual(80 + 2 + 4);
    // cut between words, never inside one
    expect(out).toMatch(/^…\S/);
    expect(out).toMatch(/\S…$/);
    expect(text.includes(out.slice(1, -1).replace(/[[\]]/g, ''))).toBe(true);
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(mark('Thường xuyên', 'quy ii')).toBe('Thường xuyên');
  });

  it('shows line breaks as spaces', () => {
    expect(mark('Sở GDĐT;\nUBND các xã', 'ubnd')).toBe('Sở GDĐT; [UBND] các xã');
  });
});
