/**
 * The zip guard: an .xlsx or .docx is a zip, and a zip can be a bomb. Sizes come from
 * the central directory BEFORE anything is inflated; totals, per-part sizes, entry
 * counts and compression ratios are capped; every entry is inflated with a running byte
 * count, so a zip that lies about its sizes is stopped within its allowance.
 */
import { AppError } from '../errors';
import { LIMITS } from './limits';
import { inflateChunks, inflateEntry, readZipDirectory, ZipFormatError, ZipLimitError, type ZipEntry } from './zip';

export interface GuardedZip {
  entries: Map<string, ZipEntry>;
  /** inflated bytes of one entry (checked), or null when absent */
  read(name: string): Uint8Array | null;
  /** the entry's text (UTF-8) in pieces as it is inflated, or null when absent */
  text(name: string): Iterable<string> | null;
  /** inflate (and drop) every entry not read yet, so a lying part is refused even if unused */
  verifyRest(): void;
}

const MB = 1024 * 1024;

export function corruptFileError(app: string, cause?: unknown): AppError {
  return new AppError(
    'INVALID_INPUT',
    `Tệp bị hỏng hoặc không trọn vẹn (có thể tải về chưa xong). Hãy tải lại tệp, hoặc mở bằng ${app} rồi lưu lại và nhập lại.`,
    { cause },
  );
}

function bombError(app: string, detail: string): AppError {
  return new AppError(
    'INVALID_INPUT',
    `Tệp giải nén ra quá lớn hoặc có dấu hiệu là tệp nén độc hại (${detail}); PlanDesk không mở tệp này. Hãy mở bằng ${app}, chỉ giữ lại bảng cần nhập rồi lưu thành tệp mới.`,
  );
}

/** Check the directory; throws an AppError a person can act on. Nothing is inflated here. */
export function guardZip(buf: Uint8Array, app: string): GuardedZip {
  let list: ZipEntry[];
  try {
    list = readZipDirectory(buf, LIMITS.maxZipEntries);
  } catch (e) {
    if (e instanceof ZipLimitError) throw bombError(app, 'quá nhiều tệp con');
    throw corruptFileError(app, e);
  }
  let total = 0;
  for (const e of list) {
    if (e.encrypted) {
      throw new AppError('INVALID_INPUT', `Tệp được đặt mật khẩu nên PlanDesk không đọc được. Hãy mở bằng ${app}, bỏ mật khẩu rồi lưu lại và nhập lại.`);
    }
    total += e.uncompressedSize;
    if (e.uncompressedSize > LIMITS.maxPartUncompressed) {
      throw bombError(app, `một phần của tệp giải nén ra ${Math.round(e.uncompressedSize / MB)} MB`);
    }
    if (e.uncompressedSize > LIMITS.ratioCheckAbove && e.uncompressedSize / Math.max(1, e.compressedSize) > LIMITS.maxCompressionRatio) {
      throw bombError(app, `tỷ lệ nén bất thường ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}:1`);
    }
  }
  if (total > LIMITS.maxTotalUncompressed) throw bombError(app, `tổng dung lượng giải nén ${Math.round(total / MB)} MB`);
  const entries = new Map(list.map((e) => [e.name, e]));
  const done = new Set<string>();
  const zip: GuardedZip = {
    entries,
    read(name) {
      const e = entries.get(name);
      if (!e) return null;
      done.add(name);
      try {
        return inflateEntry(buf, e, LIMITS.maxPartUncompressed);
      } catch (err) {
        if (err instanceof ZipLimitError) throw bombError(app, `phần ${name} giải nén vượt kích thước khai báo`);
        if (err instanceof ZipFormatError) throw corruptFileError(app, err);
        throw err;
      }
    },
    text(name) {
      const e = entries.get(name);
      if (!e) return null;
      done.add(name);
      return (function* () {
        const decoder = new TextDecoder('utf-8');
        try {
          for (const chunk of inflateChunks(buf, e, LIMITS.maxPartUncompressed)) yield decoder.decode(chunk, { stream: true });
        } catch (err) {
          if (err instanceof ZipLimitError) throw bombError(app, `phần ${name} giải nén vượt kích thước khai báo`);
          if (err instanceof ZipFormatError) throw corruptFileError(app, err);
          throw err;
        }
        const rest = decoder.decode();
        if (rest) yield rest;
      })();
    },
    verifyRest() {
      for (const name of entries.keys()) if (!name.endsWith('/') && !done.has(name)) zip.read(name);
    },
  };
  return zip;
}

