/**
 * Zip in and out with fflate (small, pure JS, synchronous: the package is read and applied
 * in one go, inside one transaction). Reading refuses anything that is not exactly what a
 * PlanDesk package holds: unknown entries, sizes beyond reason (zip bombs), checksums
 * that do not match the manifest, a format version this PlanDesk does not know.
 */
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { AppError } from '../../errors';
import { MANIFEST_PATH, manifestSchema, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type PackageManifest } from './format';

export const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;
const MAX_ENTRY_BYTES = 512 * 1024 * 1024;
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
const ENTRY_NAME = /^(manifest\.json|data\/[a-z_]+\.json)$/;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Build the zip: every data entry gets its size and checksum in the manifest. */
export function writePackage(manifest: Omit<PackageManifest, 'entries'>, files: Record<string, unknown>): Uint8Array {
  const zippable: Zippable = {};
  const entries: PackageManifest['entries'] = [];
  for (const [path, value] of Object.entries(files)) {
    const bytes = strToU8(JSON.stringify(value));
    zippable[path] = bytes;
    entries.push({ path, size: bytes.length, sha256: sha256(bytes) });
  }
  zippable[MANIFEST_PATH] = strToU8(JSON.stringify({ ...manifest, entries }, null, 2));
  return zipSync(zippable, { level: 6, mtime: new Date(manifest.createdAt) });
}

const damaged = (what: string) =>
  new AppError('INVALID_INPUT', `Gói kế hoạch bị hỏng hoặc đã bị sửa đổi (${what}). PlanDesk không nhập gói này. Hãy xin lại tệp gốc từ nơi gửi.`);

export interface ReadPackage {
  manifest: PackageManifest;
  files: Map<string, unknown>;
  fileSha256: string;
}

export function readPackage(bytes: Uint8Array): ReadPackage {
  if (bytes.length > MAX_PACKAGE_BYTES) throw new AppError('INVALID_INPUT', 'Tệp quá lớn để là một gói kế hoạch PlanDesk (trên 200 MB).');
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new AppError('INVALID_INPUT', 'Tệp này không phải là gói kế hoạch PlanDesk (.plandesk). Hãy chọn đúng tệp được xuất từ PlanDesk.');
  }
  let entries: Record<string, Uint8Array>;
  let total = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (!ENTRY_NAME.test(f.name)) throw damaged(`có mục lạ "${f.name}"`);
        total += f.originalSize;
        if (f.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) throw damaged('kích thước giải nén bất thường');
        return true;
      },
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw damaged('không giải nén được');
  }
  const rawManifest = entries[MANIFEST_PATH];
  if (!rawManifest) throw new AppError('INVALID_INPUT', 'Tệp nén này không phải là gói kế hoạch PlanDesk (thiếu manifest.json).');
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(strFromU8(rawManifest));
  } catch {
    throw damaged('manifest.json không đọc được');
  }
  const head = manifestJson as { format?: unknown; formatVersion?: unknown } | null;
  if (head?.format !== PACKAGE_FORMAT) throw new AppError('INVALID_INPUT', 'Tệp nén này không phải là gói kế hoạch PlanDesk.');
  if (head.formatVersion !== PACKAGE_FORMAT_VERSION) {
    throw new AppError(
      'INVALID_INPUT',
      `Gói kế hoạch dùng định dạng phiên bản ${String(head.formatVersion)}, phiên bản PlanDesk này chỉ đọc được định dạng ${PACKAGE_FORMAT_VERSION}. Hãy cài bản PlanDesk mới nhất, hoặc nhờ nơi gửi xuất lại bằng cùng phiên bản.`,
    );
  }
  const parsed = manifestSchema.safeParse(manifestJson);
  if (!parsed.success) throw damaged('manifest.json thiếu thông tin');
  const manifest = parsed.data;
  const listed = new Set(manifest.entries.map((e) => e.path));
  for (const name of Object.keys(entries)) {
    if (name !== MANIFEST_PATH && !listed.has(name)) throw damaged(`mục "${name}" không có trong manifest`);
  }
  const files = new Map<string, unknown>();
  for (const entry of manifest.entries) {
    const data = entries[entry.path];
    if (!data) throw damaged(`thiếu mục "${entry.path}"`);
    if (data.length !== entry.size || sha256(data) !== entry.sha256) throw damaged(`mã kiểm tra SHA-256 của "${entry.path}" không khớp`);
    try {
      files.set(entry.path, JSON.parse(strFromU8(data)));
    } catch {
      throw damaged(`"${entry.path}" không phải JSON`);
    }
  }
  return { manifest, files, fileSha256: sha256(bytes) };
}
