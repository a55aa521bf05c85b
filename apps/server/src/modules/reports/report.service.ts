import { stat } from 'node:fs/promises';
import type { CreateReportInput, ReportFilter, ReportFormat, ReportKind } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { can } from '../../policies/index.js';
import { getAction } from '../actions/action.service.js';
import { findNodes } from '../actions/action.repository.js';
import { loadIndicatorForActor } from '../indicators/indicator.access.js';
import { enqueueJob } from '../jobs/job.runner.js';
import { planResource, loadPlanForActor } from '../plans/plan.access.js';
import { findPlanWithRole, listPlansWithRole } from '../plans/plan.repository.js';
import { reportFileName } from './report-generate.service.js';
import { reportContentTypes, reportFilePath } from './report-storage.js';
import { presentReport } from './report.presenter.js';
import { findReport, listReports, type ReportReader } from './report.repository.js';

export const REPORT_GENERATE_JOB = 'report.generate';

/**
 * Checks at once that the actor may read what the report is about (404 otherwise), so that a
 * request that can only fail is refused before a job is queued; the job checks again, as them.
 */
async function checkSubject(ctx: AppContext, actor: MemberActor, kind: ReportKind, filter: ReportFilter) {
  if (kind === 'action') return void (await getAction(ctx, actor, filter.actionId!));
  if (kind === 'indicator') return void (await loadIndicatorForActor(ctx.db, actor, filter.indicatorId!));
  let planId = filter.planId;
  if (filter.nodeId) {
    const [node] = await findNodes(ctx.db, { ...scopeOf(actor), ids: [filter.nodeId] });
    if (!node || (planId && node.planId !== planId)) throw notFound('Élément du plan');
    planId = node.planId;
  }
  await loadPlanForActor(ctx.db, actor, planId!);
}

/** POST /api/reports: queues a `report.generate` job that its requester follows. */
export async function requestReport(ctx: AppContext, actor: MemberActor, input: { kind: ReportKind; format: ReportFormat; filter: ReportFilter }) {
  await checkSubject(ctx, actor, input.kind, input.filter);
  const job = await enqueueJob(ctx.db, ctx.clock, {
    kind: REPORT_GENERATE_JOB,
    organizationId: actor.organizationId,
    createdBy: actor.userId,
    // What fails once (a fiche removed meanwhile) fails again: the person asks anew.
    maxAttempts: 1,
    payload: { kind: input.kind, format: input.format, filter: input.filter } satisfies CreateReportInput,
  });
  ctx.wakeJobs?.();
  return { jobId: job.id };
}

/** Admins read every report; others theirs and those of the plans they manage. */
async function readerOf(ctx: AppContext, actor: MemberActor): Promise<ReportReader> {
  if (can(actor, 'report.readAll', scopeOf(actor))) return { all: true };
  const plans = await listPlansWithRole(ctx.db, { ...scopeOf(actor), userId: actor.userId });
  const managedPlanIds = plans.filter(({ plan, role }) => can(actor, 'report.read', { ...scopeOf(actor), createdBy: null, plan: planResource(plan, role) })).map(({ plan }) => plan.id);
  return { all: false, userId: actor.userId, managedPlanIds };
}

/** GET /api/reports: newest first, a page at a time. */
export async function listReportsFor(ctx: AppContext, actor: MemberActor, page: number, pageSize: number) {
  const { rows, total } = await listReports(ctx.db, { ...scopeOf(actor), reader: await readerOf(ctx, actor), page, pageSize });
  return { data: rows.map(({ report, authorName }) => presentReport(report, authorName)), total, page, pageSize };
}

/** The stored file of a report the actor may read (404 for anything else). */
export async function openReportFile(ctx: AppContext, actor: MemberActor, id: string) {
  const row = await findReport(ctx.db, { ...scopeOf(actor), id });
  if (!row) throw notFound('Rapport');
  const found = row.planId ? await findPlanWithRole(ctx.db, { ...scopeOf(actor), id: row.planId, userId: actor.userId }) : undefined;
  const plan = found ? planResource(found.plan, found.role) : null;
  if (!can(actor, 'report.read', { organizationId: row.organizationId, createdBy: row.createdBy, plan })) throw notFound('Rapport');
  const filePath = reportFilePath(ctx.config, row.storageKey);
  const file = await stat(filePath).catch(() => null);
  if (!file || row.status !== 'ready') throw notFound('Fichier du rapport');
  return { filePath, size: file.size, contentType: reportContentTypes[row.format], fileName: reportFileName(row.title, row.createdAt, row.format) };
}
