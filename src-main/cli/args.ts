/** Command-line parsing for the CLI door: global --data-dir, one command, its flags. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const IMPORT_KINDS = ['tasks', 'targets', 'progress'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const USAGE = `Cách dùng: npm run cli -- [--data-dir THƯ_MỤC] <lệnh> [tùy chọn]

Lệnh:
  stats [--json]         Thống kê văn bản, đơn vị, kế hoạch (số nhiệm vụ, chỉ tiêu)
  seed [--reset]         Nạp dữ liệu mặc định vào cơ sở dữ liệu trống;
                         --reset: thay toàn bộ dữ liệu bằng dữ liệu mặc định (tự sao lưu trước)
  backup --out TỆP       Sao lưu trực tuyến nhất quán cơ sở dữ liệu ra TỆP
  import TỆP [--dry-run] [--json] [--plan ID] [--kind tasks|targets|progress]
                         Nhập bảng nhiệm vụ / chỉ tiêu từ tệp .xlsx hoặc .docx vào kế hoạch ID;
                         --dry-run: chỉ đọc và báo cáo, không ghi gì (mã thoát 3 nếu tệp không dùng được)

Thư mục dữ liệu: --data-dir, hoặc biến PLANDESK_DATA_DIR, mặc định thư mục dữ liệu của ứng dụng.`;

export type Command =
  | { name: 'stats'; json: boolean }
  | { name: 'seed'; reset: boolean }
  | { name: 'backup'; out: string }
  | { name: 'import'; file: string; dryRun: boolean; json: boolean; planId: number | undefined; kind: ImportKind | undefined }
  | { name: 'help' };

export interface ParsedArgs {
  dataDir: string | undefined;
  command: Command;
}

const ALLOWED: Record<string, string[]> = {
  stats: ['json'],
  seed: ['reset'],
  backup: ['out'],
  import: ['json', 'dry-run', 'plan', 'kind'],
  help: [],
};

export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean' },
        reset: { type: 'boolean' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
        plan: { type: 'string' },
        kind: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const opt = /'(-[^']*)'/.exec((e as Error).message)?.[1];
    throw new UsageError(opt ? `Tùy chọn không hợp lệ hoặc thiếu giá trị: ${opt}.` : 'Tùy chọn không hợp lệ.');
  }
  const { values, positionals } = parsed;
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') throw new UsageError('--data-dir cần một đường dẫn thư mục.');
  if (values.help) return { dataDir, command: { name: 'help' } };
  const [name, ...rest] = positionals;
  if (!name) throw new UsageError('Thiếu tên lệnh.');
  const extra = name === 'import' ? rest.slice(1) : rest;
  if (extra.length) throw new UsageError(`Thừa tham số: ${extra.join(' ')}`);
  const allowed = ALLOWED[name];
  if (!allowed) throw new UsageError(`Không có lệnh "${name}".`);
  for (const flag of ['json', 'reset', 'out', 'dry-run', 'plan', 'kind'] as const) {
    if (values[flag] !== undefined && !allowed.includes(flag)) {
      throw new UsageError(`Lệnh "${name}" không nhận tùy chọn --${flag}.`);
    }
  }
  switch (name) {
    case 'stats':
      return { dataDir, command: { name, json: !!values.json } };
    case 'seed':
      return { dataDir, command: { name, reset: !!values.reset } };
    case 'backup':
      if (!values.out) throw new UsageError('Lệnh backup cần --out TỆP.');
      return { dataDir, command: { name, out: values.out } };
    case 'import':
      return { dataDir, command: importCommand(rest[0], values) };
    default:
      return { dataDir, command: { name: 'help' } };
  }
}

function importCommand(file: string | undefined, values: { json?: boolean; 'dry-run'?: boolean; plan?: string; kind?: string }): Command {
  if (!file) throw new UsageError('Lệnh import cần đường dẫn tệp .xlsx hoặc .docx.');
  let planId: number | undefined;
  if (values.plan !== undefined) {
    if (!/^\d+$/.test(values.plan) || Number(values.plan) < 1) throw new UsageError(`--plan cần số của kế hoạch (một số nguyên dương), không phải "${values.plan}".`);
    planId = Number(values.plan);
  }
  const kind = values.kind;
  if (kind !== undefined && !(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind chỉ nhận tasks, targets hoặc progress, không phải "${kind}".`);
  }
  const dryRun = !!values['dry-run'];
  if (!dryRun && planId === undefined) throw new UsageError('Lệnh import cần --plan ID để biết ghi vào kế hoạch nào (hoặc --dry-run để chỉ đọc thử).');
  return { name: 'import', file, dryRun, json: !!values.json, planId, kind: kind as ImportKind | undefined };
}
