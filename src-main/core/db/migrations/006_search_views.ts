/**
 * Migration 6: full-text search over everything an officer looks for, saved list views,
 * and the indexes the Nhiệm vụ / Chỉ tiêu lists sort and filter by.
 *
 * search_index is a contentless FTS5 table (the text lives in the source tables; the
 * index only ranks). unicode61 with remove_diacritics 2 folds case and every Vietnamese
 * tone and vowel mark, but not đ/Đ (a letter of its own), so the indexed text has đ→d
 * replaced first (and ð/Ð, which OCR puts in place of đ/Đ). The query side folds the
 * same way (core/search/fold.ts).
 *
 * Rowid = source id * 8 + kind: 1 document, 2 plan body block, 3 task, 4 target,
 * 5 organisation. TRIGGERS keep the index in step with every write path, whoever
 * writes; the INSERT ... SELECT at the end indexes the rows that already exist.
 * Frozen in time: plain SQL only.
 */
import type { MigrationDb } from './types';

/** đ/Đ (and the OCR look-alikes ð/Ð) → d/D; the tokenizer does the rest. */
function f(expr: string): string {
  return `replace(replace(replace(replace(${expr}, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D')`;
}
const c = (col: string) => `coalesce(${col}, '')`;
const join = (...cols: string[]) => cols.join(` || ' ' || `);

interface Source {
  table: string;
  kind: number;
  /** columns whose change re-indexes the row */
  watched: string[];
  title: (r: string) => string;
  body: (r: string) => string;
}

const SOURCES: Source[] = [
  {
    table: 'documents',
    kind: 1,
    watched: ['number_symbol', 'summary', 'kind', 'issuer_agency', 'issuer_parent', 'signer_name'],
    title: (r) => join(c(`${r}.number_symbol`), `${r}.summary`),
    body: (r) => join(`${r}.kind`, `${r}.issuer_agency`, c(`${r}.issuer_parent`), c(`${r}.signer_name`)),
  },
  {
    table: 'plan_blocks',
    kind: 2,
    watched: ['kind', 'numbering', 'text'],
    title: (r) => `CASE WHEN ${r}.kind = 'heading' THEN ${join(c(`${r}.numbering`), `${r}.text`)} ELSE '' END`,
    body: (r) => `CASE WHEN ${r}.kind = 'heading' THEN '' ELSE ${r}.text END`,
  },
  {
    table: 'tasks',
    kind: 3,
    watched: ['title', 'code', 'lead_text', 'coordinating_text', 'output', 'departments_text', 'deadline_text', 'funding_source', 'note'],
    title: (r) => `${r}.title`,
    body: (r) =>
      join(
        `${r}.code`,
        c(`${r}.lead_text`),
        c(`${r}.coordinating_text`),
        c(`${r}.output`),
        c(`${r}.departments_text`),
        c(`${r}.deadline_text`),
        c(`${r}.funding_source`),
        c(`${r}.note`),
      ),
  },
  {
    table: 'targets',
    kind: 4,
    watched: ['name', 'code', 'unit', 'target_text', 'departments_text', 'note'],
    title: (r) => `${r}.name`,
    body: (r) => join(`${r}.code`, c(`${r}.unit`), c(`${r}.target_text`), c(`${r}.departments_text`), c(`${r}.note`)),
  },
  {
    table: 'organizations',
    kind: 5,
    watched: ['name', 'short_name'],
    title: (r) => join(`${r}.name`, c(`${r}.short_name`)),
    body: (r) => `coalesce((SELECT group_concat(a.alias, ' ') FROM organization_aliases a WHERE a.organization_id = ${r}.id), '')`,
  },
];

function insertRow(s: Source, r: string): string {
  return `INSERT INTO search_index(rowid, title, body) VALUES (${r}.id * 8 + ${s.kind}, ${f(s.title(r))}, ${f(s.body(r))});`;
}

function triggers(s: Source): string {
  const del = (r: string) => `DELETE FROM search_index WHERE rowid = ${r}.id * 8 + ${s.kind};`;
  return `
CREATE TRIGGER search_${s.table}_ai AFTER INSERT ON ${s.table} BEGIN ${insertRow(s, 'NEW')} END;
CREATE TRIGGER search_${s.table}_au AFTER UPDATE OF ${s.watched.join(', ')} ON ${s.table} BEGIN ${del('OLD')} ${insertRow(s, 'NEW')} END;
CREATE TRIGGER search_${s.table}_ad AFTER DELETE ON ${s.table} BEGIN ${del('OLD')} END;
INSERT INTO search_index(rowid, title, body) SELECT src.id * 8 + ${s.kind}, ${f(s.title('src'))}, ${f(s.body('src'))} FROM ${s.table} src;
`;
}

const ORG = SOURCES.find((s) => s.table === 'organizations')!;

/** An organisation's aliases are part of its indexed text: re-index it when they change. */
function reindexOrg(idExpr: string): string {
  return `DELETE FROM search_index WHERE rowid = ${idExpr} * 8 + 5;
  INSERT INTO search_index(rowid, title, body) SELECT o.id * 8 + 5, ${f(ORG.title('o'))}, ${f(ORG.body('o'))} FROM organizations o WHERE o.id = ${idExpr};`;
}

export const migration006 = {
  version: 6,
  name: 'search index, saved list views, list indexes',
  up(db: MigrationDb): void {
    db.exec(`
CREATE VIRTUAL TABLE search_index USING fts5(
  title, body,
  tokenize = 'unicode61 remove_diacritics 2',
  content = '', contentless_delete = 1,
  prefix = '2 3'
);
${SOURCES.map(triggers).join('\n')}
CREATE TRIGGER search_aliases_ai AFTER INSERT ON organization_aliases BEGIN ${reindexOrg('NEW.organization_id')} END;
CREATE TRIGGER search_aliases_au AFTER UPDATE ON organization_aliases BEGIN ${reindexOrg('OLD.organization_id')} ${reindexOrg('NEW.organization_id')} END;
CREATE TRIGGER search_aliases_ad AFTER DELETE ON organization_aliases BEGIN ${reindexOrg('OLD.organization_id')} END;

CREATE TABLE saved_views (
  id INTEGER PRIMARY KEY,
  page TEXT NOT NULL CHECK (page IN ('tasks','targets')),
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  state_json TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  UNIQUE (page, name_folded)
) STRICT;

CREATE INDEX IF NOT EXISTS tasks_title_folded ON tasks(title_folded);
CREATE INDEX IF NOT EXISTS targets_name_folded ON targets(name_folded);
CREATE INDEX IF NOT EXISTS targets_horizon ON targets(horizon_year);
CREATE INDEX IF NOT EXISTS progress_entries_task ON progress_entries(task_id);
CREATE INDEX IF NOT EXISTS progress_entries_target ON progress_entries(target_id);
CREATE INDEX IF NOT EXISTS documents_issuer_org ON documents(issuer_org_id);
`);
  },
};
