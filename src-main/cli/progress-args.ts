/** CLI parsing for periods, progress, templates, import of returned templates and status. */
import { parseVnDate } from '../core/vn/dates';
import { parseVnNumber } from '../core/vn/numbers';
import { UsageError } from './usage-error';

export const PROGRESS_USAGE = `
  periods generate --plan ID [--kinds quarter,half,year,review,final] [--from NĂM] [--to NĂM] [--json]
                         Tạo các kỳ báo cáo theo chế độ báo cáo của kế hoạch (không tạo trùng)
  periods list --plan ID [--json]      Liệt kê kỳ báo cáo (kèm mã kỳ)
  periods lock --period ID [--note GHI_CHÚ] | periods unlock --period ID --reason LÝ_DO
  progress set --period ID (--task ID|MÃ | --target ID|MÃ) [--org ID|KHÓA] [--status TRẠNG_THÁI]
               [--result VĂN_BẢN] [--actual SỐ] [--met dat|khong-dat] [--completed dd/mm/yyyy]
               [--evidence SỐ_KÝ_HIỆU] [--evidence-date dd/mm/yyyy] [--note GHI_CHÚ]
               [--reason LÝ_DO (đổi trạng thái thủ công)] [--reported dd/mm/yyyy] [--json]
  export template --plan ID --period ID [--org ID] --out TỆP.xlsx|TỆP.zip
                         Biểu mẫu thu thập tiến độ (một đơn vị; không có --org: mỗi đơn vị một trang,
                         hoặc .zip mỗi đơn vị một tệp)
  import TỆP... --kind progress [--plan ID] --period ID [--org ID|KHÓA] [--received dd/mm/yyyy] [--accept-suggestions] [--dry-run] [--json]
                         Nhập biểu mẫu đơn vị gửi lại (TỆP có thể là thư mục)
  status --plan ID --period ID [--json]  Thống kê trạng thái, theo phòng, đơn vị chưa báo cáo`;

export const PROGRESS_OPTIONS = {
  plan: { type: 'string' },
  period: { type: 'string' },
  org: { type: 'string' },
  task: { type: 'string' },
  target: { type: 'string' },
  status: { type: 'string' },
  result: { type: 'string' },
  actual: { type: 'string' },
  met: { type: 'string' },
  completed: { type: 'string' },
  evidence: { type: 'string' },
  'evidence-date': { type: 'string' },
  note: { type: 'string' },
  reason: { type: 'string' },
  reported: { type: 'string' },
  received: { type: 'string' },
  kind: { type: 'string' },
  kinds: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'accept-suggestions': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
} as const;

type Values = Record<string, string | boolean | undefined>;

export type ProgressCommand =
  | { name: 'periods'; action: 'generate'; planId: number; kinds?: Array<'quarter' | 'half' | 'year' | 'review' | 'final'>; fromYear?: number; toYear?: number; json: boolean }
  | { name: 'periods'; action: 'list'; planId: number; json: boolean }
  | { name: 'periods'; action: 'lock'; periodId: number; note: string | null }
  | { name: 'periods'; action: 'unlock'; periodId: number; reason: string }
  | {
      name: 'progress-set';
      periodId: number;
      task?: string;
      target?: string;
      org?: string;
      status?: string;
      result?: string;
      actual?: number;
      met?: boolean;
      completed?: string;
      evidence?: string;
      evidenceDate?: string;
      note?: string;
      reason?: string;
      reported?: string;
      json: boolean;
    }
  | { name: 'export-template'; planId: number; periodId: number; orgId?: number; out: string }
  | { name: 'import-progress'; files: string[]; kind: string; planId?: number; periodId: number; org?: string; received?: string; accept: boolean; dryRun: boolean; json: boolean }
  | { name: 'status'; planId: number; periodId: number; json: boolean };

export const PROGRESS_COMMANDS = ['periods', 'progress', 'export', 'import', 'status'];

const ALLOWED: Record<string, string[]> = {
  'periods generate': ['plan', 'kinds', 'from', 'to', 'json'],
  'periods list': ['plan', 'json'],
  'periods lock': ['period', 'note'],
  'periods unlock': ['period', 'reason'],
  'progress set': ['period', 'task', 'target', 'org', 'status', 'result', 'actual', 'met', 'completed', 'evidence', 'evidence-date', 'note', 'reason', 'reported', 'json'],
  'export template': ['plan', 'period', 'org', 'out'],
  import: ['kind', 'plan', 'period', 'org', 'received', 'accept-suggestions', 'dry-run', 'json'],
  status: ['plan', 'period', 'json'],
};

function idOf(v: Values, flag: string, required: true): number;
function idOf(v: Values, flag: string, required: false): number | undefined;
function idOf(v: Values, flag: string, required: boolean): number | undefined {
  const raw = v[flag];
  if (raw === undefined) {
    if (required) throw new UsageError(`Thiếu --${flag} ID.`);
    return undefined;
  }
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || n <= 0) throw new UsageError(`--${flag} cần một mã số (số nguyên dương), không phải "${String(raw)}".`);
  return n;
}

function dateOf(v: Values, flag: string): string | undefined {
  const raw = v[flag];
  if (raw === undefined) return undefined;
  const d = typeof raw === 'string' ? parseVnDate(raw) : null;
  if (!d) throw new UsageError(`--${flag} "${String(raw)}" không phải ngày hợp lệ; hãy ghi theo dạng dd/mm/yyyy (ví dụ 10/04/2026).`);
  return d;
}

function str(v: Values, flag: string): string | undefined {
  const raw = v[flag];
  return typeof raw === 'string' ? raw : undefined;
}

function yearOf(v: Values, flag: string): number | undefined {
  const raw = str(v, flag);
  if (raw === undefined) return undefined;
  if (!/^\d{4}$/.test(raw)) throw new UsageError(`--${flag} cần một năm (ví dụ 2026).`);
  return Number(raw);
}

export function parseProgressCommand(name: string, positionals: string[], v: Values): ProgressCommand {
  const sub = name === 'import' || name === 'status' ? '' : (positionals[0] ?? '');
  const key = sub ? `${name} ${sub}` : name;
  const allowed = ALLOWED[key];
  if (!allowed) throw new UsageError(sub ? `Không có lệnh "${key}".` : `Lệnh "${name}" cần thêm lệnh con (xem --help).`);
  for (const flag of Object.keys(v)) {
    if (flag === 'data-dir' || v[flag] === undefined) continue;
    if (!allowed.includes(flag)) throw new UsageError(`Lệnh "${key}" không nhận tùy chọn --${flag}.`);
  }
  const rest = sub ? positionals.slice(1) : positionals;
  if (name !== 'import' && rest.length) throw new UsageError(`Thừa tham số: ${rest.join(' ')}`);
  const json = !!v.json;
  switch (key) {
    case 'periods generate': {
      const kinds = str(v, 'kinds')?.split(',').map((k) => k.trim());
      const valid = ['quarter', 'half', 'year', 'review', 'final'] as const;
      const bad = kinds?.filter((k) => !(valid as readonly string[]).includes(k));
      if (bad?.length) throw new UsageError(`--kinds chỉ nhận: ${valid.join(', ')} (không có "${bad.join(', ')}").`);
      return { name: 'periods', action: 'generate', planId: idOf(v, 'plan', true), kinds: kinds as typeof valid[number][] | undefined, fromYear: yearOf(v, 'from'), toYear: yearOf(v, 'to'), json };
    }
    case 'periods list':
      return { name: 'periods', action: 'list', planId: idOf(v, 'plan', true), json };
    case 'periods lock':
      return { name: 'periods', action: 'lock', periodId: idOf(v, 'period', true), note: str(v, 'note') ?? null };
    case 'periods unlock': {
      const reason = str(v, 'reason');
      if (!reason) throw new UsageError('Mở khóa kỳ báo cáo cần --reason LÝ_DO.');
      return { name: 'periods', action: 'unlock', periodId: idOf(v, 'period', true), reason };
    }
    case 'progress set': {
      const task = str(v, 'task');
      const target = str(v, 'target');
      if ((task === undefined) === (target === undefined)) throw new UsageError('progress set cần đúng một trong --task hoặc --target.');
      let actual: number | undefined;
      const a = str(v, 'actual');
      if (a !== undefined) {
        const n = parseVnNumber(a) ?? (/^-?\d+(\.\d+)?$/.test(a) ? Number(a) : null);
        if (n === null) throw new UsageError(`--actual "${a}" không phải số (ví dụ 86,5).`);
        actual = n;
      }
      const metRaw = str(v, 'met');
      if (metRaw !== undefined && !['dat', 'khong-dat'].includes(metRaw)) throw new UsageError('--met nhận "dat" hoặc "khong-dat".');
      return {
        name: 'progress-set',
        periodId: idOf(v, 'period', true),
        task,
        target,
        org: str(v, 'org'),
        status: str(v, 'status'),
        result: str(v, 'result'),
        actual,
        met: metRaw === undefined ? undefined : metRaw === 'dat',
        completed: dateOf(v, 'completed'),
        evidence: str(v, 'evidence'),
        evidenceDate: dateOf(v, 'evidence-date'),
        note: str(v, 'note'),
        reason: str(v, 'reason'),
        reported: dateOf(v, 'reported'),
        json,
      };
    }
    case 'export template': {
      const out = str(v, 'out');
      if (!out) throw new UsageError('Lệnh export template cần --out TỆP.xlsx (hoặc TỆP.zip).');
      if (!/\.(xlsx|zip)$/i.test(out)) throw new UsageError('--out phải là tệp .xlsx (một tệp) hoặc .zip (mỗi đơn vị một tệp).');
      return { name: 'export-template', planId: idOf(v, 'plan', true), periodId: idOf(v, 'period', true), orgId: idOf(v, 'org', false), out };
    }
    case 'import': {
      if (rest.length === 0) throw new UsageError('Lệnh import cần ít nhất một TỆP.');
      const kind = str(v, 'kind');
      if (!kind) throw new UsageError('Lệnh import cần --kind (ví dụ --kind progress cho biểu mẫu tiến độ).');
      if (kind !== 'progress') throw new UsageError(`Loại dữ liệu "${kind}" chưa được hỗ trợ; hiện chỉ nhập được --kind progress (biểu mẫu tiến độ).`);
      return {
        name: 'import-progress',
        files: rest,
        kind,
        planId: idOf(v, 'plan', false),
        periodId: idOf(v, 'period', true),
        org: str(v, 'org'),
        received: dateOf(v, 'received'),
        accept: !!v['accept-suggestions'],
        dryRun: !!v['dry-run'],
        json,
      };
    }
    case 'status':
      return { name: 'status', planId: idOf(v, 'plan', true), periodId: idOf(v, 'period', true), json };
  }
  throw new UsageError(`Không có lệnh "${key}".`);
}
