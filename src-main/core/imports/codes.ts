/**
 * Hierarchical codes, local to their table: a bare TT under a Roman group is qualified
 * with the group ("IV" and "1" give "IV.1"; a target "1" under "II. Đến năm 2035" gives
 * "II.1"), an already hierarchical one ("4.7.1") is kept, and so is a bare number in a
 * section that numbers its items hierarchically (seed 003's target "6" beside themes
 * 1–5 whose targets are "1.1" … "5.13"). Arabic sub-groups (themes) nest in their Roman
 * group ("I.1"); an item leaves a theme it does not belong to ("6.1" after theme 5).
 */
import type { GroupRef } from './types';

export type GroupLevel = 'letter' | 'roman' | 'arabic';

export type Entry =
  | { type: 'group'; index: number; level: GroupLevel; tt: string; title: string }
  | { type: 'item'; index: number; tt: string };

export interface Coded {
  code: string;
  groups: GroupRef[];
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

export function isRoman(s: string): boolean {
  return s !== '' && ROMAN.test(s);
}

/** "Đến năm 2030", "Tầm nhìn đến năm 2045" → 2030, 2045 */
export function horizonOf(title: string): number | null {
  const years = [...title.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  return years.length ? years[years.length - 1]! : null;
}

interface Open {
  level: GroupLevel;
  tt: string;
  ref: GroupRef;
}

/** Codes and group chains for items, in order; groups get their own codes too. */
export function assignCodes(entries: Entry[]): Map<number, Coded> {
  // which Roman sections number their items hierarchically
  const dotted = new Set<string>();
  let roman = '';
  for (const e of entries) {
    if (e.type === 'group' && e.level !== 'arabic') roman = e.level === 'roman' ? e.tt : '';
    if (e.type === 'item' && e.tt.includes('.')) dotted.add(roman);
  }
  const out = new Map<number, Coded>();
  let stack: Open[] = [];
  let lastItem: { tt: string; code: string; groups: GroupRef[] } | null = null;
  const romanOf = () => [...stack].reverse().find((o) => o.level === 'roman');
  for (const e of entries) {
    if (e.type === 'group') {
      if (e.level === 'letter') stack = [];
      if (e.level === 'roman') stack = stack.filter((o) => o.level === 'letter');
      if (e.level === 'arabic') stack = stack.filter((o) => o.level !== 'arabic');
      const parent = stack[stack.length - 1];
      const r = romanOf();
      const code = e.level === 'arabic' && r ? `${r.ref.code}.${e.tt}` : e.tt;
      const horizon = horizonOf(e.title) ?? (e.level === 'arabic' ? (parent?.ref.horizon ?? null) : null);
      const ref: GroupRef = { code, title: e.title, horizon: horizon ?? parent?.ref.horizon ?? null };
      stack.push({ level: e.level, tt: e.tt, ref });
      out.set(e.index, { code, groups: stack.map((o) => o.ref) });
      lastItem = null;
      continue;
    }
    if (/^[a-zđ]$/.test(e.tt) && lastItem) {
      out.set(e.index, { code: `${lastItem.code}.${e.tt}`, groups: lastItem.groups });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top?.level === 'arabic' && !e.tt.startsWith(`${top.tt}.`)) stack = stack.slice(0, -1);
    const r = romanOf();
    const code = e.tt.includes('.') || !r || dotted.has(r.tt) ? e.tt : `${r.ref.code}.${e.tt}`;
    const groups = stack.map((o) => o.ref);
    out.set(e.index, { code, groups });
    lastItem = { tt: e.tt, code, groups };
  }
  return out;
}
