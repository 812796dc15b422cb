/**
 * Zip bombs for tests, built in milliseconds without inflating anything: a raw deflate
 * stream of one space and then back-references (length 258, distance 1) in fixed
 * Huffman codes, 13 bits per 258 bytes, wrapped in a hand-written zip.
 */

class Bits {
  private bytes: number[] = [];
  private cur = 0;
  private n = 0;
  /** a Huffman code, most significant bit first */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((value >> i) & 1);
  }
  bit(b: number): void {
    this.cur |= b << this.n;
    if (++this.n === 8) {
      this.bytes.push(this.cur);
      this.cur = 0;
      this.n = 0;
    }
  }
  done(): Uint8Array {
    if (this.n) this.bytes.push(this.cur);
    return Uint8Array.from(this.bytes);
  }
}

/** Deflate data that inflates to 1 + 258·n spaces. */
export function spacesDeflate(n: number): { data: Uint8Array; size: number } {
  const w = new Bits();
  w.bit(1); // final block
  w.bit(1); // BTYPE = 01 (fixed Huffman), least significant bit first
  w.bit(0);
  w.code(0x30 + 0x20, 8); // literal ' '
  for (let i = 0; i < n; i++) {
    w.code(0b11000101, 8); // length code 285 = 258
    w.code(0, 5); // distance code 0 = 1
  }
  w.code(0, 7); // end of block
  return { data: w.done(), size: 1 + 258 * n };
}

interface Entry {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  size: number;
}

export function makeZip(entries: Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.method, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, e.data);
    const cen = new DataView(new ArrayBuffer(46));
    cen.setUint32(0, 0x02014b50, true);
    cen.setUint16(4, 20, true);
    cen.setUint16(6, 20, true);
    cen.setUint16(10, e.method, true);
    cen.setUint32(20, e.data.length, true);
    cen.setUint32(24, e.size, true);
    cen.setUint16(28, name.length, true);
    cen.setUint32(42, offset, true);
    central.push(new Uint8Array(cen.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((s, c) => s + c.length, 0));
  let o = 0;
  for (const c of all) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);

/** An .xlsx-shaped zip whose worksheet inflates to about `mb` MB; `declared` overrides the size it claims. */
export function bombXlsx(mb: number, declared?: number): Uint8Array {
  const sheet = spacesDeflate(Math.ceil((mb * 1024 * 1024) / 258));
  const small = (name: string, s: string): Entry => ({ name, method: 0, data: text(s), size: text(s).length });
  return makeZip([
    small('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    small('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    { name: 'xl/worksheets/sheet1.xml', method: 8, data: sheet.data, size: declared ?? sheet.size },
  ]);
}
