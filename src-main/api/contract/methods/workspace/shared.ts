/** Shapes shared by the editing methods of the plan workspace. */
import { z } from 'zod';

export const id = z.number().int().positive();
export const text = z.string().max(20_000).nullable();

/** What every editing method returns: the change to undo (null if nothing changed). */
export const changeResult = z.object({
  changeId: z.number().int().nullable(),
  createdIds: z.array(z.number().int()),
  warnings: z.array(z.string()),
});

export const placement = z.object({ groupId: id.nullable(), afterId: id.nullable() }).strict();
export const orgIds = z.array(id).max(200);
export const departments = z.array(z.object({ orgId: id, partNote: text }).strict()).max(200);
