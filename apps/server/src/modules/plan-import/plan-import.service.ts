/**
 * Importing a plan from a spreadsheet. The preview (dry run) parses, matches and counts without
 * writing; the real import stores the file, queues a job, and the job parses it again (the
 * collectivité may have changed meanwhile) and writes the whole plan in one transaction, or
 * nothing when any error is left.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planImportFieldsSchema, type PlanImportFields, type PlanImportJobResult, type PlanImportPreview } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { AppError, invalid } from '../../http/errors.js';
import { dayInFrance } from '../../lib/clock.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { reportJobProgress } from '../jobs/job-progress.js';
import { enqueueJob } from '../jobs/job.runner.js';
import { buildImport } from './plan-import.build.js';
import { detectPlanFileKind, type PlanFileKind } from './plan-import.guard.js';
import { parsePlanGrids } from './plan-import.parser.js';
import { insertImportedPlan, loadImportReferences } from './plan-import.repository.js';
import { memberActorOf } from '../users/member-actor.js';
import { readGrids } from './plan-import.sheet.js';

export const PLAN_IMPORT_JOB = 'plan.import';

/** Only whoever may create a plan may import one (policies/plan.policy.ts: plan.create). */
const authorizeImport = (actor: MemberActor) => authorize(actor, 'plan.create', { ...scopeOf(actor), state: 'draft', actorRole: null });

async function prepare(ctx: AppContext, actor: Pick<MemberActor, 'organizationId' | 'userId'>, bytes: Uint8Array, kind: PlanFileKind, fields: PlanImportFields) {
  const parsed = parsePlanGrids(await readGrids(bytes, kind));
  const refs = await loadImportReferences(ctx.db, scopeOf(actor as MemberActor));
  const now = ctx.clock.now();
  // currentYear: France's calendar year, where a TeT total budget without any date falls.
  return buildImport({ parsed, refs, fields, organizationId: actor.organizationId, userId: actor.userId, now, currentYear: Number(dayInFrance(now).slice(0, 4)) });
}

export async function previewPlanImport(ctx: AppContext, actor: MemberActor, bytes: Uint8Array, fields: PlanImportFields): Promise<PlanImportPreview> {
  authorizeImport(actor);
  const kind = await detectPlanFileKind(bytes);
  return (await prepare(ctx, actor, bytes, kind, fields)).preview;
}

const uploadDir = (ctx: AppContext, organizationId: string) => path.join(ctx.config.dataDir, 'imports', organizationId);

/** Keeps the file under DATA_DIR until its job ends, and queues the job; the answer is the job to follow. */
export async function startPlanImport(ctx: AppContext, actor: MemberActor, bytes: Uint8Array, fields: PlanImportFields) {
  authorizeImport(actor);
  if (!fields.name) throw invalid([{ path: 'plan.name', message: 'Donnez un nom au plan' }]);
  const kind = await detectPlanFileKind(bytes);
  const uploadId = newId();
  const dir = uploadDir(ctx, actor.organizationId);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, uploadId);
  await writeFile(file, bytes, { flag: 'wx' });
  try {
    const job = await enqueueJob(ctx.db, ctx.clock, {
      kind: PLAN_IMPORT_JOB,
      organizationId: actor.organizationId,
      createdBy: actor.userId,
      // A crash mid-import must not write twice; the user starts again from the preview.
      maxAttempts: 1,
      payload: { uploadId, fileKind: kind, fields },
    });
    ctx.wakeJobs?.();
    return { jobId: job.id };
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}

interface ImportPayload {
  uploadId: string;
  fileKind: PlanFileKind;
  fields: PlanImportFields;
}

/** The job: re-check rights and the file, then everything or nothing. The stored file is deleted whatever happens. */
export async function runPlanImport(ctx: AppContext, job: { id: string; organizationId: string | null; createdBy: string | null; payload: Record<string, unknown> }): Promise<PlanImportJobResult> {
  const { uploadId, fileKind } = job.payload as unknown as ImportPayload;
  if (!job.organizationId || !job.createdBy || !/^[0-9a-f-]{36}$/.test(uploadId)) throw new Error('Tâche d’import incomplète');
  const file = path.join(uploadDir(ctx, job.organizationId), uploadId);
  try {
    const actor = await memberActorOf(ctx, job.organizationId, job.createdBy);
    authorizeImport(actor);
    const fields = planImportFieldsSchema.parse((job.payload as unknown as ImportPayload).fields);
    const bytes = await readFile(file);
    reportJobProgress(ctx.db, job.id, 5);
    const started = performance.now();
    let prepared: Awaited<ReturnType<typeof prepare>>;
    try {
      prepared = await prepare(ctx, actor, bytes, fileKind, fields);
    } catch (error) {
      // The file itself is refused (unreadable, a column missing): the import's answer, not a crash.
      if (error instanceof AppError && error.status === 422) return { planId: null, problems: [{ severity: 'error', sheet: '', line: 0, message: error.message }] };
      throw error;
    }
    const { rows, preview } = prepared;
    reportJobProgress(ctx.db, job.id, 25);
    if (!preview.ready) return { planId: null, problems: preview.problems.filter((p) => p.severity === 'error') };
    const total = rows.nodeLevels.reduce((n, level) => n + level.length, 0) + rows.actions.length + rows.copilots.length + rows.budgets.length + rows.indicatorLinks.length + rows.events.length;
    let written = 0;
    const prepareMs = Math.round(performance.now() - started);
    await ctx.db.transaction(async (tx) => {
      await insertImportedPlan(tx, rows, (n) => {
        written += n;
        reportJobProgress(ctx.db, job.id, 25 + (70 * written) / Math.max(1, total));
      });
    });
    return { planId: rows.plan.id!, counts: preview.counts, timings: { prepareMs, writeMs: Math.round(performance.now() - started) - prepareMs } };
  } finally {
    await rm(file, { force: true });
  }
}
