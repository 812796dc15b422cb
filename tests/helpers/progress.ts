/**
 * Progress entries written straight into the tables of the progress issue (plain SQL
 * inserts), so report drafts can be built and checked before progress editing exists.
 */
import type Database from 'better-sqlite3';

export interface EntrySpec {
  taskCode?: string;
  targetCode?: string;
  status: string;
  result?: string;
  reason?: string;
  note?: string;
  actual?: number;
  actualText?: string;
  evidence?: [string, string];
  reporter?: string;
}

export function insertEntries(db: Database.Database, planId: number, periodId: number, specs: EntrySpec[]): void {
  const taskId = db.prepare('SELECT id FROM tasks WHERE plan_id = ? AND code = ?');
  const targetId = db.prepare('SELECT id FROM targets WHERE plan_id = ? AND code = ?');
  const orgId = db.prepare('SELECT id FROM organizations WHERE name = ?');
  const insert = db.prepare(
    `INSERT INTO progress_entries (period_id, task_id, target_id, reporter_org_id, status, override_reason, result_text, actual_value, actual_text, evidence_number, evidence_date, note, reported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    specs.forEach((s, i) => {
      const t = s.taskCode ? (taskId.get(planId, s.taskCode) as { id: number } | undefined)?.id : null;
      const g = s.targetCode ? (targetId.get(planId, s.targetCode) as { id: number } | undefined)?.id : null;
      if (t === undefined || g === undefined) throw new Error(`no such code in plan ${planId}: ${s.taskCode ?? s.targetCode}`);
      const org = s.reporter ? ((orgId.get(s.reporter) as { id: number } | undefined)?.id ?? null) : null;
      insert.run(
        periodId,
        t ?? null,
        g ?? null,
        org,
        s.status,
        s.reason ?? null,
        s.result ?? null,
        s.actual ?? null,
        s.actualText ?? null,
        s.evidence?.[0] ?? null,
        s.evidence?.[1] ?? null,
        s.note ?? null,
        `2026-03-${String(10 + (i % 5)).padStart(2, '0')}T08:00:00Z`,
      );
    });
  })();
}

const RESULTS = [
  'Đã ban hành Kế hoạch triển khai và tổ chức hội nghị quán triệt đến 100% cơ sở giáo dục trực thuộc',
  'Đã trình UBND thành phố dự thảo Đề án; tiếp thu ý kiến của các sở, ngành liên quan',
  'Đã hoàn thành rà soát, tổng hợp số liệu của 114 xã, phường, đặc khu',
  'Đã tổ chức 03 lớp tập huấn cho 450 cán bộ quản lý, giáo viên',
  'Đã ký kết thỏa thuận hợp tác với 02 trường đại học nước ngoài',
];

/** A believable Quý I/2026 for a plan: every kind of task status, figures near the plan's for targets. */
export function sampleQuarterEntries(tasks: Array<{ code: string }>, targets: Array<{ code: string; targetValue: number | null }>): EntrySpec[] {
  const statuses = ['done_on_time', 'in_progress', 'in_progress', 'done_on_time', 'in_progress', 'done_late', 'overdue', 'not_started', 'in_progress', 'in_progress'];
  const taskEntries: EntrySpec[] = tasks.slice(0, Math.ceil(tasks.length * 0.9)).map(({ code }, i) => {
    const status = statuses[i % statuses.length]!;
    return {
      taskCode: code,
      status,
      reporter: 'Văn phòng Sở',
      ...(status.startsWith('done')
        ? { result: RESULTS[i % RESULTS.length], evidence: [`${String(10 + i).padStart(2, '0')}/KH-SGDĐT`, `2026-02-${String(1 + (i % 27)).padStart(2, '0')}`] as [string, string] }
        : {}),
      ...(status === 'overdue' ? { reason: 'Chờ hướng dẫn của Bộ Giáo dục và Đào tạo; kinh phí thực hiện chưa được bố trí' } : {}),
      ...(status === 'in_progress' ? { result: 'Đang xây dựng dự thảo, lấy ý kiến các phòng liên quan' } : {}),
    };
  });
  const targetEntries: EntrySpec[] = targets.slice(0, Math.ceil(targets.length * 0.6)).map(({ code, targetValue }, i) => {
    const lagging = i % 7 === 3;
    const factor = lagging ? 0.8 : i % 3 === 0 ? 1.02 : 0.93;
    return {
      targetCode: code,
      status: lagging ? 'overdue' : i % 3 === 0 ? 'done_on_time' : 'in_progress',
      ...(targetValue !== null ? { actual: Math.round(targetValue * factor * 10) / 10 } : { actualText: i % 3 === 0 ? 'Đạt' : 'Đang triển khai' }),
      ...(lagging ? { reason: 'Thiếu giáo viên; cơ sở vật chất chưa đáp ứng yêu cầu' } : {}),
    };
  });
  return [...taskEntries, ...targetEntries];
}
