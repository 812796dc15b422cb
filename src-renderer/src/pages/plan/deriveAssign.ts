/**
 * The department step of the derive wizard, as plain data: which phòng (with an optional
 * part note) each picked task of the higher plan gets. Bulk: the same departments given to
 * every selected row at once. Sent with plans.derive, so it is saved in the same transaction.
 */
export interface DeptValue {
  orgId: number;
  partNote: string | null;
}

export type Assignments = ReadonlyMap<number, readonly DeptValue[]>;

/** Add `orgIds` (with `partNote`, blank = none) to each task in `taskIds`; a department already there takes the new note. */
export function assign(current: Assignments, taskIds: readonly number[], orgIds: readonly number[], partNote: string): Map<number, DeptValue[]> {
  const note = partNote.trim() === '' ? null : partNote.trim();
  const out = new Map<number, DeptValue[]>([...current].map(([k, v]) => [k, [...v]]));
  for (const t of taskIds) {
    const list = out.get(t) ?? [];
    for (const orgId of orgIds) {
      const i = list.findIndex((d) => d.orgId === orgId);
      if (i >= 0) list[i] = { orgId, partNote: note };
      else list.push({ orgId, partNote: note });
    }
    if (list.length) out.set(t, list);
  }
  return out;
}

/** Remove every department of each task in `taskIds`. */
export function unassign(current: Assignments, taskIds: readonly number[]): Map<number, DeptValue[]> {
  const drop = new Set(taskIds);
  return new Map([...current].filter(([k]) => !drop.has(k)).map(([k, v]) => [k, [...v]]));
}

/** The `departments` input of plans.derive: only tasks still picked, only non-empty lists, in pick order. */
export function deriveDepartments(current: Assignments, pickedTaskIds: readonly number[]): Array<{ taskId: number; departments: DeptValue[] }> {
  return pickedTaskIds.flatMap((taskId) => {
    const list = current.get(taskId);
    return list?.length ? [{ taskId, departments: [...list] }] : [];
  });
}
