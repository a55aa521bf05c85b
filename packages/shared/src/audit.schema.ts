import { z } from 'zod';

export const auditActions = ['create', 'update', 'delete', 'login', 'password_change'] as const;

/** Field-level change: before and after values, as JSON. */
export const auditChangesSchema = z.record(
  z.string(),
  z.object({ before: z.unknown(), after: z.unknown() }),
);
export type AuditChanges = z.infer<typeof auditChangesSchema>;

export const auditEventSchema = z.object({
  id: z.uuid(),
  at: z.string(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  changes: auditChangesSchema,
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const historyEntityTypes = ['user', 'orgUnit', 'organization'] as const;
export const historyEntityTypeSchema = z.enum(historyEntityTypes);
