/** The zip guard decides from the directory, before inflating; then inflates with a running count. */
import { describe, expect, it } from 'vitest';
import { guardZip } from '../../../src-main/core/imports/zip-guard';
import { oneLine, storedText } from '../../../src-main/core/imports/text-join';
import { makeZip, spacesDeflate } from '../../helpers/zip-bomb';

const MB = 1024 * 1024;

describe('guardZip', () => {
  it('refuses an absurd compression ratio from the declared sizes alone', () => {
    // 64 KB of data claiming to inflate to 50 MB: refused without touching the data
    const zip = makeZip([{ name: 'word/document.xml', method: 8, data: new Uint8Array(64 * 1024), size: 50 * MB }]);
    expect(() => guardZip(zip, 'Word')).toThrow(/tỷ lệ nén bất thường/);
  });

  it('refuses a total above the cap', () => {
    const part = spacesDeflate(Math.ceil((100 * MB) / 258));
    const zip = makeZip([
      { name: 'a.xml', method: 8, data: part.data, size: part.size },
      { name: 'b.xml', method: 8, data: part.data, size: part.size },
      { name: 'c.xml', method: 8, data: part.data, size: part.size },
    ]);
    expect(() => guardZip(zip, 'Excel')).toThrow(/tổng dung lượng giải nén/);
  });

  it('inflates an honest entry and stops one that lies', () => {
    const part = spacesDeflate(100);
    const honest = guardZip(makeZip([{ name: 'a.xml', method: 8, data: part.data, size: part.size }]), 'Excel');
    expect(honest.read('a.xml')).toHaveLength(1 + 258 * 100);
    const liar = guardZip(makeZip([{ name: 'a.xml', method: 8, data: part.data, size: 1000 }]), 'Excel');
    expect(() => liar.read('a.xml')).toThrow(/vượt kích thước khai báo/);
  });

  it('calls a cut zip corrupt', () => {
    const part = spacesDeflate(100);
    const zip = makeZip([{ name: 'a.xml', method: 8, data: part.data, size: part.size }]);
    expect(() => guardZip(zip.subarray(0, zip.length - 30), 'Excel')).toThrow(/bị hỏng hoặc không trọn vẹn/);
  });
});

describe('texts', () => {
  it('keeps bullet line breaks when storing and turns wraps into spaces', () => {
    expect(storedText('Xây dựng kế\nhoạch  năm 2026')).toBe('Xây dựng kế hoạch năm 2026');
    expect(storedText('- GDMN phụ trách\ny tế;\n- GD Trung học')).toBe('- GDMN phụ trách y tế;\n- GD Trung học');
    expect(oneLine('18\n≥ 3')).toBe('18 ≥ 3');
    expect(oneLine('  \n ')).toBeNull();
  });
});
