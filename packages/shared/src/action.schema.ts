import { z } from 'zod';
import { versionSchema } from './common.schema.js';
import { datesInOrder, datesOrderIssue, isoDateSchema } from './plan.schema.js';
import { statusCategories } from './status.schema.js';

export const weathers = ['sunny', 'cloudy', 'stormy'] as const;
export type Weather = (typeof weathers)[number];
export const visibilities = ['unit', 'organization', 'public'] as const;
export type Visibility = (typeof visibilities)[number];
export const actionPriorities = ['low', 'normal', 'high'] as const;
export type ActionPriority = (typeof actionPriorities)[number];
export const progressModes = ['manual', 'subactions', 'milestones'] as const;
export type ProgressMode = (typeof progressModes)[number];
export const budgetNatures = ['investment', 'operating'] as const;
export type BudgetNature = (typeof budgetNatures)[number];
export const attachmentKinds = ['file', 'link'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

const text = (max = 20_000) => z.string().max(max);
const uuids = z.array(z.uuid()).max(50);

/** Fields a fiche action accepts on create and update (update: all optional + version). */
const actionFields = {
  nodeId: z.uuid(),
  parentActionId: z.uuid().nullable(),
  title: z.string().trim().min(1).max(300),
  description: text(),
  objectives: text(),
  expectedResults: text(),
  pilotId: z.uuid().nullable(),
  copilotIds: uuids,
  eluId: z.uuid().nullable(),
  leadOrgUnitId: z.uuid().nullable(),
  orgUnitIds: uuids,
  linkedNodeIds: uuids,
  partners: text(2000),
  startsOn: isoDateSchema.nullable(),
  endsOn: isoDateSchema.nullable(),
  priority: z.enum(actionPriorities),
  flagship: z.boolean(),
  tags: z.array(z.string().trim().min(1).max(60)).max(30),
  visibility: z.enum(visibilities),
  weight: z.number().min(0).max(1000),
  statusId: z.uuid(),
  weather: z.enum(weathers).nullable(),
  progress: z.number().int().min(0).max(100),
  progressMode: z.enum(progressModes),
};

export const actionCreateInputSchema = z
  .strictObject(actionFields)
  .partial()
  .required({ nodeId: true, title: true })
  .refine(datesInOrder, datesOrderIssue);
export type ActionCreateInput = z.input<typeof actionCreateInputSchema>;

export const actionUpdateInputSchema = z
  .strictObject(actionFields)
  .partial()
  .extend({ version: versionSchema })
  .refine(datesInOrder, datesOrderIssue);
export type ActionUpdateInput = z.input<typeof actionUpdateInputSchema>;

const personRef = z.object({ id: z.uuid(), name: z.string() }).nullable();

/** A row of the actions table (lists, "Mes actions"). */
export const actionSummarySchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  nodeId: z.uuid(),
  parentActionId: z.uuid().nullable(),
  code: z.string(),
  title: z.string(),
  pilot: personRef,
  leadOrgUnitId: z.uuid().nullable(),
  status: z.object({ id: z.uuid(), label: z.string(), category: z.enum(statusCategories) }),
  weather: z.enum(weathers).nullable(),
  progress: z.number().int(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  flagship: z.boolean(),
  late: z.boolean(),
  tags: z.array(z.string()),
  visibility: z.enum(visibilities),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ActionSummary = z.infer<typeof actionSummarySchema>;

/** The full fiche action. */
export const actionSchema = actionSummarySchema.extend({
  description: z.string(),
  objectives: z.string(),
  expectedResults: z.string(),
  copilots: z.array(z.object({ id: z.uuid(), name: z.string() })),
  elu: personRef,
  orgUnitIds: z.array(z.uuid()),
  linkedNodeIds: z.array(z.uuid()),
  partners: z.string(),
  priority: z.enum(actionPriorities),
  weight: z.number(),
  progressMode: z.enum(progressModes),
  mergedIntoId: z.uuid().nullable(),
  subActionIds: z.array(z.uuid()),
  createdAt: z.string(),
});
export type Action = z.infer<typeof actionSchema>;

export const milestoneInputSchema = z.strictObject({ title: z.string().trim().min(1).max(300), dueOn: isoDateSchema.nullable().optional(), doneOn: isoDateSchema.nullable().optional() });
export const milestoneUpdateInputSchema = milestoneInputSchema.partial().extend({ version: versionSchema });
export const milestoneSchema = z.object({ id: z.uuid(), title: z.string(), dueOn: z.string().nullable(), doneOn: z.string().nullable(), late: z.boolean(), version: z.number().int() });
export type Milestone = z.infer<typeof milestoneSchema>;

export const taskInputSchema = z.strictObject({ title: z.string().trim().min(1).max(300), assigneeId: z.uuid().nullable().optional(), dueOn: isoDateSchema.nullable().optional(), done: z.boolean().optional() });
export const taskUpdateInputSchema = taskInputSchema.partial().extend({ version: versionSchema });
export const taskSchema = z.object({ id: z.uuid(), title: z.string(), assignee: personRef, dueOn: z.string().nullable(), done: z.boolean(), version: z.number().int() });
export type Task = z.infer<typeof taskSchema>;

export const logEntryInputSchema = z.strictObject({ occurredOn: isoDateSchema.optional(), body: z.string().trim().min(1).max(20_000) });
export const logEntrySchema = z.object({ id: z.uuid(), occurredOn: z.string(), body: z.string(), author: personRef, createdAt: z.string(), version: z.number().int() });
export type LogEntry = z.infer<typeof logEntrySchema>;

const cents = z.number().int().min(0).max(1e13);
const budgetLineFields = {
  year: z.number().int().min(2000).max(2100),
  nature: z.enum(budgetNatures),
  plannedCents: cents,
  committedCents: cents,
  spentCents: cents,
};
export const budgetLineInputSchema = z.strictObject({
  ...budgetLineFields,
  plannedCents: cents.default(0),
  committedCents: cents.default(0),
  spentCents: cents.default(0),
});
// Built from the fields without defaults: zod applies defaults inside .partial(), which would
// reset the amounts a PATCH does not send.
export const budgetLineUpdateInputSchema = z.strictObject(budgetLineFields).partial().extend({ version: versionSchema });
export const budgetLineSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  nature: z.enum(budgetNatures),
  plannedCents: z.number().int(),
  committedCents: z.number().int(),
  spentCents: z.number().int(),
  version: z.number().int(),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const linkAttachmentInputSchema = z.strictObject({ name: z.string().trim().min(1).max(300), url: z.url({ protocol: /^https?$/ }) });
export const attachmentSchema = z.object({
  id: z.uuid(),
  kind: z.enum(attachmentKinds),
  name: z.string(),
  url: z.string().nullable(),
  mimeType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  uploadedBy: personRef,
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const actionMergeInputSchema = z.strictObject({ targetActionId: z.uuid(), mode: z.enum(['merge', 'attach']) });
