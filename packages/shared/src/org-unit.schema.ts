import { z } from 'zod';
import { versionSchema } from './common.schema.js';

const unitName = z.string().trim().min(1).max(200);

export const orgUnitSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const orgUnitCreateInputSchema = z.strictObject({
  name: unitName,
  parentId: z.uuid().nullable().default(null),
});
export type OrgUnitCreateInput = z.input<typeof orgUnitCreateInputSchema>;

export const orgUnitUpdateInputSchema = z.strictObject({
  version: versionSchema,
  name: unitName.optional(),
  parentId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});
export type OrgUnitUpdateInput = z.input<typeof orgUnitUpdateInputSchema>;
