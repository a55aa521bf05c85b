import { z } from 'zod';
import { datesInOrder, datesOrderIssue, isoDateSchema, planKinds } from './plan.schema.js';

/** Which layout the file was recognised as: Pilotis's own template or Territoires en Transitions (ADEME). */
export const planImportTemplateKinds = ['pilotis', 'tet'] as const;
export type PlanImportTemplateKind = (typeof planImportTemplateKinds)[number];

/**
 * What the user decided for texts of the file the server could not match: a person's text → a
 * user (or null: import without that person), a status's text → a status of the collectivité.
 */
export const planImportMappingSchema = z.strictObject({
  people: z.record(z.string().max(300), z.uuid().nullable()).default({}),
  statuses: z.record(z.string().max(300), z.uuid()).default({}),
});
export type PlanImportMapping = z.input<typeof planImportMappingSchema>;

/** The JSON field « plan » sent with the file. The name is only required to write the plan. */
export const planImportFieldsSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(300).optional(),
    kind: z.enum(planKinds).default('mandate'),
    description: z.string().max(20_000).optional(),
    startsOn: isoDateSchema.nullable().optional(),
    endsOn: isoDateSchema.nullable().optional(),
    mapping: planImportMappingSchema.default({ people: {}, statuses: {} }),
  })
  .refine(datesInOrder, datesOrderIssue);
export type PlanImportFields = z.input<typeof planImportFieldsSchema>;

/** A problem stops the import (error) or is only reported (warning); always with where it is. */
export const planImportProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  sheet: z.string(),
  line: z.number().int(),
  column: z.string().optional(),
  message: z.string(),
});
export type PlanImportProblem = z.infer<typeof planImportProblemSchema>;

const personSchema = z.object({ id: z.uuid(), name: z.string(), email: z.string() });

export const planImportPreviewSchema = z.object({
  templateKind: z.enum(planImportTemplateKinds),
  sheet: z.string(),
  levelNames: z.array(z.string()),
  /** Nodes per level of the tree, from the top. */
  levels: z.array(z.object({ name: z.string(), count: z.number().int() })),
  /** The tree's nodes in display order (depth-first), with the fiches they hold; capped at `nodesShown`. */
  nodes: z.array(z.object({ code: z.string(), title: z.string(), depth: z.number().int(), actions: z.number().int() })),
  nodesShown: z.number().int(),
  counts: z.object({
    nodes: z.number().int(),
    actions: z.number().int(),
    subActions: z.number().int(),
    budgetLines: z.number().int(),
    indicatorLinks: z.number().int(),
  }),
  people: z.object({
    matched: z.array(z.object({ text: z.string(), user: personSchema, mapped: z.boolean() })),
    /** Texts matched to nobody: imported without that person unless the user maps them. */
    unmatched: z.array(z.object({ text: z.string(), lines: z.array(z.number().int()), candidates: z.array(personSchema) })),
  }),
  statuses: z.object({
    matched: z.array(z.object({ text: z.string(), statusId: z.uuid(), label: z.string(), mapped: z.boolean() })),
    /** Texts matched to no status: each must be mapped before the import can be written. */
    unmatched: z.array(z.object({ text: z.string(), lines: z.array(z.number().int()) })),
  }),
  problems: z.array(planImportProblemSchema),
  /** How some columns were read (where funders went, what an unmatched status does…). */
  notes: z.array(z.string()),
  /** True when no error is left: the import may be written. */
  ready: z.boolean(),
});
export type PlanImportPreview = z.infer<typeof planImportPreviewSchema>;

export const planImportJobSchema = z.object({ jobId: z.uuid() });

/** A finished import job's result: the new plan, or the problems that stopped it (nothing written). */
export const planImportJobResultSchema = z.union([
  z.object({
    planId: z.uuid(),
    counts: z.object({ nodes: z.number().int(), actions: z.number().int(), subActions: z.number().int(), budgetLines: z.number().int(), indicatorLinks: z.number().int() }),
    /** Where the job's time went (reading and checking the file, then writing), for benchmarks. */
    timings: z.object({ prepareMs: z.number(), writeMs: z.number() }).optional(),
  }),
  z.object({ planId: z.null(), problems: z.array(planImportProblemSchema) }),
]);
export type PlanImportJobResult = z.infer<typeof planImportJobResultSchema>;
