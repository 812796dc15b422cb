/** tasks.rows / targets.rows: the rows a cell edit touched, exactly as plans.get shows them. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/api/dispatch';
import type { HandlerContext } from '../../../src-main/api/handlers';
import { getPlanDetail } from '../../../src-main/core/plans/service';
import { openCore, planIds, task } from './helpers';

describe('re-reading edited rows', () => {
  it('gives the edited task as plans.get does, and only the rows asked for', async () => {
    const core = openCore();
    const ctx: HandlerContext = { core, door: 'cli', version: 'test' };
    const { so, ctr } = planIds(core);
    const t = task(core, so, 'V.4');
    const edit = await dispatch(ctx, 'tasks.update', { id: t.id, patch: { deadlineText: 'Quý II năm 2026' } });
    expect(edit.ok).toBe(true);
    const r = await dispatch(ctx, 'tasks.rows', { planId: so, ids: [t.id] });
    if (!r.ok) throw new Error(r.error.message);
    const rows = r.value as Array<{ id: number; deadline: { start: string | null } }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.deadline.start).toBe('2026-04-01');
    expect(rows[0]).toEqual(getPlanDetail(core.sql, so).tasks.find((x) => x.id === t.id));
    // a row of another plan is not given (the caller then re-reads the plan)
    const other = await dispatch(ctx, 'tasks.rows', { planId: ctr, ids: [t.id] });
    expect(other.ok && other.value).toEqual([]);
    core.close();
  });

  it('gives targets with their departments', async () => {
    const core = openCore();
    const ctx: HandlerContext = { core, door: 'cli', version: 'test' };
    const { so } = planIds(core);
    const all = getPlanDetail(core.sql, so).targets;
    const ids = all.slice(0, 3).map((x) => x.id);
    const r = await dispatch(ctx, 'targets.rows', { planId: so, ids });
    expect(r.ok && r.value).toEqual(all.slice(0, 3));
    core.close();
  });
});
