/**
 * What a file really is, from its first bytes (and, for a zip, its parts), whatever its
 * name says. Anything PlanDesk cannot read gets a message saying what to do instead.
 */
import { AppError } from '../errors';
import { guardZip, type GuardedZip } from './zip-guard';

export type Sniffed = { format: 'xlsx'; zip: GuardedZip } | { format: 'docx'; zip: GuardedZip };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

function ascii(buf: Uint8Array, n: number): string {
  return String.fromCharCode(...buf.subarray(0, Math.min(n, buf.length)));
}

/** Does the OLE2 directory hold a stream with this UTF-16 name? */
function hasUtf16(buf: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(needle);
}

function extOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

function refuse(message: string): never {
  throw new AppError('INVALID_INPUT', message);
}

const SAVE_XLSX = 'Hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel) rồi nhập lại.';
const SAVE_DOCX = 'Hãy mở bằng Word và lưu lại dưới dạng .docx (Tài liệu Word) rồi nhập lại.';

export function sniffFile(buf: Uint8Array, fileName: string): Sniffed {
  const ext = extOf(fileName);
  const app = ext === 'docx' || ext === 'doc' ? 'Word' : ext === 'xlsx' || ext === 'xls' ? 'Excel' : 'Excel hoặc Word';
  if (buf.length === 0) refuse('Tệp rỗng (0 byte). Hãy kiểm tra lại tệp đã được lưu đầy đủ rồi chọn lại.');
  if (startsWith(buf, OLE2)) {
    if (hasUtf16(buf, 'EncryptedPackage')) {
      refuse(`Tệp được đặt mật khẩu nên PlanDesk không đọc được. Hãy mở bằng ${app}, bỏ mật khẩu rồi lưu lại và nhập lại.`);
    }
    if (hasUtf16(buf, 'WordDocument')) refuse(`Tệp là định dạng Word cũ (.doc). ${SAVE_DOCX}`);
    if (hasUtf16(buf, 'Workbook') || hasUtf16(buf, 'Book') || ext === 'xls') refuse(`Tệp là định dạng Excel cũ (.xls). ${SAVE_XLSX}`);
    refuse(`Tệp là định dạng Office cũ (.xls hoặc .doc). Hãy mở bằng Excel hoặc Word và lưu lại dưới dạng .xlsx hoặc .docx rồi nhập lại.`);
  }
  const head = ascii(buf, 1024);
  if (head.startsWith('%PDF')) {
    refuse(
      'Tệp là PDF, PlanDesk không đọc được bảng trong PDF. Hãy dùng bản Word/Excel gốc; nếu chỉ có PDF, mở bằng Word (Word tự chuyển PDF sang .docx) rồi lưu dưới dạng .docx và nhập lại.',
    );
  }
  if (head.startsWith('{\\rtf')) refuse(`Tệp là định dạng RTF. ${SAVE_DOCX}`);
  if (/^\s*(<\?xml|<!doctype html|<html|<table)/i.test(head)) {
    refuse(`Tệp là trang HTML/XML được đặt tên như tệp Office (thường do phần mềm khác xuất ra). ${SAVE_XLSX}`);
  }
  if (buf[0] === 0x50 && buf[1] === 0x4b) {
    const zip = guardZip(buf, app);
    const names = zip.entries;
    if (names.has('xl/workbook.xml')) return { format: 'xlsx', zip };
    if (names.has('word/document.xml')) return { format: 'docx', zip };
    const mimetype = zip.read('mimetype');
    const mime = mimetype ? new TextDecoder().decode(mimetype) : '';
    if (mime.includes('opendocument.spreadsheet')) refuse(`Tệp là bảng tính OpenDocument (.ods). ${SAVE_XLSX}`);
    if (mime.includes('opendocument.text')) refuse(`Tệp là văn bản OpenDocument (.odt). ${SAVE_DOCX}`);
    if (names.has('ppt/presentation.xml')) refuse('Tệp là bản trình chiếu PowerPoint, không có bảng để nhập. Hãy chọn tệp Excel (.xlsx) hoặc Word (.docx).');
    refuse(`Tệp nén (.zip) không phải là Excel hay Word. Hãy giải nén và chọn tệp .xlsx hoặc .docx bên trong.`);
  }
  if (ext === 'xls' || ext === 'csv') refuse(`Tệp không phải là Excel (.xlsx). ${SAVE_XLSX}`);
  if (ext === 'doc' || ext === 'txt') refuse(`Tệp không phải là Word (.docx). ${SAVE_DOCX}`);
  refuse(
    `Tệp không phải là Excel (.xlsx) hay Word (.docx) (nội dung không đúng định dạng, có thể tệp bị hỏng hoặc bị đổi tên). Hãy mở tệp gốc bằng ${app} và lưu lại dưới dạng .xlsx hoặc .docx rồi nhập lại.`,
  );
}
