import type { DefaultAttendee, reviewSeriesCreateSchema, reviewSeriesUpdateSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict, invalid } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize, can } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { loadSeriesForActor } from './review.access.js';
import { auditedSeries, presentSeries } from './review.presenter.js';
import { insertSeries, listPlanSeries, selectMembers, seriesStats, updateSeries } from './review.repository.js';
import type { ReviewSeriesRow } from './review.table.js';
import { todayOf } from '../../lib/clock.js';

type CreateInput = z.output<typeof reviewSeriesCreateSchema>;
type UpdateInput = z.output<typeof reviewSeriesUpdateSchema>;
const ENTITY = 'reviewSeries';

export async function listSeries(ctx: AppContext, actor: MemberActor, planId: string) {
  const { resource } = await loadPlanForActor(ctx.db, actor, planId);
  authorize(actor, 'review.read', resource);
  const rows = await listPlanSeries(ctx.db, { ...scopeOf(actor), planId });
  const members = await membersOf(ctx.db, actor, rows.map((row) => row.series));
  const canManage = can(actor, 'review.manage', resource);
  const today = todayOf(ctx.clock);
  return rows.map(({ series, lastReviewDate, reviewCount }) =>
    presentSeries(series, { lastReviewDate: lastReviewDate ?? null, reviewCount: Number(reviewCount ?? 0), today, members, canManage }),
  );
}

export async function createSeries(ctx: AppContext, actor: MemberActor, input: CreateInput) {
  const { resource } = await loadPlanForActor(ctx.db, actor, input.planId);
  authorize(actor, 'review.manage', resource);
  await checkMemberAttendees(ctx.db, actor, input.defaultAttendees, 'defaultAttendees');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await insertSeries(tx, { id: newId(), ...scopeOf(actor), ...input, createdAt: now, updatedAt: now });
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: row.id, action: 'create', before: null, after: auditedSeries(row) });
    return present(tx, ctx, actor, row);
  });
}

/** Cadence and everyWeeks are checked together on the merged series (every N weeks needs N, the others none). */
export async function changeSeries(ctx: AppContext, actor: MemberActor, id: string, input: UpdateInput) {
  const { series: current } = await loadSeriesForActor(ctx.db, actor, id, { manage: true });
  const { version, ...changes } = input;
  if (current.version !== version) throw conflict();
  const cadence = changes.cadence ?? current.cadence;
  const everyWeeks = cadence === 'weeks' ? (changes.everyWeeks !== undefined ? changes.everyWeeks : current.everyWeeks) : null;
  if (cadence === 'weeks' && everyWeeks === null) throw invalid([{ path: 'everyWeeks', message: 'Indiquez le nombre de semaines (1 à 52)' }]);
  if (changes.defaultAttendees) await checkMemberAttendees(ctx.db, actor, changes.defaultAttendees, 'defaultAttendees');
  return ctx.db.transaction(async (tx) => {
    const updated = await updateSeries(tx, { ...scopeOf(actor), id, version }, { ...changes, everyWeeks, updatedAt: ctx.clock.now() });
    if (!updated) throw conflict();
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: id, action: 'update', before: auditedSeries(current), after: auditedSeries(updated) });
    return present(tx, ctx, actor, updated);
  });
}

async function present(db: DbOrTx, ctx: AppContext, actor: MemberActor, row: ReviewSeriesRow) {
  const stats = await seriesStats(db, { ...scopeOf(actor), seriesId: row.id });
  return presentSeries(row, { ...stats, today: todayOf(ctx.clock), members: await membersOf(db, actor, [row]), canManage: true });
}

async function membersOf(db: DbOrTx, actor: MemberActor, rows: ReviewSeriesRow[]) {
  const ids = rows.flatMap((row) => row.defaultAttendees.flatMap((a) => ('userId' in a ? [a.userId] : [])));
  const found = await selectMembers(db, { ...scopeOf(actor), userIds: [...new Set(ids)] });
  return new Map(found.map((member) => [member.id, member]));
}

/** Member attendees must be active members of the collectivité (400 on `<field>.N.userId`). */
export async function checkMemberAttendees(db: DbOrTx, actor: MemberActor, attendees: ({ userId?: string | null } | DefaultAttendee)[], field: string) {
  const ids = attendees.map((a) => ('userId' in a ? (a.userId ?? null) : null));
  const found = await selectMembers(db, { ...scopeOf(actor), userIds: [...new Set(ids.filter((id): id is string => id !== null))] });
  const active = new Map(found.filter((member) => member.active).map((member) => [member.id, member]));
  const unknown = ids.findIndex((id) => id !== null && !active.has(id));
  if (unknown >= 0) throw invalid([{ path: `${field}.${unknown}.userId`, message: 'Utilisateur introuvable ou inactif dans la collectivité' }]);
  return active;
}
