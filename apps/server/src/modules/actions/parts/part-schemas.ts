import { abilitiesSchema, budgetLineUpdateInputSchema, logEntryInputSchema, logEntrySchema, versionSchema } from '@pilotis/shared';
import { z } from 'zod';

export const idParams = z.object({ id: z.uuid() });

/** DELETE may say which version it saw: a part changed since then answers 409 instead of vanishing. */
export const deleteQuery = z.object({ version: z.coerce.number().pipe(versionSchema).optional() });

/** A part list with what the actor may do on the fiche's parts (add, edit, delete). */
export const partList = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), can: abilitiesSchema });

/** A journal entry travels with what the actor may do with it (its author, managers and admins edit it). */
export const logEntryOutput = logEntrySchema.extend({ can: abilitiesSchema });
export const logEntryUpdateInput = logEntryInputSchema.partial().extend({ version: versionSchema });

/** PATCH of a budget line: the shared schema (no defaults, so unsent amounts are kept). */
export const budgetLineUpdateInput = budgetLineUpdateInputSchema;
