import { abilitiesSchema, budgetNatures, logEntryInputSchema, logEntrySchema, versionSchema } from '@pilotis/shared';
import { z } from 'zod';

export const idParams = z.object({ id: z.uuid() });

/** DELETE may say which version it saw: a part changed since then answers 409 instead of vanishing. */
export const deleteQuery = z.object({ version: z.coerce.number().pipe(versionSchema).optional() });

/** A part list with what the actor may do on the fiche's parts (add, edit, delete). */
export const partList = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), can: abilitiesSchema });

/** A journal entry travels with what the actor may do with it (its author, managers and admins edit it). */
export const logEntryOutput = logEntrySchema.extend({ can: abilitiesSchema });
export const logEntryUpdateInput = logEntryInputSchema.partial().extend({ version: versionSchema });

const cents = z.number().int().min(0).max(1e13);
/**
 * PATCH of a budget line. Not the shared `budgetLineUpdateInputSchema`: its fields come from the
 * create schema with `.default(0)`, and zod 4 applies defaults inside `.partial()`, so a PATCH
 * sending only `spentCents` would reset the planned and committed amounts to 0.
 */
export const budgetLineUpdateInput = z.strictObject({
  year: z.number().int().min(2000).max(2100).optional(),
  nature: z.enum(budgetNatures).optional(),
  plannedCents: cents.optional(),
  committedCents: cents.optional(),
  spentCents: cents.optional(),
  version: versionSchema,
});
