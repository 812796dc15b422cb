/**
 * Resolve organisation names as printed ("Sở GDĐT; Sở Y tế", "- Văn phòng Sở") to the
 * registry, by folded name, short name or alias. Parts that match nothing are left for
 * the officer to pick; the printed text is always kept as typed.
 */
import type { Sql } from '../db/exec';
import { fold } from '../vn/text';
import { listOrganizations } from './repository';

export type OrgResolver = (text: string | null | undefined) => number[];

export function splitOrgText(text: string): string[] {
  return text
    .split(/[;\n]|,(?![^()]*\))/)
    .map((p) =>
      p
        .replace(/^\s*[-–•+]\s*/, '')
        .replace(/\(.*?\)/g, '')
        .replace(/^(chủ trì|phối hợp)\s*:\s*/i, '')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

export function orgResolver(sql: Sql): OrgResolver {
  const byName = new Map<string, number>();
  for (const o of listOrganizations(sql)) {
    for (const n of [o.name, o.shortName, ...o.aliases]) if (n) byName.set(fold(n), o.id);
  }
  return (text) => {
    if (!text) return [];
    const ids: number[] = [];
    for (const part of splitOrgText(text)) {
      const f = fold(part);
      const id = byName.get(f) ?? byName.get(f.replace(/^(phong|cac) /, ''));
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };
}
