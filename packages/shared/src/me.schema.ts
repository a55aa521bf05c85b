import { z } from 'zod';
import { localeSchema, orgRoleSchema } from './user.schema.js';

export const organizationSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  orgRole: orgRoleSchema,
});
export type OrganizationSummary = z.infer<typeof organizationSummarySchema>;

export const meSchema = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    locale: localeSchema,
    mustChangePassword: z.boolean(),
  }),
  organization: organizationSummarySchema.nullable(),
  organizations: z.array(organizationSummarySchema),
  roles: z.array(z.string()),
  orgUnitIds: z.array(z.uuid()),
  csrfToken: z.string(),
  can: z.record(z.string(), z.boolean()),
});
export type Me = z.infer<typeof meSchema>;

export const updateMeInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  locale: localeSchema.optional(),
});
