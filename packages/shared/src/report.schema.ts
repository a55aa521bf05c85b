import { z } from 'zod';
import { statusCategories } from './status.schema.js';

/**
 * Reports are documents generated on the server (PDF, or DOCX for the editable progress report),
 * always AS one user: they contain only what that user may read. They are kept and downloadable
 * from the « Rapports » page; subscriptions (e-mailed reports) generate the same kinds.
 */
export const reportKinds = ['plan-progress', 'action-book', 'action', 'indicator'] as const;
export const reportKindSchema = z.enum(reportKinds);
export type ReportKind = z.infer<typeof reportKindSchema>;

export const reportFormats = ['pdf', 'docx'] as const;
export const reportFormatSchema = z.enum(reportFormats);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

export const reportStatuses = ['ready', 'failed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** Which fiches or indicator a report is about; which fields matter depends on the kind. */
export const reportFilterSchema = z.strictObject({
  planId: z.uuid().optional(),
  /** An axis (or any node): the recueil is limited to the fiches below it. */
  nodeId: z.uuid().optional(),
  actionId: z.uuid().optional(),
  indicatorId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  statusCategory: z.enum(statusCategories).optional(),
  flagship: z.boolean().optional(),
  tag: z.string().trim().min(1).max(60).optional(),
});
export type ReportFilter = z.infer<typeof reportFilterSchema>;

/** The formats each kind is produced in. */
export const reportFormatsByKind: Record<ReportKind, readonly ReportFormat[]> = {
  'plan-progress': ['pdf', 'docx'],
  'action-book': ['pdf', 'docx'],
  action: ['pdf'],
  indicator: ['pdf'],
};

type ReportRequest = { kind: ReportKind; format: ReportFormat; filter: ReportFilter };

/** Adds a French issue for each thing the kind needs and the request lacks. */
export function checkReportRequest(value: ReportRequest, ctx: z.RefinementCtx) {
  const { kind, format, filter } = value;
  const need = (field: keyof ReportFilter, message: string) => {
    if (!filter[field]) ctx.addIssue({ code: 'custom', path: ['filter', field], message });
  };
  if (kind === 'plan-progress') need('planId', 'Choisissez un plan.');
  if (kind === 'action-book' && !filter.planId && !filter.nodeId) need('planId', 'Choisissez un plan ou un axe.');
  if (kind === 'action') need('actionId', 'Choisissez une fiche action.');
  if (kind === 'indicator') need('indicatorId', 'Choisissez un indicateur.');
  if (!reportFormatsByKind[kind].includes(format)) {
    ctx.addIssue({ code: 'custom', path: ['format'], message: 'Ce rapport n’existe pas dans ce format.' });
  }
}

export const createReportSchema = z
  .strictObject({ kind: reportKindSchema, format: reportFormatSchema, filter: reportFilterSchema.default({}) })
  .superRefine(checkReportRequest);
export type CreateReportInput = z.input<typeof createReportSchema>;

export const reportJobAnswerSchema = z.object({ data: z.object({ jobId: z.uuid() }) });

/** A generated report as listed on the « Rapports » page. */
export const reportSchema = z.object({
  id: z.uuid(),
  kind: reportKindSchema,
  format: reportFormatSchema,
  title: z.string(),
  status: z.enum(reportStatuses),
  byteSize: z.number().int(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  subscriptionId: z.uuid().nullable(),
  filter: reportFilterSchema,
});
export type Report = z.infer<typeof reportSchema>;

export const reportListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const reportListSchema = z.object({
  data: z.array(reportSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ReportList = z.infer<typeof reportListSchema>;

/** The organisation logo shown on report covers. */
export const organizationLogoTypes = ['image/png', 'image/jpeg'] as const;
export const organizationLogoMaxBytes = 2 * 1024 * 1024;
