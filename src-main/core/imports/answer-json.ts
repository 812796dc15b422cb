/**
 * The analyse answer checked against the API contract and serialised, in the worker, one
 * row at a time: checking the whole answer at once would hold a second full copy of it
 * (zod returns new objects) next to the JSON text, which for 50,000 rows ran the worker
 * out of heap. The text is exactly JSON.stringify(output.parse(value)) — keys in the
 * schema's order, unknown keys dropped — because rows and tables are the last keys of
 * their objects in the contract (checked below), so each object's head is serialised by
 * JSON.stringify and its list spliced in before the closing brace.
 */
import { importsMethods } from '../../api/contract/methods/imports';
import { packRow, tableGroups } from '../../api/contract/imports-lean';
import type { ImportAnalysis } from '../../api/contract/imports-schemas';

const output = importsMethods['imports.analyze'].output;
const tableSchema = output.shape.tables.element;
const rowSchema = tableSchema.shape.rows.element;
const head = output.omit({ tables: true });
const tableHead = tableSchema.omit({ rows: true });

function lastKey(shape: object, key: string): void {
  const keys = Object.keys(shape);
  if (keys[keys.length - 1] !== key) throw new Error(`contract changed: "${key}" is no longer the last key (${keys.join(', ')})`);
}
lastKey(output.shape, 'tables');
lastKey(tableSchema.shape, 'rows');

export class ContractError extends Error {}

type Issue = { path: PropertyKey[]; message: string };

function check<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } } }, value: unknown, at: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 3).map((i) => `${[at, ...i.path.map(String)].filter(Boolean).join('.')}: ${i.message}`);
  throw new ContractError(issues.join('; '));
}

/** `{...head, "list": [items]}`: the head's JSON without its closing brace, then the list. */
function open(headJson: string, key: string): string {
  return `${headJson.slice(0, -1)}${headJson.length > 2 ? ',' : ''}${JSON.stringify(key)}:[`;
}

/**
 * Pack (imports-lean), validate and serialise the analysis: UTF-8 in chunks of about a
 * megabyte, each with its own (transferable) buffer. Consumes `a`: each full row is let
 * go once its packed JSON is written, so the packed form never exists whole.
 */
export function analysisJson(a: ImportAnalysis): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  const push = (s: string) => {
    pending.push(s);
    pendingLength += s.length;
    if (pendingLength > 1 << 20) flush();
  };
  const flush = () => {
    chunks.push(encoder.encode(pending.join('')));
    pending = [];
    pendingLength = 0;
  };
  if (!a || typeof a !== 'object' || !Array.isArray(a.tables)) check(output, a, '');
  const { tables, ...fileHead } = a;
  push(open(JSON.stringify(check(head, fileHead, '')), 'tables'));
  tables.forEach((t, ti) => {
    if (!t || typeof t !== 'object' || !Array.isArray(t.rows)) check(tableSchema, t, `tables.${ti}`);
    const { rows, ...rest } = t;
    const { groups, groupIndex } = tableGroups(rows);
    push(`${ti ? ',' : ''}${open(JSON.stringify(check(tableHead, { ...rest, groups }, `tables.${ti}`)), 'rows')}`);
    for (let ri = 0; ri < rows.length; ri++) {
      push(`${ri ? ',' : ''}${JSON.stringify(check(rowSchema, packRow(rows[ri]!, groupIndex), `tables.${ti}.rows.${ri}`))}`);
      (rows as unknown[])[ri] = undefined; // the full row is no longer needed
    }
    push(']}');
  });
  push(']}');
  flush();
  return chunks;
}
