import { z } from 'zod';
import { versionSchema } from './common.schema.js';
import { emailAddressSchema } from './mail.schema.js';
import { checkReportRequest, reportFilterSchema, reportFormatSchema, reportKindSchema, type ReportFilter, type ReportKind } from './report.schema.js';

/**
 * A report e-mailed on a schedule to users and outside addresses. Times are Europe/Paris wall
 * times: « every Monday at 7 h », « on the 1st of each month at 8 h », « 7 days before each review ».
 */
export const subscriptionFrequencies = ['weekly', 'monthly', 'before-review'] as const;
export type SubscriptionFrequency = (typeof subscriptionFrequencies)[number];

const hour = z.number().int().min(0).max(23).default(7);
export const subscriptionScheduleSchema = z.discriminatedUnion('frequency', [
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  z.strictObject({ frequency: z.literal('weekly'), weekday: z.number().int().min(1).max(7), hour }),
  /** Up to the 28th, so that every month has the day. */
  z.strictObject({ frequency: z.literal('monthly'), day: z.number().int().min(1).max(28), hour }),
  z.strictObject({ frequency: z.literal('before-review'), daysBefore: z.number().int().min(0).max(60), hour }),
]);
export type SubscriptionSchedule = z.output<typeof subscriptionScheduleSchema>;

export const MAX_SUBSCRIPTION_RECIPIENTS = 100;
export const subscriptionRecipientsSchema = z
  .strictObject({
    userIds: z.array(z.uuid()).max(MAX_SUBSCRIPTION_RECIPIENTS).default([]),
    emails: z.array(emailAddressSchema).max(MAX_SUBSCRIPTION_RECIPIENTS).default([]),
  })
  .refine((r) => r.userIds.length + r.emails.length > 0, { message: 'Ajoutez au moins un destinataire.', path: ['userIds'] })
  .transform((r) => ({ userIds: [...new Set(r.userIds)], emails: [...new Set(r.emails)] }));
export type SubscriptionRecipients = z.output<typeof subscriptionRecipientsSchema>;

/** The kinds about a whole plan take the subscription's plan as their filter's plan. */
export const PLAN_WIDE_KINDS: readonly ReportKind[] = ['plan-progress', 'action-book'];
export function subscriptionFilter(kind: ReportKind, planId: string, filter: ReportFilter): ReportFilter {
  return PLAN_WIDE_KINDS.includes(kind) && !filter.nodeId ? { ...filter, planId } : filter;
}

const fields = {
  planId: z.uuid(),
  kind: reportKindSchema,
  format: reportFormatSchema,
  filter: reportFilterSchema.default({}),
  schedule: subscriptionScheduleSchema,
  recipients: subscriptionRecipientsSchema,
  active: z.boolean().default(true),
};

/** The whole definition, checked as a report request (each kind needs its plan, fiche or indicator). */
export const reportSubscriptionDefinitionSchema = z
  .strictObject(fields)
  .transform((value) => ({ ...value, filter: subscriptionFilter(value.kind, value.planId, value.filter) }))
  .superRefine((value, ctx) => {
    checkReportRequest(value, ctx);
    if (value.filter.planId && value.filter.planId !== value.planId) {
      ctx.addIssue({ code: 'custom', path: ['filter', 'planId'], message: 'Le filtre doit porter sur le plan de l’abonnement.' });
    }
  });
export const reportSubscriptionCreateSchema = reportSubscriptionDefinitionSchema;
export type ReportSubscriptionCreateInput = z.input<typeof reportSubscriptionCreateSchema>;

/** Any field (the plan stays), with the version read; the merged definition is checked again. */
export const reportSubscriptionUpdateSchema = z.strictObject({
  kind: reportKindSchema.optional(),
  format: reportFormatSchema.optional(),
  filter: reportFilterSchema.optional(),
  schedule: subscriptionScheduleSchema.optional(),
  recipients: subscriptionRecipientsSchema.optional(),
  active: z.boolean().optional(),
  version: versionSchema,
});
export type ReportSubscriptionUpdateInput = z.input<typeof reportSubscriptionUpdateSchema>;

export const reportSubscriptionListQuerySchema = z.object({ planId: z.uuid().optional() });

export const reportSubscriptionSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  planName: z.string(),
  kind: reportKindSchema,
  format: reportFormatSchema,
  filter: reportFilterSchema,
  schedule: subscriptionScheduleSchema,
  recipients: z.object({ userIds: z.array(z.uuid()), emails: z.array(z.string()) }),
  /** The users among the recipients, with their names (a deactivated one is no longer sent to). */
  recipientUsers: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string(), active: z.boolean() })),
  active: z.boolean(),
  nextRunAt: z.string().nullable(),
  lastRunAt: z.string().nullable(),
  lastReportId: z.uuid().nullable(),
  lastError: z.string().nullable(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), sendNow: z.boolean() }),
});
export type ReportSubscription = z.infer<typeof reportSubscriptionSchema>;
export const reportSubscriptionListSchema = z.object({ data: z.array(reportSubscriptionSchema) });
export const reportSubscriptionAnswerSchema = z.object({ data: reportSubscriptionSchema });
export const reportSubscriptionSendNowSchema = z.object({ data: z.object({ jobId: z.uuid() }) });
