/** Shapes shared by several methods. */
import { z } from 'zod';

const nullableText = z.string().nullable();

export const orgRef = z.object({
  id: z.number().int(),
  name: z.string(),
  shortName: nullableText,
  partNote: nullableText,
});

export const documentLinkView = z.object({
  documentId: z.number().int(),
  kind: z.enum(['basis', 'implements']),
  documentKind: z.string(),
  numberSymbol: nullableText,
  summary: z.string(),
  issuedDate: nullableText,
  issuerAgency: z.string(),
  planId: z.number().int().nullable(),
});

export const planSummary = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  kind: z.string(),
  numberSymbol: nullableText,
  summary: z.string(),
  issuerAgency: z.string(),
  issuerParent: nullableText,
  issuedDate: nullableText,
  status: z.enum(['draft', 'issued']),
  periodText: nullableText,
  tasks: z.number().int(),
  targets: z.number().int(),
});

export const planDetail = z.object({
  id: z.number().int(),
  document: z.object({
    id: z.number().int(),
    kind: z.string(),
    numberSymbol: nullableText,
    issuerParent: nullableText,
    issuerAgency: z.string(),
    place: nullableText,
    issuedDate: nullableText,
    summary: z.string(),
    signer: z.object({ authority: nullableText, position: nullableText, name: nullableText }),
    recipients: z.array(z.string()),
    status: z.enum(['draft', 'issued']),
    sourceNote: nullableText,
    archivedAt: nullableText.optional(),
  }),
  periodText: nullableText,
  periodStartYear: z.number().int().nullable(),
  periodEndYear: z.number().int().nullable(),
  links: z.object({ up: z.array(documentLinkView), down: z.array(documentLinkView) }),
  blocks: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(['basis', 'heading', 'paragraph', 'bullet', 'footnote']),
      level: z.number().int().nullable(),
      numbering: nullableText,
      marker: nullableText,
      text: z.string(),
    }),
  ),
  appendices: z.array(z.object({ tableKind: z.enum(['tasks', 'targets', 'other']), title: z.string(), subtitle: nullableText })),
  taskGroups: z.array(z.object({ id: z.number().int(), code: z.string(), title: z.string() })),
  tasks: z.array(
    z.object({
      id: z.number().int(),
      groupId: z.number().int().nullable(),
      code: z.string(),
      tt: z.string(),
      title: z.string(),
      leadText: nullableText,
      lead: z.array(orgRef),
      coordinatingText: nullableText,
      coordinating: z.array(orgRef),
      output: nullableText,
      deadlineText: nullableText,
      deadline: z.object({ kind: z.string(), start: nullableText, end: nullableText }),
      departmentsText: nullableText,
      departments: z.array(orgRef),
      budgetText: nullableText,
      budgetDong: z.number().int().nullable(),
      fundingSource: nullableText,
      mergedUp: z.array(z.string()),
      parentTaskId: z.number().int().nullable(),
      note: nullableText,
    }),
  ),
  targetGroups: z.array(
    z.object({
      id: z.number().int(),
      parentId: z.number().int().nullable(),
      code: z.string(),
      tt: z.string(),
      title: z.string(),
      horizonYear: z.number().int().nullable(),
    }),
  ),
  targets: z.array(
    z.object({
      id: z.number().int(),
      groupId: z.number().int().nullable(),
      parentTargetId: z.number().int().nullable(),
      sourceTargetId: z.number().int().nullable().optional(),
      code: z.string(),
      tt: z.string(),
      name: z.string(),
      unit: nullableText,
      targetText: nullableText,
      comparator: nullableText,
      targetValue: z.number().nullable(),
      horizonYear: z.number().int().nullable(),
      departmentsText: nullableText,
      departments: z.array(orgRef),
      note: nullableText,
    }),
  ),
  reportingPeriods: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      label: z.string(),
      year: z.number().int().nullable(),
      startDate: nullableText,
      endDate: nullableText,
      dueDate: nullableText,
      dueText: nullableText,
      reporters: nullableText,
    }),
  ),
});

export const organization = z.object({
  id: z.number().int(),
  key: nullableText,
  name: z.string(),
  shortName: nullableText,
  kind: z.string(),
  parentId: z.number().int().nullable(),
  parentName: nullableText,
  aliases: z.array(z.string()),
});

export const stats = z.object({
  documents: z.number().int(),
  organizations: z.number().int(),
  plans: z.array(
    z.object({
      id: z.number().int(),
      number: nullableText,
      title: z.string(),
      tasks: z.number().int(),
      targets: z.number().int(),
    }),
  ),
});
