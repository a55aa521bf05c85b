import { z } from 'zod';
import { isoDateSchema } from './plan.schema.js';
import { versionSchema } from './common.schema.js';

/** API tokens: business applications push measures with them (POST /api/v1/measures). */
export const apiTokenCreateInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  /** Org units whose indicators the token may feed (and their sub-units); empty: the whole collectivité. */
  orgUnitIds: z.array(z.uuid()).max(200).default([]),
  expiresOn: isoDateSchema.nullable().default(null),
});
export type ApiTokenCreateInput = z.input<typeof apiTokenCreateInputSchema>;

export const apiTokenStates = ['active', 'expired', 'revoked'] as const;
export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The first characters, to recognise a token without storing it. */
  prefix: z.string(),
  orgUnitIds: z.array(z.uuid()),
  expiresOn: z.string().nullable(),
  state: z.enum(apiTokenStates),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
/** The creation answer is the only time the secret is shown. */
export const apiTokenCreatedSchema = apiTokenSchema.extend({ token: z.string() });

/** Scheduled connectors: Pilotis fetches CSV or JSON from a business application. */
export const connectorFormats = ['csv', 'json'] as const;
export const connectorSchedules = ['manual', 'daily', 'weekly', 'monthly'] as const;
export type ConnectorSchedule = (typeof connectorSchedules)[number];

const field = z.string().trim().min(1).max(200);
export const connectorMappingSchema = z.strictObject({
  /** JSON: dotted path to the array of records ("" or absent: the body itself). */
  itemsPath: z.string().trim().max(200).default(''),
  /** Column or JSON path of the indicator code; absent when the connector feeds one indicator. */
  indicatorField: field.nullable().default(null),
  periodField: field,
  valueField: field,
  commentField: field.nullable().default(null),
});
export type ConnectorMapping = z.infer<typeof connectorMappingSchema>;

const connectorFields = {
  name: z.string().trim().min(1).max(120),
  url: z.url({ protocol: /^https?$/ }),
  format: z.enum(connectorFormats),
  schedule: z.enum(connectorSchedules),
  /** The indicators it may write; with no indicatorField, exactly one. */
  indicatorIds: z.array(z.uuid()).min(1).max(500),
  mapping: connectorMappingSchema,
  enabled: z.boolean(),
};
const oneIndicatorWithoutCodeColumn = (c: { indicatorIds?: string[]; mapping?: ConnectorMapping }) =>
  !c.mapping || c.mapping.indicatorField !== null || (c.indicatorIds?.length ?? 1) === 1;
const oneIndicatorIssue = { message: 'Sans colonne « indicateur », un connecteur alimente un seul indicateur', path: ['indicatorIds'] };

export const connectorCreateInputSchema = z
  .strictObject(connectorFields)
  .partial({ enabled: true, schedule: true, format: true })
  .refine(oneIndicatorWithoutCodeColumn, oneIndicatorIssue);
export type ConnectorCreateInput = z.input<typeof connectorCreateInputSchema>;
export const connectorUpdateInputSchema = z
  .strictObject(connectorFields)
  .partial()
  .extend({ version: versionSchema })
  .refine(oneIndicatorWithoutCodeColumn, oneIndicatorIssue);

export const connectorRunStatuses = ['running', 'success', 'failed'] as const;
export const connectorRunSchema = z.object({
  id: z.uuid(),
  trigger: z.enum(['schedule', 'manual']),
  status: z.enum(connectorRunStatuses),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  fetchedRows: z.number().int(),
  writtenRows: z.number().int(),
  errors: z.array(z.string()),
});
export type ConnectorRun = z.infer<typeof connectorRunSchema>;

export const connectorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  url: z.string(),
  format: z.enum(connectorFormats),
  schedule: z.enum(connectorSchedules),
  indicatorIds: z.array(z.uuid()),
  mapping: connectorMappingSchema,
  enabled: z.boolean(),
  nextRunAt: z.string().nullable(),
  lastRun: connectorRunSchema.nullable(),
  version: z.number().int(),
});
export type Connector = z.infer<typeof connectorSchema>;
