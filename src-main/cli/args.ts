/**
 * Command-line parsing for the CLI door: global --data-dir, one command (with an optional
 * sub-command: "export plan", "package import"), its flags. Each command declares the flags
 * it takes; any other flag is a usage error (exit 2).
 */
import { parseArgs } from 'node:util';
import { parseExportCommand, type ExportCommand } from './export-args';
import { parseProgressCommand, PROGRESS_OPTIONS, PROGRESS_USAGE, type ProgressCommand } from './progress-args';
import { UsageError } from './usage-error';

export { UsageError };

export const IMPORT_KINDS = ['tasks', 'targets', 'progress'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

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
  search TỪ_KHÓA [--json] Tìm trong văn bản, kế hoạch, mục, nhiệm vụ, chỉ tiêu, đơn vị
                         (không phân biệt hoa thường, có dấu hay không dấu)
  import TỆP [--dry-run] [--json] [--plan ID] [--kind tasks|targets|progress]
                         Nhập bảng nhiệm vụ / chỉ tiêu từ tệp .xlsx hoặc .docx vào kế hoạch ID;
                         --dry-run: chỉ đọc và báo cáo, không ghi gì (mã thoát 3 nếu tệp không dùng được)
  export plan --plan SỐ --format docx|xlsx --out TỆP [--force]
                         Xuất kế hoạch ra Word (thể thức Nghị định 30) hoặc phụ lục Excel
  export report --plan SỐ --period SỐ --out TỆP.docx [--xlsx TỆP.xlsx] [--force]
                         Dự thảo báo cáo kết quả thực hiện kế hoạch theo kỳ, kèm phụ lục Excel
                         (không ghi đè tệp đã có, trừ khi có --force)${PROGRESS_USAGE}

Thư mục dữ liệu: --data-dir, hoặc biến PLANDESK_DATA_DIR, mặc định thư mục dữ liệu của ứng dụng.`;

export type Command =
  | { name: 'stats'; json: boolean }
  | { name: 'seed'; reset: boolean }
  | { name: 'backup'; out: string }
  | { name: 'search'; query: string; json: boolean }
  | { name: 'backups'; json: boolean }
  | { name: 'restore'; file: string }
  | { name: 'check'; json: boolean }
  | { name: 'package-export'; planIds: number[]; out: string }
  | { name: 'package-import'; file: string; dryRun: boolean; json: boolean }
  | { name: 'import'; file: string; dryRun: boolean; json: boolean; planId: number | undefined; kind: ImportKind | undefined }
  | ExportCommand
  | ProgressCommand
  | { name: 'help' };

export interface ParsedArgs {
  dataDir: string | undefined;
  command: Command;
}

const OPTIONS = {
  ...PROGRESS_OPTIONS,
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  reset: { type: 'boolean' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  plan: { type: 'string', multiple: true },
  kind: { type: 'string' },
  period: { type: 'string' },
  format: { type: 'string' },
  xlsx: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Flag values with single-valued flags as plain strings (the last one given wins). */
export interface Flags {
  json?: boolean;
  reset?: boolean;
  out?: string;
  'dry-run'?: boolean;
  plan?: string;
  plans: string[];
  kind?: string;
  period?: string;
  format?: string;
  xlsx?: string;
  force?: boolean;
  received?: string;
  'accept-suggestions'?: boolean;
}

type Values = Record<string, string | boolean | undefined>;

interface CommandSpec {
  flags: ReadonlyArray<keyof typeof OPTIONS>;
  /** how many positional arguments follow the command words */
  positionals: 'none' | 'one' | 'many';
  parse(positional: string | undefined, f: Flags, v: Values, all: string[]): Command;
}

/** A progress command (periods, progress set, export template, status): parsed by progress-args. */
function progressSpec(name: string, flags: ReadonlyArray<keyof typeof OPTIONS>): CommandSpec {
  const [word, sub] = name.split(' ') as [string, string | undefined];
  return { flags, positionals: 'none', parse: (_p, _f, v) => parseProgressCommand(word, sub ? [sub] : [], v) };
}

const COMMANDS: Record<string, CommandSpec> = {
  stats: { flags: ['json'], positionals: 'none', parse: (_p, f) => ({ name: 'stats', json: !!f.json }) },
  seed: { flags: ['reset'], positionals: 'none', parse: (_p, f) => ({ name: 'seed', reset: !!f.reset }) },
  backup: {
    flags: ['out'],
    positionals: 'none',
    parse: (_p, f) => {
      if (!f.out) throw new UsageError('Lệnh backup cần --out TỆP.');
      return { name: 'backup', out: f.out };
    },
  },
  backups: { flags: ['json'], positionals: 'none', parse: (_p, f) => ({ name: 'backups', json: !!f.json }) },
  check: { flags: ['json'], positionals: 'none', parse: (_p, f) => ({ name: 'check', json: !!f.json }) },
  restore: {
    flags: [],
    positionals: 'one',
    parse: (p) => {
      if (!p) throw new UsageError('Lệnh restore cần TỆP sao lưu (xem danh sách bằng lệnh backups).');
      return { name: 'restore', file: p };
    },
  },
  'package export': {
    flags: ['plan', 'out'],
    positionals: 'many',
    parse: (_p, f, _v, all) => {
      if (!f.out) throw new UsageError('Lệnh package export cần --out TỆP.');
      return { name: 'package-export', planIds: planIds(f.plans, all), out: f.out };
    },
  },
  'package import': {
    flags: ['dry-run', 'json'],
    positionals: 'one',
    parse: (p, f) => {
      if (!p) throw new UsageError('Lệnh package import cần TỆP gói (.plandesk).');
      return { name: 'package-import', file: p, dryRun: !!f['dry-run'], json: !!f.json };
    },
  },
  search: {
    flags: ['json'],
    positionals: 'many',
    // the words as they come, quoted or not
    parse: (_p, f, _v, all) => {
      const query = all.join(' ').trim();
      if (!query) throw new UsageError('Lệnh search cần từ khóa, ví dụ: search "chuyển đổi số".');
      return { name: 'search', query, json: !!f.json };
    },
  },
  import: {
    flags: ['json', 'dry-run', 'plan', 'kind', 'period', 'received', 'accept-suggestions'],
    positionals: 'many',
    // returned progress templates (one or more files or folders) go to the progress module
    parse: (p, f, v, all) => (f.kind === 'progress' ? parseProgressCommand('import', all, v) : importCommand(p, f, all)),
  },
  'periods generate': progressSpec('periods generate', ['plan', 'kinds', 'from', 'to', 'json']),
  'periods list': progressSpec('periods list', ['plan', 'json']),
  'periods lock': progressSpec('periods lock', ['period', 'note']),
  'periods unlock': progressSpec('periods unlock', ['period', 'reason']),
  'progress set': progressSpec('progress set', [
    'period',
    'task',
    'target',
    'org',
    'status',
    'result',
    'actual',
    'met',
    'completed',
    'evidence',
    'evidence-date',
    'note',
    'reason',
    'reported',
    'json',
  ]),
  status: progressSpec('status', ['plan', 'period', 'json']),
  'export plan': { flags: ['out', 'plan', 'format', 'force'], positionals: 'none', parse: (_p, f) => parseExportCommand('plan', f) },
  'export report': {
    flags: ['out', 'plan', 'period', 'xlsx', 'force'],
    positionals: 'none',
    parse: (_p, f) => parseExportCommand('report', f),
  },
  'export template': progressSpec('export template', ['plan', 'period', 'org', 'out']),
};

const GROUPS = new Set(Object.keys(COMMANDS).filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    const opt = /'(-[^']*)'/.exec((e as Error).message)?.[1];
    throw new UsageError(opt ? `Tùy chọn không hợp lệ hoặc thiếu giá trị: ${opt}.` : 'Tùy chọn không hợp lệ.');
  }
  const { values, positionals } = parsed;
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') throw new UsageError('--data-dir cần một đường dẫn thư mục.');
  if (values.help) return { dataDir, command: { name: 'help' } };
  const [first, ...rest] = positionals;
  if (!first) throw new UsageError('Thiếu tên lệnh.');
  let name = first;
  if (GROUPS.has(first)) {
    const sub = rest.shift();
    const subs = Object.keys(COMMANDS)
      .filter((k) => k.startsWith(`${first} `))
      .map((k) => k.slice(first.length + 1));
    if (!sub || !subs.includes(sub)) {
      const choices = subs.map((s) => `"${s}"`).join(' hoặc ');
      throw new UsageError(sub ? `Không có lệnh "${first} ${sub}"; lệnh ${first} cần ${choices}.` : `Lệnh ${first} cần ${choices}.`);
    }
    name = `${first} ${sub}`;
  }
  const spec = COMMANDS[name];
  if (!spec) throw new UsageError(`Không có lệnh "${name}".`);
  for (const flag of Object.keys(OPTIONS) as Array<keyof typeof OPTIONS>) {
    if (flag === 'data-dir' || flag === 'help') continue;
    if (values[flag] !== undefined && !spec.flags.includes(flag)) throw new UsageError(`Lệnh "${name}" không nhận tùy chọn --${flag}.`);
  }
  const max = spec.positionals === 'many' ? Infinity : spec.positionals === 'one' ? 1 : 0;
  if (rest.length > max) throw new UsageError(`Thừa tham số: ${rest.slice(max).join(' ')}`);
  const flags: Flags = { ...values, plan: values.plan?.at(-1), plans: values.plan ?? [] };
  const v: Values = {};
  for (const [k, x] of Object.entries(flags)) if (x !== undefined && k !== 'plans' && k !== 'data-dir' && k !== 'help') v[k] = x as string | boolean;
  return { dataDir, command: spec.parse(rest[0], flags, v, rest) };
}

/** "--plan 1 --plan 2", "--plan 1,2" or "--plan 1 2": plan ids for a package. */
function planIds(values: string[], extra: string[]): number[] {
  const ids = [...values, ...extra].flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (!ids.length) throw new UsageError('Lệnh package export cần --plan ID (một hoặc nhiều số kế hoạch, xem bằng lệnh stats).');
  return ids.map((v) => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`Số kế hoạch không hợp lệ: "${v}".`);
    return Number(v);
  });
}

function importCommand(file: string | undefined, values: Flags, all: string[]): Command {
  if (!file) throw new UsageError('Lệnh import cần đường dẫn tệp .xlsx hoặc .docx.');
  if (all.length > 1) throw new UsageError(`Thừa tham số: ${all.slice(1).join(' ')} (mỗi lần nhập một tệp; nhiều tệp chỉ dùng với --kind progress).`);
  for (const flag of ['period', 'received', 'accept-suggestions'] as const) {
    if (values[flag as keyof Flags] !== undefined) throw new UsageError(`Tùy chọn --${flag} chỉ dùng với --kind progress.`);
  }
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
