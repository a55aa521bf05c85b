import { z } from 'zod';
import { actionPriorities, attachmentKinds, budgetNatures, progressModes, visibilities, weathers } from './action.schema.js';
import { indicatorDirections } from './indicator-status.js';
import { indicatorCodeSchema, indicatorKinds, measureSources, measureStates } from './indicator.schema.js';
import { periodicities, periodicityOf } from './period.js';
import { isoDateSchema, planKinds, planStates } from './plan.schema.js';
import { statusCategories } from './status.schema.js';

/**
 * « pilotis.plan » version 1: a whole plan as one JSON document (GET /api/plans/:id/export.json),
 * which POST /api/plans/import-json reads back into another collectivité. No database ids: people
 * are referenced by e-mail, org units by their path of names (from the top of the tree),
 * statuses by label, indicators by code, nodes and actions by their code in the plan (1.2, 1.2.3).
 * Annexes are metadata only: links are kept, files are not embedded.
 * This schema is the import's validator: a document it refuses is refused as a whole.
 */
export const PLAN_EXPORT_FORMAT = 'pilotis.plan';
export const PLAN_EXPORT_VERSION = 1;

const email = z.string().trim().toLowerCase().min(3).max(320);
const person = email.nullable();
/** An org unit as the names from the top of the tree down to it: ["Direction générale", "Direction des écoles"]. */
export const unitPathSchema = z.array(z.string().trim().min(1).max(300)).min(1).max(20);
const date = isoDateSchema.nullable();
const text = (max = 20_000) => z.string().max(max);
const title = z.string().trim().min(1).max(300);
const code = z.string().trim().min(1).max(60);
const timestamp = z.string().max(40).nullable();
const period = z
  .string()
  .trim()
  .min(4)
  .max(10)
  .refine((p) => periodicityOf(p) !== null, 'Période invalide (2026, 2026-H2, 2026-Q3 ou 2026-07)');

export const exportedMilestoneSchema = z.object({ title, dueOn: date, doneOn: date });
export const exportedTaskSchema = z.object({ title, assignee: person, dueOn: date, done: z.boolean() });
export const exportedLogEntrySchema = z.object({ occurredOn: isoDateSchema, author: person, body: z.string().min(1).max(20_000), createdAt: timestamp });
const cents = z.number().int().min(0).max(1e13);
export const exportedBudgetLineSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  nature: z.enum(budgetNatures),
  plannedCents: cents,
  committedCents: cents,
  spentCents: cents,
});
export const exportedAttachmentSchema = z.object({
  kind: z.enum(attachmentKinds),
  name: title,
  /** A link's address (web addresses only, as links are added); null for a file (files are not in the document). */
  url: z.url({ protocol: /^https?$/ }).max(2000).nullable(),
  mimeType: z.string().max(200).nullable(),
  sizeBytes: z.number().int().min(0).nullable(),
  uploadedBy: person,
  createdAt: timestamp,
});
/** A node of another plan the fiche also contributes to: found again by plan name and node code (best effort). */
export const exportedNodeLinkSchema = z.object({ plan: title, node: code, title: z.string().max(300) });

const actionFields = {
  /** Its code in the plan when exported (1.2.3, or 1.2.3.1 for a sub-action): what other parts refer to. */
  code,
  title,
  description: text(),
  objectives: text(),
  expectedResults: text(),
  pilot: person,
  copilots: z.array(email).max(50),
  elu: person,
  leadOrgUnit: unitPathSchema.nullable(),
  orgUnits: z.array(unitPathSchema).max(50),
  partners: text(2000),
  status: z.object({ label: z.string().trim().min(1).max(80), category: z.enum(statusCategories) }),
  weather: z.enum(weathers).nullable(),
  progress: z.number().int().min(0).max(100),
  progressMode: z.enum(progressModes),
  startsOn: date,
  endsOn: date,
  priority: z.enum(actionPriorities),
  flagship: z.boolean(),
  tags: z.array(z.string().trim().min(1).max(60)).max(30),
  visibility: z.enum(visibilities),
  weight: z.number().min(0).max(1000),
  linkedNodes: z.array(exportedNodeLinkSchema).max(50),
  /** Code of the fiche it was merged into (closed fiches keep pointing to their successor). */
  mergedInto: code.nullable(),
  milestones: z.array(exportedMilestoneSchema).max(1000),
  tasks: z.array(exportedTaskSchema).max(1000),
  log: z.array(exportedLogEntrySchema).max(10_000),
  budget: z.array(exportedBudgetLineSchema).max(500),
  attachments: z.array(exportedAttachmentSchema).max(1000),
};
export const exportedSubActionSchema = z.object(actionFields);
export type ExportedSubAction = z.infer<typeof exportedSubActionSchema>;
export const exportedActionSchema = z.object({
  ...actionFields,
  /** Code of its home node. */
  node: code,
  subActions: z.array(exportedSubActionSchema).max(1000),
});
export type ExportedAction = z.infer<typeof exportedActionSchema>;

export interface ExportedNode {
  code: string;
  title: string;
  description: string;
  leadOrgUnit: string[] | null;
  children: ExportedNode[];
}
export const exportedNodeSchema: z.ZodType<ExportedNode> = z.object({
  code,
  title,
  description: text(),
  leadOrgUnit: unitPathSchema.nullable(),
  get children() {
    return z.array(exportedNodeSchema).max(5000);
  },
});

export const exportedMeasureSchema = z.object({
  period,
  value: z.number().finite().min(-1e15).max(1e15),
  comment: text(2000),
  state: z.enum(measureStates),
  source: z.enum(measureSources),
  enteredBy: person,
  enteredAt: timestamp,
  validatedBy: person,
  validatedAt: timestamp,
});
export const exportedIndicatorSchema = z.object({
  code: indicatorCodeSchema,
  name: title,
  description: text(),
  unit: z.string().trim().max(30),
  decimals: z.number().int().min(0).max(6),
  direction: z.enum(indicatorDirections),
  periodicity: z.enum(periodicities),
  kind: z.enum(indicatorKinds),
  ownerOrgUnit: unitPathSchema.nullable(),
  pilots: z.array(email).max(200),
  source: text(2000),
  method: text(),
  visibility: z.enum(visibilities),
  baselinePeriod: period.nullable(),
  baselineValue: z.number().finite().nullable(),
  thresholds: z.object({ onTrack: z.number().min(0).max(1000), offTrack: z.number().min(0).max(1000) }),
  formula: z.string().max(2000).nullable(),
  requiresValidation: z.boolean(),
  /** Codes of the plan's nodes and fiches it is linked to. */
  nodes: z.array(code).max(5000),
  actions: z.array(code).max(50_000),
  targets: z.array(z.object({ period, value: z.number().finite(), valueMax: z.number().finite().nullable() })).max(5000),
  measures: z.array(exportedMeasureSchema).max(50_000),
});
export type ExportedIndicator = z.infer<typeof exportedIndicatorSchema>;

export const planExportDocumentSchema = z.object({
  format: z.literal(PLAN_EXPORT_FORMAT),
  version: z.literal(PLAN_EXPORT_VERSION),
  exportedAt: z.string().max(40),
  source: z.object({ application: z.string().max(80), organization: z.string().max(300) }),
  /** What the document does not hold (files of annexes), said in words for whoever opens it. */
  notice: z.string().max(2000),
  plan: z.object({
    name: title,
    kind: z.enum(planKinds),
    description: text(),
    startsOn: date,
    endsOn: date,
    state: z.enum(planStates),
    levelNames: z.array(z.string().trim().min(1).max(80)).min(1).max(8),
  }),
  /** Everyone the document names, by e-mail, with their name as it was. */
  people: z.array(z.object({ email, name: z.string().max(300) })).max(100_000),
  /** The statuses the fiches use, with the category roll-ups count them in. */
  statuses: z.array(z.object({ label: z.string().trim().min(1).max(80), category: z.enum(statusCategories) })).max(200),
  nodes: z.array(exportedNodeSchema).max(5000),
  actions: z.array(exportedActionSchema).max(50_000),
  indicators: z.array(exportedIndicatorSchema).max(5000),
});
export type PlanExportDocument = z.infer<typeof planExportDocumentSchema>;

/** What an import did (or, dry run, would do). */
export const planImportCountsSchema = z.object({
  nodes: z.number().int(),
  actions: z.number().int(),
  subActions: z.number().int(),
  milestones: z.number().int(),
  tasks: z.number().int(),
  logEntries: z.number().int(),
  budgetLines: z.number().int(),
  attachments: z.number().int(),
  statusesCreated: z.number().int(),
  indicatorsCreated: z.number().int(),
  indicatorsLinked: z.number().int(),
  measures: z.number().int(),
});
export type PlanImportCounts = z.infer<typeof planImportCountsSchema>;

export const planImportIssueSchema = z.object({ path: z.string(), message: z.string() });
export type PlanImportIssue = z.infer<typeof planImportIssueSchema>;

export const planImportResultSchema = z.object({
  dryRun: z.boolean(),
  /** The new plan (real run without problems); null otherwise. */
  planId: z.uuid().nullable(),
  planName: z.string(),
  counts: planImportCountsSchema,
  /** Blocking: with any of them nothing is written. */
  problems: z.array(planImportIssueSchema),
  /** Not blocking: what is left empty or created on the way. */
  warnings: z.array(planImportIssueSchema),
  unmatched: z.object({
    /** E-mails of people who are not members of the collectivité: left empty. */
    people: z.array(z.string()),
    /** Org units found nowhere by their names: left empty. */
    orgUnits: z.array(z.string()),
    /** Statuses missing from the collectivité's list: created with their category. */
    statuses: z.array(z.string()),
    /** Nodes of other plans not found (by plan name and code): the link is dropped. */
    linkedNodes: z.array(z.string()),
  }),
});
export type PlanImportResult = z.infer<typeof planImportResultSchema>;
