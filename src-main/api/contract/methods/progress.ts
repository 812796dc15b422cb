/** Methods: Progress and reporting (periods, entries, statuses, completeness, dashboard, templates). */
import { z } from 'zod';
import { STATUS_CODES } from '../progress-labels';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải theo dạng yyyy-mm-dd');
const text = z.string().max(4000);
const status = z.enum(STATUS_CODES);
const claim = z.enum([...STATUS_CODES, 'done']);
const statusCounts = z.object(Object.fromEntries(STATUS_CODES.map((s) => [s, z.number().int()])) as Record<(typeof STATUS_CODES)[number], z.ZodNumber>);

export const periodView = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  kind: z.string(),
  label: z.string(),
  year: z.number().int().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  dueText: z.string().nullable(),
  reporters: z.string().nullable(),
  lockedAt: z.string().nullable(),
  lockNote: z.string().nullable(),
});

const periodFields = {
  label: z.string().trim().min(1).max(300).optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  dueText: z.string().max(1000).nullable().optional(),
  reporters: z.string().max(1000).nullable().optional(),
};

const attainment = z.object({ kind: z.enum(['numeric', 'qualitative']), percent: z.number().nullable(), met: z.boolean().nullable() });

const entryView = z.object({
  id: z.number().int(),
  status: z.string(),
  statusOverridden: z.boolean(),
  overrideReason: z.string().nullable(),
  reportedStatus: z.string().nullable(),
  resultText: z.string().nullable(),
  actualValue: z.number().nullable(),
  actualText: z.string().nullable(),
  met: z.boolean().nullable(),
  completedDate: z.string().nullable(),
  evidenceNumber: z.string().nullable(),
  evidenceDate: z.string().nullable(),
  decidingDocument: z.string().nullable(),
  note: z.string().nullable(),
  enteredBy: z.string().nullable(),
  sourceFile: z.string().nullable(),
  reportedAt: z.string().nullable(),
});

const drillRow = z.object({
  entryId: z.number().int().nullable(),
  table: z.enum(['task', 'target']),
  itemId: z.number().int(),
  code: z.string(),
  title: z.string(),
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
  status: z.string().nullable(),
  deadlineText: z.string().nullable(),
  deadlineEnd: z.string().nullable(),
  resultText: z.string().nullable(),
  actualValue: z.number().nullable(),
  targetText: z.string().nullable(),
  unit: z.string().nullable(),
  completedDate: z.string().nullable(),
  reportedAt: z.string().nullable(),
});

const message = z.object({ level: z.enum(['error', 'warning', 'info']), text: z.string() });
const rowAction = z.enum(['new', 'update', 'unchanged', 'empty', 'error', 'confirm']);
const filePreview = z.object({
  fileName: z.string(),
  fileError: z.string().nullable(),
  planTitle: z.string().nullable(),
  periodLabel: z.string().nullable(),
  bodies: z.array(z.string()),
  rows: z.array(
    z.object({
      sheet: z.string(),
      rowNumber: z.number().int(),
      orgName: z.string(),
      table: z.enum(['task', 'target']),
      code: z.string(),
      title: z.string(),
      action: rowAction,
      status: status.nullable(),
      changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })),
      messages: z.array(message),
    }),
  ),
  summary: z.record(rowAction, z.number().int()),
});

const importInput = z
  .object({
    periodId: id,
    files: z.array(z.object({ name: z.string().min(1).max(260), base64: z.string().max(30_000_000) }).strict()).min(1).max(200),
    receivedDate: isoDate.optional(),
    acceptSuggestions: z.boolean().optional(),
  })
  .strict();

export const progressMethods = {
  'periods.list': { input: z.object({ planId: id }).strict(), output: z.array(periodView) },
  'periods.generate': {
    input: z
      .object({
        planId: id,
        kinds: z.array(z.enum(['quarter', 'half', 'year', 'review', 'final'])).min(1).optional(),
        fromYear: z.number().int().min(1990).max(2100).optional(),
        toYear: z.number().int().min(1990).max(2100).optional(),
      })
      .strict(),
    output: z.object({ created: z.array(periodView), completed: z.number().int(), periods: z.array(periodView) }),
  },
  'periods.create': {
    input: z
      .object({ planId: id, kind: z.enum(['quarter', 'half', 'year', 'review', 'final', 'adhoc', 'submission']), year: z.number().int().min(1990).max(2100).nullable().optional(), ...periodFields, label: z.string().trim().min(1).max(300) })
      .strict(),
    output: periodView,
  },
  'periods.update': { input: z.object({ id, ...periodFields }).strict(), output: periodView },
  'periods.delete': { input: z.object({ id }).strict(), output: z.object({ ok: z.literal(true) }) },
  'periods.lock': { input: z.object({ id, note: z.string().max(1000).nullable().optional() }).strict(), output: periodView },
  'periods.unlock': { input: z.object({ id, reason: z.string().max(1000) }).strict(), output: periodView },
  'progress.sheet': {
    input: z.object({ periodId: id }).strict(),
    output: z.object({
      period: periodView,
      rows: z.array(
        z.object({
          key: z.string(),
          table: z.enum(['task', 'target']),
          itemId: z.number().int(),
          code: z.string(),
          title: z.string(),
          groupTitle: z.string().nullable(),
          deadlineText: z.string().nullable(),
          deadlineEnd: z.string().nullable(),
          targetText: z.string().nullable(),
          unit: z.string().nullable(),
          orgId: z.number().int().nullable(),
          orgName: z.string().nullable(),
          expected: z.boolean(),
          entry: entryView.nullable(),
          attainment: attainment.nullable(),
        }),
      ),
    }),
  },
  'progress.save': {
    input: z
      .object({
        periodId: id,
        taskId: id.nullable().optional(),
        targetId: id.nullable().optional(),
        orgId: id.nullable(),
        claim: claim.nullable().optional(),
        resultText: text.nullable().optional(),
        actualValue: z.number().finite().nullable().optional(),
        actualText: text.nullable().optional(),
        met: z.boolean().nullable().optional(),
        completedDate: isoDate.nullable().optional(),
        evidenceNumber: z.string().max(300).nullable().optional(),
        evidenceDate: isoDate.nullable().optional(),
        decidingDocument: z.string().max(300).nullable().optional(),
        note: text.nullable().optional(),
        override: z.object({ status, reason: z.string().max(1000) }).strict().nullable().optional(),
        reportedAt: isoDate.nullable().optional(),
      })
      .strict(),
    output: z.object({ id: z.number().int(), status, created: z.boolean(), explanation: z.string().nullable() }),
  },
  'progress.delete': { input: z.object({ id, reason: z.string().max(1000).nullable().optional() }).strict(), output: z.object({ ok: z.literal(true) }) },
  'progress.completeness': {
    input: z.object({ periodId: id }).strict(),
    output: z.object({
      periodId: z.number().int(),
      dueDate: z.string().nullable(),
      expected: z.number().int(),
      received: z.number().int(),
      onTime: z.number().int(),
      late: z.number().int(),
      bodies: z.array(
        z.object({
          orgId: z.number().int(),
          name: z.string(),
          shortName: z.string().nullable(),
          kind: z.string(),
          expected: z.number().int(),
          received: z.number().int(),
          onTime: z.number().int(),
          late: z.number().int(),
          missing: z.number().int(),
        }),
      ),
      missing: z.array(z.object({ orgId: z.number().int(), organization: z.string(), items: z.number().int() })),
    }),
  },
  'progress.dashboard': {
    input: z.object({ planId: id, periodId: id, today: isoDate.optional() }).strict(),
    output: z.object({
      planId: z.number().int(),
      periodId: z.number().int(),
      referenceDate: z.string(),
      today: z.string(),
      byStatus: statusCounts,
      byDepartment: z.array(z.object({ orgId: z.number().int().nullable(), name: z.string(), byStatus: statusCounts, total: z.number().int() })),
      byGroup: z.array(z.object({ key: z.string(), table: z.enum(['task', 'target']), code: z.string(), title: z.string(), byStatus: statusCounts, total: z.number().int() })),
      overdue: z.number().int(),
      dueSoon: z.number().int(),
      lagging: z.number().int(),
      completeness: z.object({ expected: z.number().int(), received: z.number().int(), onTime: z.number().int(), late: z.number().int(), dueDate: z.string().nullable() }),
      missing: z.array(z.object({ orgId: z.number().int(), organization: z.string(), items: z.number().int() })),
    }),
  },
  'progress.rows': {
    input: z
      .object({
        periodId: id,
        today: isoDate.optional(),
        filter: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('entries'), status: status.optional(), orgId: id.nullable().optional(), groupKey: z.string().max(40).optional() }).strict(),
          z.object({ kind: z.literal('overdue') }).strict(),
          z.object({ kind: z.literal('dueSoon') }).strict(),
          z.object({ kind: z.literal('lagging') }).strict(),
          z.object({ kind: z.literal('missing'), orgId: id.optional() }).strict(),
        ]),
      })
      .strict(),
    output: z.object({ rows: z.array(drillRow), truncated: z.boolean() }),
  },
  'progress.status': {
    input: z.object({ planId: id, periodId: id }).strict(),
    output: z.object({
      byStatus: statusCounts,
      byDepartment: z.array(z.object({ department: z.string(), byStatus: statusCounts })),
      missing: z.array(z.object({ organization: z.string(), items: z.number().int() })),
    }),
  },
  'progress.templates.export': {
    input: z.object({ planId: id, periodId: id, orgId: id.optional(), mode: z.enum(['combined', 'zip']).optional() }).strict(),
    output: z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), bodies: z.number().int() }),
  },
  'progress.import.preview': { input: importInput, output: z.array(filePreview) },
  'progress.import.commit': {
    input: importInput,
    output: z.object({
      imported: z.number().int(),
      files: z.array(filePreview.extend({ batchId: z.number().int().nullable(), imported: z.number().int() })),
    }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
