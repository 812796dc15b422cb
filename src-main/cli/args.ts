/** Command-line parsing for the CLI door: global --data-dir, one command, its flags. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `Cách dùng: npm run cli -- [--data-dir THƯ_MỤC] <lệnh> [tùy chọn]

Lệnh:
  stats [--json]         Thống kê văn bản, đơn vị, kế hoạch (số nhiệm vụ, chỉ tiêu)
  seed [--reset]         Nạp dữ liệu mặc định vào cơ sở dữ liệu trống;
                         --reset: thay toàn bộ dữ liệu bằng dữ liệu mặc định (tự sao lưu trước)
  backup --out TỆP       Sao lưu trực tuyến nhất quán cơ sở dữ liệu ra TỆP
  search TỪ_KHÓA [--json] Tìm trong văn bản, kế hoạch, mục, nhiệm vụ, chỉ tiêu, đơn vị
                         (không phân biệt hoa thường, có dấu hay không dấu)

Thư mục dữ liệu: --data-dir, hoặc biến PLANDESK_DATA_DIR, mặc định thư mục dữ liệu của ứng dụng.`;

export type Command =
  | { name: 'stats'; json: boolean }
  | { name: 'seed'; reset: boolean }
  | { name: 'backup'; out: string }
  | { name: 'search'; query: string; json: boolean }
  | { name: 'help' };

export interface ParsedArgs {
  dataDir: string | undefined;
  command: Command;
}

const ALLOWED: Record<string, string[]> = {
  stats: ['json'],
  seed: ['reset'],
  backup: ['out'],
  search: ['json'],
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
  const [name, ...extra] = positionals;
  if (!name) throw new UsageError('Thiếu tên lệnh.');
  // search takes its words as they come (quoted or not); no other command takes any
  if (extra.length && name !== 'search') throw new UsageError(`Thừa tham số: ${extra.join(' ')}`);
  const allowed = ALLOWED[name];
  if (!allowed) throw new UsageError(`Không có lệnh "${name}".`);
  for (const flag of ['json', 'reset', 'out'] as const) {
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
    case 'search': {
      const query = extra.join(' ').trim();
      if (!query) throw new UsageError('Lệnh search cần từ khóa, ví dụ: search "chuyển đổi số".');
      return { dataDir, command: { name, query, json: !!values.json } };
    }
    default:
      return { dataDir, command: { name: 'help' } };
  }
}
