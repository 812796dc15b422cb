/** The registry rows as a tree (parent → children), filtered by a folded query that keeps ancestors. */
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { compareText } from '../../collate';

export type OrgRow = MethodOutput<'registry.tree'>[number];
export type OrgNode = OrgRow & { children?: OrgNode[] };

export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function matches(o: OrgRow, q: string): boolean {
  return [o.name, o.shortName ?? '', ...o.aliases.map((a) => a.alias)].some((t) => foldText(t).includes(q));
}

export function buildTree(rows: OrgRow[], query: string): OrgNode[] {
  const q = foldText(query);
  const byParent = new Map<number | null, OrgRow[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    const parent = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(r);
    byParent.set(parent, list);
  }
  const visit = (parent: number | null, seen: Set<number>): OrgNode[] =>
    (byParent.get(parent) ?? [])
      .filter((r) => !seen.has(r.id))
      .sort((a, b) => compareText(a.name, b.name))
      .flatMap((r) => {
        const children = visit(r.id, new Set([...seen, r.id]));
        if (q && !matches(r, q) && children.length === 0) return [];
        return [children.length ? { ...r, children } : { ...r }];
      });
  return visit(null, new Set());
}

/** Ids on the path from the root to an organisation (to open the tree there). */
export function pathTo(rows: OrgRow[], id: number): number[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const path: number[] = [];
  let at = byId.get(id);
  while (at && !path.includes(at.id)) {
    path.unshift(at.id);
    at = at.parentId !== null ? byId.get(at.parentId) : undefined;
  }
  return path;
}
