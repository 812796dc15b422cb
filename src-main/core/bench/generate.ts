/**
 * A generated ten-year office for benchmarks, deterministic from a seed and built from the
 * real seed plans' vocabulary: plans with groups, tasks, targets, departments, periods and
 * progress entries, plus organisations with aliases. Bulk inserts in large transactions.
 */
import { Core } from '../core';
import { parseDeadline } from '../vn/deadline';
import { parseMoneyDong } from '../vn/money';
import { parseTarget } from '../vn/target';
import { fold } from '../vn/text';
import { Random } from './random';
import { loadVocabulary, PLACE_NAMES } from './vocabulary';

export interface OfficeSize {
  years: number;
  plansPerYear: number;
  tasks: number;
  targets: number;
  organizations: number;
  progressEntries: number;
}

export const FULL_OFFICE: OfficeSize = {
  years: 10,
  plansPerYear: 60,
  tasks: 100_000,
  targets: 30_000,
  organizations: 1_000,
  progressEntries: 1_000_000,
};

export const QUICK_OFFICE: OfficeSize = {
  years: 2,
  plansPerYear: 15,
  tasks: 5_000,
  targets: 1_500,
  organizations: 200,
  progressEntries: 40_000,
};

const STATUSES = ['done_on_time', 'done_late', 'in_progress', 'overdue', 'not_started', 'dropped'] as const;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

export interface GeneratedOffice {
  plans: number;
  tasks: number;
  targets: number;
  organizations: number;
  periods: number;
  progressEntries: number;
  /** a plan with many tasks and entries, used by the plan-level cases */
  samplePlanId: number;
  samplePeriodId: number;
}

export function generateOffice(dataDir: string, size: OfficeSize, seed = 20261123): GeneratedOffice {
  const core = Core.open({ dataDir });
  // generated data, rebuilt at will: no fsync per plan, and a cache that holds the indexes
  core.db.pragma('synchronous = OFF');
  core.db.pragma('cache_size = -262144');
  try {
    return build(core, size, new Random(seed));
  } finally {
    core.close();
  }
}

function build(core: Core, size: OfficeSize, rnd: Random): GeneratedOffice {
  const db = core.db;
  const vocab = loadVocabulary();
  const firstYear = 2026 - size.years + 1;

  const insOrg = db.prepare(
    'INSERT INTO organizations (key, name, name_folded, short_name, kind, parent_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insAlias = db.prepare(
    'INSERT OR IGNORE INTO organization_aliases (organization_id, alias, alias_folded) VALUES (?, ?, ?)',
  );
  const departments = (db.prepare("SELECT id FROM organizations WHERE kind = 'department'").all() as { id: number }[]).map((r) => r.id);
  const soId = (db.prepare("SELECT id FROM organizations WHERE key = 'so-gddt'").get() as { id: number }).id;
  const orgIds: number[] = (db.prepare('SELECT id FROM organizations').all() as { id: number }[]).map((r) => r.id);

  db.transaction(() => {
    for (let i = orgIds.length; i < size.organizations; i++) {
      const place = `${rnd.pick(PLACE_NAMES)}${i >= PLACE_NAMES.length ? ` ${Math.floor(i / PLACE_NAMES.length)}` : ''}`;
      const kind = rnd.pick(['school', 'school', 'school', 'commune', 'centre'] as const);
      const name =
        kind === 'school'
          ? `Trường ${rnd.pick(['THPT', 'THCS', 'Tiểu học', 'Mầm non'])} ${place}`
          : kind === 'commune'
            ? `Ủy ban nhân dân ${rnd.pick(['xã', 'phường'])} ${place}`
            : `Trung tâm GDNN-GDTX ${place}`;
      const id = Number(insOrg.run(null, name, fold(name), null, kind, soId).lastInsertRowid);
      orgIds.push(id);
      insAlias.run(id, name.replace('Trường ', '').replace('Ủy ban nhân dân', 'UBND'), fold(name.replace('Trường ', '')));
      insAlias.run(id, fold(name).toUpperCase(), fold(name));
    }
  })();

  const insDoc = db.prepare(
    `INSERT INTO documents (kind, number_symbol, issuer_parent, issuer_agency, issuer_org_id, place, issued_date, summary, summary_folded,
       signer_authority, signer_position, signer_name, recipients_json, status)
     VALUES ('ke_hoach', ?, 'UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', ?, 'Hải Phòng', ?, ?, ?, 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Đỗ Thị Hòa', '["Lưu: VT, VP."]', 'issued')`,
  );
  const insPlan = db.prepare('INSERT INTO plans (document_id, period_text, period_start_year, period_end_year) VALUES (?, ?, ?, ?)');
  const insGroup = db.prepare('INSERT INTO task_groups (plan_id, code, title, position) VALUES (?, ?, ?, ?)');
  const insTask = db.prepare(
    `INSERT INTO tasks (plan_id, group_id, code, tt, position, title, title_folded, lead_text, coordinating_text, output, deadline_text,
       deadline_start, deadline_end, deadline_kind, departments_text, budget_text, budget_dong, funding_source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insTaskOrg = db.prepare('INSERT OR IGNORE INTO task_organizations (task_id, organization_id, role, position) VALUES (?, ?, ?, ?)');
  const insTaskDept = db.prepare('INSERT OR IGNORE INTO task_departments (task_id, organization_id, part_note, position) VALUES (?, ?, NULL, ?)');
  const insTGroup = db.prepare('INSERT INTO target_groups (plan_id, parent_id, code, tt, title, horizon_year, position) VALUES (?, NULL, ?, ?, ?, ?, ?)');
  const insTarget = db.prepare(
    `INSERT INTO targets (plan_id, group_id, code, tt, position, name, name_folded, unit, target_text, comparator, target_value, horizon_year)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insTargetDept = db.prepare('INSERT OR IGNORE INTO target_departments (target_id, organization_id, part_note, position) VALUES (?, ?, NULL, 0)');
  const insPeriod = db.prepare(
    'INSERT INTO reporting_periods (plan_id, kind, label, year, start_date, end_date, due_date, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insEntry = db.prepare(
    `INSERT INTO progress_entries (period_id, task_id, target_id, reporter_org_id, status, result_text, actual_value, completed_date, reported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const totalPlans = size.years * size.plansPerYear;
  const tasksPerPlan = Math.ceil(size.tasks / totalPlans);
  const targetsPerPlan = Math.ceil(size.targets / totalPlans);
  const entriesPerPlan = Math.ceil(size.progressEntries / totalPlans);
  const out: GeneratedOffice = { plans: 0, tasks: 0, targets: 0, organizations: orgIds.length, periods: 0, progressEntries: 0, samplePlanId: 0, samplePeriodId: 0 };

  for (let p = 0; p < totalPlans; p++) {
    db.transaction(() => {
      const year = firstYear + Math.floor(p / size.plansPerYear);
      const summary = `${rnd.pick(vocab.summaries)} (${p + 1})`;
      const docId = Number(
        insDoc.run(`${(p % size.plansPerYear) + 1}/KH-SGDĐT`, soId, `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`, summary, fold(summary)).lastInsertRowid,
      );
      const planId = Number(insPlan.run(docId, `${year}-${year + 4}`, year, year + 4).lastInsertRowid);
      out.plans++;
      const groupIds = ROMAN.map((code, i) => Number(insGroup.run(planId, code, vocab.groupTitles[i % vocab.groupTitles.length]!, i).lastInsertRowid));
      const taskIds: number[] = [];
      const remainingTasks = Math.min(tasksPerPlan, size.tasks - out.tasks);
      for (let t = 0; t < remainingTasks; t++) {
        const g = Math.floor((t * ROMAN.length) / remainingTasks);
        const tt = String(t - Math.ceil((g * remainingTasks) / ROMAN.length) + 1);
        const title = `${rnd.pick(vocab.taskTitles)}${rnd.chance(0.5) ? ` tại ${rnd.pick(PLACE_NAMES)}` : ''}`;
        const deadlineText = rnd.pick(vocab.deadlineTemplates).replace(/20\d\d/g, (y) => String(Number(y) - 2026 + year));
        const d = parseDeadline(deadlineText);
        const budget = rnd.chance(0.2) ? rnd.pick(vocab.budgets) : null;
        const lead = rnd.chance(0.8) ? soId : rnd.pick(orgIds);
        const taskId = Number(
          insTask.run(planId, groupIds[g]!, `${ROMAN[g]}.${tt}`, tt, t, title, fold(title), 'Sở Giáo dục và Đào tạo', 'Các Sở, ban, ngành liên quan',
            rnd.pick(vocab.outputs), deadlineText, d.start, d.end, d.kind, null, budget, parseMoneyDong(budget), budget ? rnd.pick(vocab.funding) : null).lastInsertRowid,
        );
        taskIds.push(taskId);
        insTaskOrg.run(taskId, lead, 'lead', 0);
        insTaskOrg.run(taskId, rnd.pick(orgIds), 'coordinating', 0);
        insTaskDept.run(taskId, rnd.pick(departments), 0);
        if (rnd.chance(0.3)) insTaskDept.run(taskId, rnd.pick(departments), 1);
        out.tasks++;
      }
      const horizonGroups = [0, 1, 2].map((i) => Number(insTGroup.run(planId, ROMAN[i]!, ROMAN[i]!, `Đến năm ${year + 4 + i * 5}`, year + 4 + i * 5, i).lastInsertRowid));
      const targetIds: number[] = [];
      const remainingTargets = Math.min(targetsPerPlan, size.targets - out.targets);
      for (let t = 0; t < remainingTargets; t++) {
        const h = t < remainingTargets * 0.8 ? 0 : t < remainingTargets * 0.95 ? 1 : 2;
        const text = rnd.pick(vocab.targetTexts);
        const parsed = parseTarget(text);
        const name = rnd.pick(vocab.targetNames);
        const targetId = Number(
          insTarget.run(planId, horizonGroups[h]!, h === 0 ? `${t + 1}` : `${ROMAN[h]}.${t + 1}`, `${t + 1}`, t, name, fold(name), rnd.pick(vocab.targetUnits),
            text, parsed.comparator, parsed.value, year + 4 + h * 5).lastInsertRowid,
        );
        targetIds.push(targetId);
        insTargetDept.run(targetId, rnd.pick(departments));
        out.targets++;
      }
      const periodIds: number[] = [];
      const periods: Array<[string, string, string, string, string]> = [
        ['quarter', `Quý I/${year}`, `${year - 1}-12-15`, `${year}-03-14`, `${year}-03-20`],
        ['quarter', `Quý II/${year}`, `${year}-03-15`, `${year}-06-14`, `${year}-06-20`],
        ['half', `6 tháng đầu năm ${year}`, `${year - 1}-12-15`, `${year}-06-14`, `${year}-06-20`],
        ['quarter', `Quý III/${year}`, `${year}-06-15`, `${year}-09-14`, `${year}-09-20`],
        ['quarter', `Quý IV/${year}`, `${year}-09-15`, `${year}-12-14`, `${year}-12-20`],
        ['year', `Năm ${year}`, `${year - 1}-12-15`, `${year}-12-14`, `${year}-12-10`],
      ];
      periods.forEach(([kind, label, start, end, due], i) => {
        periodIds.push(Number(insPeriod.run(planId, kind, label, year, start, end, due, i).lastInsertRowid));
        out.periods++;
      });
      const remainingEntries = Math.min(entriesPerPlan, size.progressEntries - out.progressEntries);
      const items = taskIds.length + targetIds.length;
      for (let e = 0; e < remainingEntries && items > 0; e++) {
        const period = periodIds[e % periodIds.length]!;
        const item = Math.floor(e / periodIds.length) % items;
        const isTask = item < taskIds.length;
        const status = rnd.pick(STATUSES);
        insEntry.run(
          period,
          isTask ? taskIds[item]! : null,
          isTask ? null : targetIds[item - taskIds.length]!,
          // one report per (period, item, body): each pass over the items uses another department
          departments[(Math.floor(e / (periodIds.length * items)) + item) % departments.length]!,
          status,
          status.startsWith('done') ? 'Đã hoàn thành, có văn bản kèm theo.' : 'Đang triển khai theo kế hoạch.',
          isTask ? null : rnd.int(0, 100),
          status.startsWith('done') ? `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-15` : null,
          `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-10`,
        );
        out.progressEntries++;
      }
      // the newest plan that holds tasks (the last plans may get none when the counts run out)
      if (taskIds.length > 0) {
        out.samplePlanId = planId;
        out.samplePeriodId = periodIds[5]!;
      }
    })();
  }
  db.pragma('optimize');
  return out;
}
