/** Command-line parsing for the CLI door: global --data-dir, one command, its flags. */
import { parseArgs } from 'node:util';
import { UsageError } from './args-error';
import { parseExportCommand, type ExportCommand } from './export-args';

export { UsageError };

export const USAGE = `Cách dùng: npm run cli -- [--data-dir THƯ_MỤC] <lệnh> [tùy chọn]

Lệnh:
  stats [--json]         Thống kê văn bản, đơn vị, kế hoạch (số nhiệm vụ, chỉ tiêu)
  seed [--reset]         Nạp dữ liệu mặc định vào cơ sở dữ liệu trống;
                         --reset: thay toàn bộ dữ liệu bằng dữ liệu mặc định (tự sao lưu trước)
  backup --out TỆP       Sao lưu trực tuyến nhất quán cơ sở dữ liệu ra TỆP
  export plan --plan SỐ --format docx|xlsx --out TỆP [--force]
                         Xuất kế hoạch ra Word (thể thức Nghị định 30) hoặc phụ lục Excel
  export report --plan SỐ --period SỐ --out TỆP.docx [--xlsx TỆP.xlsx] [--force]
                         Dự thảo báo cáo kết quả thực hiện kế hoạch theo kỳ, kèm phụ lục Excel
                         (không ghi đè tệp đã có, trừ khi có --force)

Thư mục dữ liệu: --data-dir, hoặc biến PLANDESK_DATA_DIR, mặc định thư mục dữ liệu của ứng dụng.`;

export type Command =
  | { name: 'stats'; json: boolean }
  | { name: 'seed'; reset: boolean }
  | { name: 'backup'; out: string }
  | ExportCommand
  | { name: 'help' };

export interface ParsedArgs {
  dataDir: string | undefined;
  command: Command;
}

const ALLOWED: Record<string, string[]> = {
  stats: ['json'],
  seed: ['reset'],
  backup: ['out'],
  export: ['out', 'plan', 'period', 'format', 'xlsx', 'force'],
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
        plan: { type: 'string' },
        period: { type: 'string' },
        format: { type: 'string' },
        xlsx: { type: 'string' },
        force: { type: 'boolean' },
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
  const [sub, ...extra] = name === 'export' ? rest : [undefined, ...rest];
  if (extra.length) throw new UsageError(`Thừa tham số: ${extra.join(' ')}`);
  const allowed = ALLOWED[name];
  if (!allowed) throw new UsageError(`Không có lệnh "${name}".`);
  for (const flag of ['json', 'reset', 'out', 'plan', 'period', 'format', 'xlsx', 'force'] as const) {
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
    case 'export':
      return { dataDir, command: parseExportCommand(sub, values) };
    default:
      return { dataDir, command: { name: 'help' } };
  }
}
