/** Command-line parsing for the CLI door: global --data-dir, one command, its flags. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `Cách dùng: npm run cli -- [--data-dir THƯ_MỤC] <lệnh> [tùy chọn]

Lệnh:
  stats [--json]         Thống kê văn bản, đơn vị, kế hoạch (số nhiệm vụ, chỉ tiêu)
  seed [--reset]         Nạp dữ liệu mặc định vào cơ sở dữ liệu trống;
                         --reset: thay toàn bộ dữ liệu bằng dữ liệu mặc định (tự sao lưu trước)
  backup --out TỆP       Sao lưu trực tuyến nhất quán cơ sở dữ liệu ra TỆP
  backups [--json]       Danh sách bản sao lưu tự động (thời điểm, lý do, dung lượng, nội dung)
  restore TỆP            Khôi phục dữ liệu từ bản sao lưu TỆP (tự sao lưu dữ liệu hiện tại trước)
  check [--json]         Kiểm tra toàn vẹn: tệp dữ liệu, khóa ngoại, bản ghi mồ côi, chỉ mục tìm kiếm
  package export --plan ID... --out TỆP
                         Xuất kế hoạch (kèm tiến độ, đơn vị, văn bản) thành gói .plandesk
  package import TỆP [--dry-run] [--json]
                         Nhập gói .plandesk; --dry-run: chỉ xem trước, không ghi gì

Thư mục dữ liệu: --data-dir, hoặc biến PLANDESK_DATA_DIR, mặc định thư mục dữ liệu của ứng dụng.`;

export type Command =
  | { name: 'stats'; json: boolean }
  | { name: 'seed'; reset: boolean }
  | { name: 'backup'; out: string }
  | { name: 'backups'; json: boolean }
  | { name: 'restore'; file: string }
  | { name: 'check'; json: boolean }
  | { name: 'package-export'; planIds: number[]; out: string }
  | { name: 'package-import'; file: string; dryRun: boolean; json: boolean }
  | { name: 'help' };

export interface ParsedArgs {
  dataDir: string | undefined;
  command: Command;
}

const FLAGS = ['json', 'reset', 'out', 'plan', 'dry-run'] as const;
type Flag = (typeof FLAGS)[number];

const ALLOWED: Record<string, Flag[]> = {
  stats: ['json'],
  seed: ['reset'],
  backup: ['out'],
  backups: ['json'],
  restore: [],
  check: ['json'],
  'package export': ['plan', 'out'],
  'package import': ['dry-run', 'json'],
  help: [],
};

function planIds(values: string[], extra: string[]): number[] {
  const ids = [...values, ...extra].flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (!ids.length) throw new UsageError('Lệnh package export cần --plan ID (một hoặc nhiều số kế hoạch, xem bằng lệnh stats).');
  return ids.map((v) => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`Số kế hoạch không hợp lệ: "${v}".`);
    return Number(v);
  });
}

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
        plan: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
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
  const [first, ...extra] = positionals;
  let name = first;
  if (!name) throw new UsageError('Thiếu tên lệnh.');
  if (name === 'package') {
    const sub = extra.shift();
    if (sub !== 'export' && sub !== 'import') throw new UsageError('Lệnh package cần "export" hoặc "import".');
    name = `package ${sub}`;
  }
  const allowed = ALLOWED[name];
  if (!allowed) throw new UsageError(`Không có lệnh "${name}".`);
  for (const flag of FLAGS) {
    if (values[flag] !== undefined && !allowed.includes(flag)) {
      throw new UsageError(`Lệnh "${name}" không nhận tùy chọn --${flag}.`);
    }
  }
  const takesFile = name === 'restore' || name === 'package import';
  const takesPlans = name === 'package export';
  if (!takesFile && !takesPlans && extra.length) throw new UsageError(`Thừa tham số: ${extra.join(' ')}`);
  if (takesFile && extra.length > 1) throw new UsageError(`Thừa tham số: ${extra.slice(1).join(' ')}`);
  const file = extra[0];
  switch (name) {
    case 'stats':
      return { dataDir, command: { name, json: !!values.json } };
    case 'seed':
      return { dataDir, command: { name, reset: !!values.reset } };
    case 'backup':
      if (!values.out) throw new UsageError('Lệnh backup cần --out TỆP.');
      return { dataDir, command: { name, out: values.out } };
    case 'backups':
    case 'check':
      return { dataDir, command: { name, json: !!values.json } };
    case 'restore':
      if (!file) throw new UsageError('Lệnh restore cần TỆP sao lưu (xem danh sách bằng lệnh backups).');
      return { dataDir, command: { name, file } };
    case 'package export':
      if (!values.out) throw new UsageError('Lệnh package export cần --out TỆP.');
      if (!values.plan?.length && extra.length) throw new UsageError(`Thừa tham số: ${extra.join(' ')}`);
      return { dataDir, command: { name: 'package-export', planIds: planIds(values.plan ?? [], extra), out: values.out } };
    case 'package import':
      if (!file) throw new UsageError('Lệnh package import cần TỆP gói (.plandesk).');
      return { dataDir, command: { name: 'package-import', file, dryRun: !!values['dry-run'], json: !!values.json } };
    default:
      return { dataDir, command: { name: 'help' } };
  }
}
