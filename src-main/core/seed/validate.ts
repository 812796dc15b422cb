/**
 * Validate seed files (zod, then cross-references) and merge them into one seed.
 * Every failure names the file and the field, in Vietnamese.
 */
import {
  seedFileSchema,
  type SeedDocument,
  type SeedOrganization,
  type SeedTask,
} from '../../../seeds/schema';
import type { SeedSource } from '../../../seeds/index';
import { AppError } from '../errors';

export interface MergedSeed {
  organizations: SeedOrganization[];
  documents: Array<SeedDocument & { file: string }>;
}

function fail(file: string, path: Array<string | number | symbol>, message: string): never {
  const where = path.length ? `, trường ${path.map(String).join('.')}` : '';
  throw new AppError('SEED_INVALID', `Dữ liệu mẫu không hợp lệ — tệp ${file}${where}: ${message}`);
}

export function taskCode(t: Pick<SeedTask, 'code' | 'group' | 'tt'>): string {
  return t.code ?? `${t.group}.${t.tt}`;
}

export function validateSeeds(sources: readonly SeedSource[]): MergedSeed {
  const orgs = new Map<string, SeedOrganization & { file: string }>();
  const docs = new Map<string, SeedDocument & { file: string }>();

  for (const source of sources) {
    const parsed = seedFileSchema.safeParse(source.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(source.name, issue?.path ?? [], issue?.message ?? 'không đúng định dạng');
    }
    parsed.data.organizations.forEach((o, i) => {
      const prev = orgs.get(o.key);
      if (!prev) {
        orgs.set(o.key, { ...o, aliases: [...o.aliases], file: source.name });
        return;
      }
      if (prev.name !== o.name || prev.kind !== o.kind) {
        fail(source.name, ['organizations', i, 'key'], `khóa "${o.key}" đã dùng cho "${prev.name}" trong ${prev.file}`);
      }
      for (const a of o.aliases) if (!prev.aliases.includes(a)) prev.aliases.push(a);
      prev.shortName ??= o.shortName;
      prev.parent ??= o.parent;
    });
    parsed.data.documents.forEach((d, i) => {
      const prev = docs.get(d.key);
      if (!prev) {
        docs.set(d.key, { ...d, file: source.name });
        return;
      }
      // a cited document may be declared by several files; only bodiless records merge
      if (prev.plan || d.plan || prev.kind !== d.kind || (prev.numberSymbol ?? null) !== (d.numberSymbol ?? null)) {
        fail(source.name, ['documents', i, 'key'], `khóa văn bản "${d.key}" đã có trong ${prev.file}`);
      }
      prev.date ??= d.date;
      if (prev.summary.length < d.summary.length) prev.summary = d.summary;
      prev.issuer.org ??= d.issuer.org;
      prev.issuer.parent ??= d.issuer.parent;
    });
  }

  const documents = [...docs.values()];
  checkReferences(orgs, docs, documents);
  return { organizations: [...orgs.values()].map(({ file: _file, ...o }) => o), documents };
}

function checkReferences(
  orgs: Map<string, SeedOrganization & { file: string }>,
  docs: Map<string, SeedDocument & { file: string }>,
  documents: Array<SeedDocument & { file: string }>,
): void {
  for (const o of orgs.values()) {
    if (o.parent && !orgs.has(o.parent)) fail(o.file, ['organizations', o.key, 'parent'], `không có đơn vị "${o.parent}"`);
  }
  const org = (file: string, path: Array<string | number>, key: string | null) => {
    if (key && !orgs.has(key)) fail(file, path, `không có đơn vị với khóa "${key}"`);
  };
  for (const d of documents) {
    const f = d.file;
    org(f, ['documents', d.key, 'issuer', 'org'], d.issuer.org);
    d.links.forEach((l, i) => {
      if (!docs.has(l.target)) fail(f, ['documents', d.key, 'links', i, 'target'], `không có văn bản với khóa "${l.target}"`);
    });
    const p = d.plan;
    if (!p) continue;
    const groups = new Set(p.taskGroups.map((g) => g.code));
    const codes = new Set<string>();
    p.tasks.forEach((t, i) => {
      const path = ['documents', d.key, 'plan', 'tasks', i];
      if (!groups.has(t.group)) fail(f, [...path, 'group'], `không có nhóm nhiệm vụ "${t.group}"`);
      const code = taskCode(t);
      if (codes.has(code)) fail(f, [...path, 'code'], `mã nhiệm vụ "${code}" bị trùng`);
      codes.add(code);
      t.lead.forEach((k, j) => org(f, [...path, 'lead', j], k));
      t.coordinating.forEach((k, j) => org(f, [...path, 'coordinating', j], k));
      t.departments.forEach((r, j) => org(f, [...path, 'departments', j, 'org'], r.org));
    });
    const tgroups = new Set<string>();
    p.targetGroups.forEach((g, i) => {
      if (g.parent && !tgroups.has(g.parent)) {
        fail(f, ['documents', d.key, 'plan', 'targetGroups', i, 'parent'], `nhóm cha "${g.parent}" phải đứng trước`);
      }
      if (tgroups.has(g.code)) fail(f, ['documents', d.key, 'plan', 'targetGroups', i, 'code'], `mã nhóm "${g.code}" bị trùng`);
      tgroups.add(g.code);
    });
    const tcodes = new Set<string>();
    p.targets.forEach((t, i) => {
      const path = ['documents', d.key, 'plan', 'targets', i];
      if (!tgroups.has(t.group)) fail(f, [...path, 'group'], `không có nhóm chỉ tiêu "${t.group}"`);
      if (tcodes.has(t.code)) fail(f, [...path, 'code'], `mã chỉ tiêu "${t.code}" bị trùng`);
      if (t.parentTarget && !tcodes.has(t.parentTarget)) {
        fail(f, [...path, 'parentTarget'], `chỉ tiêu cha "${t.parentTarget}" phải đứng trước`);
      }
      tcodes.add(t.code);
      t.departments.forEach((r, j) => org(f, [...path, 'departments', j, 'org'], r.org));
    });
  }
  // parents in other plans resolve once every plan's codes are known
  for (const d of documents) {
    d.plan?.tasks.forEach((t, i) => {
      if (!t.parent) return;
      const target = docs.get(t.parent.document)?.plan;
      if (!target?.tasks.some((x) => taskCode(x) === t.parent?.code)) {
        fail(d.file, ['documents', d.key, 'plan', 'tasks', i, 'parent'], `không có nhiệm vụ "${t.parent.code}" trong "${t.parent.document}"`);
      }
    });
    d.plan?.targets.forEach((t, i) => {
      if (!t.parent) return;
      const target = docs.get(t.parent.document)?.plan;
      if (!target?.targets.some((x) => x.code === t.parent?.code)) {
        fail(d.file, ['documents', d.key, 'plan', 'targets', i, 'parent'], `không có chỉ tiêu "${t.parent.code}" trong "${t.parent.document}"`);
      }
    });
  }
}
