import { reportFilterSchema, type ReportFilter, type ReportFormat, type ReportKind } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { dayInFrance } from '../../lib/clock.js';
import { newSortableId } from '../../lib/tokens.js';
import { memberActorOf } from '../users/member-actor.js';
import { gatherActionBook, gatherFiche } from './report-data.book.js';
import { gatherIndicator } from './report-data.indicator.js';
import { gatherPlanProgress } from './report-data.plan.js';
import { loadOrganizationHeader, type ReportHeader } from './report-data.js';
import { fileSlug } from './report-format.js';
import { reportContentTypes, reportStorageKey, storeReportFile } from './report-storage.js';
import { insertReport } from './report.repository.js';

export interface GenerateReportInput {
  organizationId: string;
  actorUserId: string;
  kind: ReportKind;
  format: ReportFormat;
  filter: ReportFilter;
  subscriptionId?: string | null;
}

export interface GeneratedReport {
  reportId: string;
  fileName: string;
  filePath: string;
  contentType: string;
  byteSize: number;
  title: string;
}

export const reportKindLabels: Record<ReportKind, string> = {
  'plan-progress': 'Rapport d’avancement',
  'action-book': 'Recueil des fiches actions',
  action: 'Fiche action',
  indicator: 'Rapport d’indicateur',
};

type Rendered = { planId: string | null; title: string; bytes: Buffer };

/** Gathers what the actor may read for this kind, then writes it in the asked format. */
async function render(ctx: AppContext, actor: MemberActor, input: GenerateReportInput, header: Omit<ReportHeader, 'title' | 'details'>): Promise<Rendered> {
  const { kind, format, filter } = input;
  const { actionBookDocx, actionBookPdf, indicatorPdf, planProgressDocx, planProgressPdf } = await import('./report-writers.js');
  if (kind === 'plan-progress') {
    const data = await gatherPlanProgress(ctx, actor, filter, header);
    const bytes = format === 'docx' ? await planProgressDocx(data) : await planProgressPdf(data);
    return { planId: data.plan.id, title: data.header.title, bytes };
  }
  if (kind === 'action-book') {
    const data = await gatherActionBook(ctx, actor, filter, header);
    const bytes = format === 'docx' ? await actionBookDocx(data) : await actionBookPdf(data, { cover: true });
    return { planId: data.planId, title: data.header.title, bytes };
  }
  if (kind === 'action') {
    const data = await gatherFiche(ctx, actor, filter.actionId!, header);
    const bytes = format === 'docx' ? await actionBookDocx(data) : await actionBookPdf(data, { cover: false });
    return { planId: data.planId, title: data.header.title, bytes };
  }
  const data = await gatherIndicator(ctx, actor, filter.indicatorId!, header);
  return { planId: null, title: data.header.title, bytes: await indicatorPdf(data) };
}

/**
 * Generates a report AS the given user (only what they may read: 404 otherwise), stores the file
 * under DATA_DIR/files/<organizationId>/reports/<reportId>.<ext> and inserts its `reports` row.
 * Used by the `report.generate` job and by e-mailed subscriptions.
 */
export async function generateReport(
  ctx: AppContext,
  input: GenerateReportInput,
  options: { jobId?: string | null; onProgress?: (progress: number) => void } = {},
): Promise<GeneratedReport> {
  const actor = await memberActorOf(ctx, input.organizationId, input.actorUserId);
  const org = await loadOrganizationHeader(ctx, input.organizationId);
  const generatedAt = ctx.clock.now();
  const kindLabel = reportKindLabels[input.kind];
  options.onProgress?.(10);
  const rendered = await render(ctx, actor, input, { ...org, kindLabel, generatedAt, generatedBy: actor.name });
  options.onProgress?.(90);
  // Sortable: reports made within one clock tick still list newest first.
  const reportId = newSortableId();
  const storageKey = reportStorageKey(input.organizationId, reportId, input.format);
  const filePath = await storeReportFile(ctx.config, storageKey, rendered.bytes);
  const title = `${kindLabel} — ${rendered.title}`;
  await insertReport(ctx.db, {
    id: reportId,
    organizationId: input.organizationId,
    kind: input.kind,
    format: input.format,
    filter: storedFilter(input.filter),
    planId: rendered.planId,
    title,
    status: 'ready',
    storageKey,
    byteSize: rendered.bytes.length,
    createdBy: input.actorUserId,
    subscriptionId: input.subscriptionId ?? null,
    jobId: options.jobId ?? null,
    createdAt: generatedAt,
  });
  return {
    reportId,
    fileName: reportFileName(title, generatedAt, input.format),
    filePath,
    contentType: reportContentTypes[input.format],
    byteSize: rendered.bytes.length,
    title,
  };
}

/** The filter as the « Rapports » list answers it: the known fields only (a caller may pass more). */
function storedFilter(filter: ReportFilter): ReportFilter {
  const keys = Object.keys(reportFilterSchema.shape);
  return Object.fromEntries(Object.entries(filter).filter(([key, value]) => keys.includes(key) && value !== undefined && value !== null)) as ReportFilter;
}

/** `rapport-d-avancement-plan-climat-2026-11-22.pdf` (the title: « kind — subject »). */
export function reportFileName(title: string, at: Date, format: ReportFormat) {
  return `${fileSlug(title)}-${dayInFrance(at)}.${format}`;
}
