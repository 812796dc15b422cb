import { Core } from '../../../src-main/core/core';
import { tempDir } from '../../helpers/tmp';

export function openCore(): Core {
  return Core.open({ dataDir: tempDir() });
}

/** The Sở's 2026 plan (seed 003) and the 02-CTr/TU programme. */
export function planIds(core: Core): { so: number; ctr: number } {
  const rows = core.sql.all(core.sql.qb.selectFrom('plans as p').innerJoin('documents as d', 'd.id', 'p.document_id').select(['p.id', 'd.key']));
  return { so: rows.find((r) => r.key === 'kh-sgddt-2026-de-an-1042')!.id, ctr: rows.find((r) => r.key === 'ctr-02-tu')!.id };
}

export function task(core: Core, planId: number, code: string) {
  return core.sql.first(core.sql.qb.selectFrom('tasks').selectAll().where('plan_id', '=', planId).where('code', '=', code))!;
}

export function orgId(core: Core, shortName: string): number {
  return core.sql.first(core.sql.qb.selectFrom('organizations').select('id').where('short_name', '=', shortName))!.id;
}

export function counts(core: Core) {
  const n = (t: 'tasks' | 'targets' | 'audit_log' | 'task_groups' | 'plans' | 'document_links' | 'plan_blocks') =>
    core.sql.first(core.sql.qb.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')))!.n;
  return { tasks: n('tasks'), targets: n('targets'), audit: n('audit_log'), groups: n('task_groups'), plans: n('plans'), links: n('document_links'), blocks: n('plan_blocks') };
}

export function orderedCodes(core: Core, planId: number, groupCode: string): string[] {
  return core.sql
    .all(
      core.sql.qb
        .selectFrom('tasks as t')
        .innerJoin('task_groups as g', 'g.id', 't.group_id')
        .select('t.code')
        .where('t.plan_id', '=', planId)
        .where('g.code', '=', groupCode)
        .orderBy('t.position'),
    )
    .map((r) => r.code);
}
