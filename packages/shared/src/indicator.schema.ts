import { z } from 'zod';
import { visibilities } from './action.schema.js';
import { versionSchema } from './common.schema.js';
import { indicatorDirections, measureStatuses, trends } from './indicator-status.js';
import { periodicities, periodicityOf } from './period.js';

export const indicatorKinds = ['activity', 'result', 'impact'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];
export const measureStates = ['draft', 'validated'] as const;
export type MeasureState = (typeof measureStates)[number];
export const measureSources = ['manual', 'import', 'api', 'connector', 'formula'] as const;
export type MeasureSource = (typeof measureSources)[number];

/** Codes are compared and stored in capitals: « dech-01 » in a file is DECH-01. */
export const indicatorCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.\-/]*$/, 'Lettres, chiffres, « - », « _ », « . » ou « / », sans espace')
  .transform((code) => code.toUpperCase());

/** A measure value: a finite number (files' "12,5" is read by the importer, not here). */
export const measureValueSchema = z.number().finite().min(-1e15).max(1e15);
const periodSchema = z.string().trim().min(4).max(10).refine((p) => periodicityOf(p) !== null, 'Période invalide (2026, 2026-H2, 2026-Q3 ou 2026-07)');

export const thresholdsSchema = z
  .strictObject({ onTrack: z.number().min(0).max(1000), offTrack: z.number().min(0).max(1000) })
  .refine((t) => t.offTrack <= t.onTrack, { message: 'Le seuil « hors trajectoire » doit être inférieur au seuil « en bonne voie »', path: ['offTrack'] });

const uuids = z.array(z.uuid()).max(200);

const indicatorFields = {
  code: indicatorCodeSchema,
  name: z.string().trim().min(1).max(300),
  description: z.string().max(20_000),
  unit: z.string().trim().max(30),
  decimals: z.number().int().min(0).max(6),
  direction: z.enum(indicatorDirections),
  periodicity: z.enum(periodicities),
  kind: z.enum(indicatorKinds),
  ownerOrgUnitId: z.uuid().nullable(),
  pilotIds: uuids,
  source: z.string().max(2000),
  method: z.string().max(20_000),
  visibility: z.enum(visibilities),
  baselinePeriod: periodSchema.nullable(),
  baselineValue: measureValueSchema.nullable(),
  thresholds: thresholdsSchema,
  /** Null for an entered indicator; set, its measures are computed from other indicators. */
  formula: z.string().trim().max(2000).nullable(),
  /** Measures stay draft (seen only inside the owning unit) until the owner validates them. */
  requiresValidation: z.boolean(),
  nodeIds: uuids,
  actionIds: uuids,
};

export const indicatorCreateInputSchema = z.strictObject(indicatorFields).partial().required({ code: true, name: true, periodicity: true });
export type IndicatorCreateInput = z.input<typeof indicatorCreateInputSchema>;
export const indicatorUpdateInputSchema = z.strictObject(indicatorFields).partial().extend({ version: versionSchema });
export type IndicatorUpdateInput = z.input<typeof indicatorUpdateInputSchema>;

const personRef = z.object({ id: z.uuid(), name: z.string() });

/** The latest measure of an indicator with where it stands, as lists and tiles show it. */
export const measurePointSchema = z.object({
  period: z.string(),
  value: z.number(),
  state: z.enum(measureStates),
  target: z.number().nullable(),
  targetMax: z.number().nullable(),
  status: z.enum(measureStatuses),
  trend: z.enum(trends).nullable(),
});
export type MeasurePoint = z.infer<typeof measurePointSchema>;

export const indicatorSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  decimals: z.number().int(),
  direction: z.enum(indicatorDirections),
  periodicity: z.enum(periodicities),
  kind: z.enum(indicatorKinds),
  ownerOrgUnitId: z.uuid().nullable(),
  visibility: z.enum(visibilities),
  calculated: z.boolean(),
  latest: measurePointSchema.nullable(),
  /** The last completed period has no measure yet. */
  due: z.boolean(),
  duePeriod: z.string(),
  version: z.number().int(),
});
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;

export const indicatorSchema = indicatorSummarySchema.extend({
  description: z.string(),
  pilots: z.array(personRef),
  source: z.string(),
  method: z.string(),
  baselinePeriod: z.string().nullable(),
  baselineValue: z.number().nullable(),
  thresholds: z.object({ onTrack: z.number(), offTrack: z.number() }),
  formula: z.string().nullable(),
  inputCodes: z.array(z.string()),
  requiresValidation: z.boolean(),
  nodeIds: z.array(z.uuid()),
  actionIds: z.array(z.uuid()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const targetInputSchema = z.strictObject({ period: periodSchema, value: measureValueSchema, valueMax: measureValueSchema.nullable().optional() });
/** PUT replaces the whole list of targets. */
export const targetsInputSchema = z.strictObject({ targets: z.array(targetInputSchema).max(600) });
export const targetSchema = z.object({ period: z.string(), value: z.number(), valueMax: z.number().nullable() });
export type IndicatorTarget = z.infer<typeof targetSchema>;

/** One period of an indicator: measure (if any), target, status, trend. */
export const measureSchema = z.object({
  period: z.string(),
  value: z.number().nullable(),
  comment: z.string(),
  state: z.enum(measureStates).nullable(),
  source: z.enum(measureSources).nullable(),
  enteredBy: personRef.nullable(),
  enteredAt: z.string().nullable(),
  validatedAt: z.string().nullable(),
  target: z.number().nullable(),
  targetMax: z.number().nullable(),
  status: z.enum(measureStatuses),
  trend: z.enum(trends).nullable(),
  version: z.number().int().nullable(),
});
export type Measure = z.infer<typeof measureSchema>;

/** A replaced value, kept: « re-entering a period keeps the old one in history ». */
export const measureRevisionSchema = z.object({
  period: z.string(),
  value: z.number(),
  comment: z.string(),
  source: z.enum(measureSources),
  enteredBy: personRef.nullable(),
  enteredAt: z.string(),
  replacedAt: z.string(),
});
export type MeasureRevision = z.infer<typeof measureRevisionSchema>;

/** PUT /api/indicators/:id/measures: the periods to set; `value: null` deletes the period. */
export const measureEntrySchema = z.strictObject({
  period: z.string().trim().min(1).max(20),
  value: measureValueSchema.nullable(),
  comment: z.string().max(2000).optional(),
  validate: z.boolean().optional(),
});
export const measuresInputSchema = z.strictObject({ measures: z.array(measureEntrySchema).min(1).max(1000) });
export type MeasuresInput = z.input<typeof measuresInputSchema>;

/** POST /api/v1/measures item, as business applications send it. */
export const measurePushItemSchema = z.object({
  indicator: z.string().trim().min(1).max(40),
  period: z.string().trim().min(1).max(20),
  value: z.union([z.number(), z.string().max(40)]),
  comment: z.string().max(2000).optional(),
});
export const measurePushInputSchema = z.array(measurePushItemSchema).min(1).max(10_000);

export const measureItemResultSchema = z.object({
  index: z.number().int(),
  indicator: z.string(),
  period: z.string(),
  result: z.enum(['created', 'updated', 'unchanged', 'error']),
  error: z.string().optional(),
});
export const measurePushResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.number().int(),
  items: z.array(measureItemResultSchema),
});
export type MeasurePushResult = z.infer<typeof measurePushResultSchema>;

/** A problem in an imported file, where the user will find it. */
export const importProblemSchema = z.object({ line: z.number().int(), column: z.string().optional(), message: z.string() });
export type ImportProblem = z.infer<typeof importProblemSchema>;
export const measureImportResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(importProblemSchema),
  /** A sample of what would be (or was) written, for the preview. */
  preview: z.array(z.object({ line: z.number().int(), indicator: z.string(), period: z.string(), value: z.number(), comment: z.string() })),
});
export type MeasureImportResult = z.infer<typeof measureImportResultSchema>;

/** The entry grid: a unit's indicators × the periods due. */
export const entryGridSchema = z.object({
  periods: z.array(z.string()),
  rows: z.array(
    z.object({
      indicator: indicatorSummarySchema,
      cells: z.array(measureSchema),
      canEnter: z.boolean(),
    }),
  ),
});
export type EntryGrid = z.infer<typeof entryGridSchema>;

export const indicatorListQuerySchema = z.object({
  orgUnitId: z.uuid().optional(),
  planId: z.uuid().optional(),
  nodeId: z.uuid().optional(),
  actionId: z.uuid().optional(),
  periodicity: z.enum(periodicities).optional(),
  status: z.enum(measureStatuses).optional(),
  due: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(200).optional(),
});
export type IndicatorListQuery = z.infer<typeof indicatorListQuerySchema>;
