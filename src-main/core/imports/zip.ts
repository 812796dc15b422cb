/**
 * A minimal zip directory reader: lists entries with the sizes the central directory
 * declares, so nothing is inflated before the guard has looked at them, then inflates
 * one entry with a running byte count that stops as soon as it passes its allowance
 * (a zip that lies about its sizes is caught while inflating, not after).
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

export class ZipFormatError extends Error {}
export class ZipLimitError extends Error {}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

/** Entries of the central directory, or ZipFormatError when the file is cut or not a zip. */
export function readZipDirectory(buf: Uint8Array, maxEntries: number): ZipEntry[] {
  // end of central directory: 22 bytes + comment (≤ 65535), searched backwards
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (u32(buf, i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('end of central directory not found');
  const count = u16(buf, eocd + 10);
  const cdSize = u32(buf, eocd + 12);
  const cdOffset = u32(buf, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipFormatError('zip64 is not used by Office files of this size');
  if (cdOffset + cdSize > eocd) throw new ZipFormatError('central directory outside the file');
  if (count > maxEntries) throw new ZipLimitError(`too many entries: ${count}`);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || u32(buf, p) !== CEN_SIG) throw new ZipFormatError('broken central directory');
    const flags = u16(buf, p + 8);
    const nameLen = u16(buf, p + 28);
    const extraLen = u16(buf, p + 30);
    const commentLen = u16(buf, p + 32);
    entries.push({
      name: decoder.decode(buf.subarray(p + 46, p + 46 + nameLen)),
      method: u16(buf, p + 10),
      compressedSize: u32(buf, p + 20),
      uncompressedSize: u32(buf, p + 24),
      localHeaderOffset: u32(buf, p + 42),
      encrypted: (flags & 1) === 1,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Inflate one entry, refusing to produce more than `allowance` bytes (and more than the
 * size the directory declared). Output is collected in chunks, so memory is bounded by
 * the allowance.
 */
export function inflateEntry(buf: Uint8Array, e: ZipEntry, allowance: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (const c of inflateChunks(buf, e, allowance)) {
    chunks.push(c);
    total += c.length;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * The same, as a stream of chunks: a reader can parse a part while it is inflated instead
 * of holding the whole part, then its whole text, at once. The same checks apply.
 */
export function* inflateChunks(buf: Uint8Array, e: ZipEntry, allowance: number): Generator<Uint8Array> {
  const loc = e.localHeaderOffset;
  if (loc + 30 > buf.length || u32(buf, loc) !== LOC_SIG) throw new ZipFormatError(`broken local header for ${e.name}`);
  const start = loc + 30 + u16(buf, loc + 26) + u16(buf, loc + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipFormatError(`entry ${e.name} is cut`);
  const data = buf.subarray(start, end);
  const limit = Math.min(allowance, e.uncompressedSize);
  if (e.method === 0) {
    if (data.length > allowance) throw new ZipLimitError(`${e.name} too large`);
    yield data;
    return;
  }
  if (e.method !== 8) throw new ZipFormatError(`unsupported compression method ${e.method}`);
  let pending: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new ZipLimitError(`${e.name} inflates beyond its declared size`);
    pending.push(chunk);
  });
  const STEP = 64 * 1024;
  const push = (o: number) => {
    try {
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      else inflater.push(data.subarray(o, Math.min(o + STEP, data.length)), o + STEP >= data.length);
    } catch (err) {
      if (err instanceof ZipLimitError) throw err;
      throw new ZipFormatError(`entry ${e.name} is corrupt: ${(err as Error).message}`);
    }
  };
  for (let o = 0; o < Math.max(1, data.length); o += STEP) {
    push(o);
    const out = pending;
    pending = [];
    yield* out;
  }
  if (total !== e.uncompressedSize) throw new ZipFormatError(`entry ${e.name} is cut (${total} of ${e.uncompressedSize} bytes)`);
}
