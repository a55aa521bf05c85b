import { reportSubscriptionDefinitionSchema, type reportSubscriptionCreateSchema, type reportSubscriptionUpdateSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { isAdmin } from '../../policies/types.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { nextRunOf, queueScheduledSending, queueSendNow, rescheduleReviewRuns } from './report-subscription-jobs.js';
import { auditedSubscription, presentSubscription, type RecipientUser } from './report-subscription.presenter.js';
import {
  deleteSubscription,
  findSubscription,
  insertSubscription,
  listSubscriptions,
  selectRecipientUsers,
  updateSubscription,
} from './report-subscription.repository.js';
import type { ReportSubscriptionRow } from './report-subscription.table.js';

type CreateInput = z.output<typeof reportSubscriptionCreateSchema>;
type UpdateInput = z.output<typeof reportSubscriptionUpdateSchema>;
const ENTITY = 'reportSubscription';

/** The subscriptions of the plans the actor manages (all plans for an admin), optionally of one plan. */
export async function listPlanSubscriptions(ctx: AppContext, actor: MemberActor, query: { planId?: string }) {
  if (query.planId) {
    const { resource } = await loadPlanForActor(ctx.db, actor, query.planId);
    authorize(actor, 'reportSubscription.manage', resource);
  }
  const rows = await listSubscriptions(ctx.db, { ...scopeOf(actor), userId: actor.userId, admin: isAdmin(actor), planId: query.planId });
  const users = await usersOf(ctx.db, actor, rows.map((r) => r.subscription));
  return rows.map(({ subscription, planName }) => presentSubscription(subscription, { planName, users, canManage: true }));
}

export async function createSubscription(ctx: AppContext, actor: MemberActor, input: CreateInput) {
  const { plan, resource } = await loadPlanForActor(ctx.db, actor, input.planId);
  authorize(actor, 'reportSubscription.manage', resource);
  await checkRecipientUsers(ctx.db, actor, input.recipients.userIds);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await insertSubscription(tx, {
      id: newId(),
      ...scopeOf(actor),
      ...input,
      nextRunAt: nextRunOf(input, now),
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await queueScheduledSending(tx, ctx.clock, row);
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: row.id, action: 'create', before: null, after: auditedSubscription(row) });
    return presentSubscription(row, { planName: plan.name, users: await usersOf(tx, actor, [row]), canManage: true });
  });
}

/** A change of schedule, or pausing/resuming, reschedules from now: jobs queued before go stale. */
export async function changeSubscription(ctx: AppContext, actor: MemberActor, id: string, input: UpdateInput) {
  const { current, planName } = await loadManaged(ctx, actor, id);
  const { version, ...changes } = input;
  if (current.version !== version) throw conflict();
  const checked = reportSubscriptionDefinitionSchema.safeParse({ ...pick(current), ...changes });
  if (!checked.success) throw invalid(checked.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
  const merged = checked.data;
  if (changes.recipients) await checkRecipientUsers(ctx.db, actor, merged.recipients.userIds);
  const rescheduled = changes.schedule !== undefined || changes.active !== undefined;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { planId: _samePlan, ...values } = merged;
    const updated = await updateSubscription(tx, { ...scopeOf(actor), id, version }, { ...values, updatedAt: now, ...(rescheduled ? { nextRunAt: nextRunOf(merged, now) } : {}) });
    if (!updated) throw conflict();
    if (rescheduled) await queueScheduledSending(tx, ctx.clock, updated);
    if (rescheduled) await rescheduleReviewRuns(tx, ctx.clock, updated);
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: id, action: 'update', before: auditedSubscription(current), after: auditedSubscription(updated) });
    const fresh = (await findSubscription(tx, { ...scopeOf(actor), id })) ?? updated;
    return presentSubscription(fresh, { planName, users: await usersOf(tx, actor, [fresh]), canManage: true });
  });
}

export async function removeSubscription(ctx: AppContext, actor: MemberActor, id: string) {
  const { current } = await loadManaged(ctx, actor, id);
  await ctx.db.transaction(async (tx) => {
    await deleteSubscription(tx, { ...scopeOf(actor), id });
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: id, action: 'delete', before: auditedSubscription(current), after: null });
  });
}

/** « Envoyer maintenant »: queued as a job the requester can follow; the schedule is untouched. */
export async function sendSubscriptionNow(ctx: AppContext, actor: MemberActor, id: string) {
  const { current } = await loadManaged(ctx, actor, id);
  const job = await ctx.db.transaction((tx) => queueSendNow(tx, ctx.clock, current, actor.userId));
  ctx.wakeJobs?.();
  return { jobId: job.id };
}

/** 404 when the actor may not read the subscription's plan (or it is elsewhere), 403 when they read but do not manage it. */
async function loadManaged(ctx: AppContext, actor: MemberActor, id: string) {
  const current = await findSubscription(ctx.db, { ...scopeOf(actor), id });
  if (!current) throw notFound('Abonnement');
  const { plan, resource } = await loadPlanForActor(ctx.db, actor, current.planId).catch(() => {
    throw notFound('Abonnement');
  });
  authorize(actor, 'reportSubscription.manage', resource);
  return { current, planName: plan.name };
}

/** Recipients must be members of the collectivité (an inactive account can stay listed, it is skipped). */
async function checkRecipientUsers(db: DbOrTx, actor: MemberActor, userIds: string[]) {
  const found = await selectRecipientUsers(db, { ...scopeOf(actor), userIds });
  const known = new Set(found.filter((user) => user.active).map((user) => user.id));
  const unknown = userIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw invalid([{ path: `recipients.userIds.${unknown}`, message: 'Utilisateur introuvable ou inactif dans la collectivité' }]);
}

async function usersOf(db: DbOrTx, actor: MemberActor, rows: ReportSubscriptionRow[]) {
  const ids = [...new Set(rows.flatMap((row) => [row.createdBy, ...row.recipients.userIds]))];
  const found = await selectRecipientUsers(db, { ...scopeOf(actor), userIds: ids });
  return new Map<string, RecipientUser>(found.map((user) => [user.id, user]));
}

const pick = (row: ReportSubscriptionRow) => ({
  planId: row.planId,
  kind: row.kind,
  format: row.format,
  filter: row.filter,
  schedule: row.schedule,
  recipients: row.recipients,
  active: row.active,
});

