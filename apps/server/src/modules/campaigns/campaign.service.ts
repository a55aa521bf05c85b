import { campaignCreateSchema, type CampaignDetail } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict } from '../../http/errors.js';
import { groupBy } from '../../lib/group-by.js';
import { newId } from '../../lib/tokens.js';
import { authorize, can } from '../../policies/index.js';
import { isAdmin } from '../../policies/types.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { campaignResource, loadCampaignForActor } from './campaign.access.js';
import { ensureCampaignDayScheduled } from './campaign-daily.js';
import { itemsOfScope, openRound, remindRound } from './campaign-rounds.js';
import { checkScope } from './campaign-scope.check.js';
import { unprocessable } from '../indicators/indicator-formula.js';
import { auditedCampaign, presentDetail, presentSummary, presentTask } from './campaign.presenter.js';
import {
  closeCampaignRow,
  insertCampaign,
  lastReminders,
  latestRound,
  listReadableCampaigns,
  selectCampaignsWithRound,
  selectItemStates,
  selectNames,
  selectOpenRoundsOf,
  type ItemState,
} from './campaign.repository.js';
import type { CampaignRoundRow, CampaignRow } from './campaign.table.js';
import { todayOf } from '../../lib/clock.js';

type CreateInput = z.output<typeof campaignCreateSchema>;
const ENTITY = 'campaign';

const namesOf = (db: DbOrTx, organizationId: string, rows: CampaignRow[]) =>
  selectNames(db, {
    organizationId,
    planIds: rows.flatMap((row) => (row.planId ? [row.planId] : [])),
    nodeIds: rows.flatMap((row) => (row.nodeId ? [row.nodeId] : [])),
    unitIds: rows.flatMap((row) => (row.orgUnitId ? [row.orgUnitId] : [])),
    userIds: rows.map((row) => row.createdBy),
  });

/** The campaigns the actor may read (admins: all; else those they created or whose plan they manage). */
export async function listCampaigns(ctx: AppContext, actor: MemberActor) {
  const ids = await listReadableCampaigns(ctx.db, { ...scopeOf(actor), userId: actor.userId, admin: isAdmin(actor) });
  const rows = await selectCampaignsWithRound(ctx.db, { ...scopeOf(actor), ids });
  const states = statesByRound(await selectItemStates(ctx.db, { ...scopeOf(actor), roundIds: rows.map((r) => r.round.id) }));
  const names = await namesOf(ctx.db, actor.organizationId, rows.map((r) => r.campaign));
  const today = todayOf(ctx.clock);
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows
    .sort((a, b) => order.get(a.campaign.id)! - order.get(b.campaign.id)!)
    .map(({ campaign, round }) => presentSummary(campaign, round, states.get(round.id) ?? [], names, today));
}

/** Opens a campaign and its first round: recipients told at once; nothing written if nobody is asked. */
export async function createCampaign(ctx: AppContext, actor: MemberActor, input: CreateInput) {
  const scope = await checkScope(ctx.db, actor, input.scope);
  const resource = await campaignResource(ctx.db, actor, { organizationId: actor.organizationId, planId: 'planId' in scope ? scope.planId : null, createdBy: actor.userId });
  authorize(actor, 'campaign.create', resource);
  if (input.deadline < todayOf(ctx.clock)) throw unprocessable([{ path: 'deadline', message: 'L’échéance est déjà passée : choisissez aujourd’hui ou une date à venir.' }]);
  const items = await itemsOfScope(ctx.db, actor.organizationId, scope, input.includeIndicators);
  if (items.length === 0) {
    throw unprocessable([{ path: 'scope', message: 'Aucun pilote à solliciter : aucune fiche en cours de ce périmètre n’a de pilote.' }]);
  }
  const now = ctx.clock.now();
  const detail = await ctx.db.transaction(async (tx) => {
    const row = await insertCampaign(tx, {
      id: newId(),
      ...scopeOf(actor),
      title: input.title,
      message: input.message,
      planId: 'planId' in scope ? scope.planId : null,
      nodeId: 'planId' in scope ? scope.nodeId : null,
      orgUnitId: 'orgUnitId' in scope ? scope.orgUnitId : null,
      includeIndicators: input.includeIndicators,
      recurrenceWeeks: input.recurrenceWeeks ?? null,
      remindDaysBefore: input.remindDaysBefore,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const opened = (await openRound(tx, ctx, row, { number: 1, deadline: input.deadline }, items))!;
    await ensureCampaignDayScheduled(tx, ctx.clock);
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: row.id, action: 'create', before: null, after: auditedCampaign(row) });
    return detailOf(tx, ctx, actor, row, opened.round, true);
  });
  ctx.wakeJobs?.();
  return detail;
}

export async function getCampaign(ctx: AppContext, actor: MemberActor, id: string) {
  const { row, resource } = await loadCampaignForActor(ctx.db, actor, id, 'campaign.read');
  const round = (await latestRound(ctx.db, { ...scopeOf(actor), campaignId: id }))!;
  return detailOf(ctx.db, ctx, actor, row, round, can(actor, 'campaign.manage', resource));
}

/** « Relancer »: those not done (or the given ones among them) get a reminder now. */
export async function remindCampaign(ctx: AppContext, actor: MemberActor, id: string, userIds?: string[]) {
  const { row } = await loadCampaignForActor(ctx.db, actor, id, 'campaign.manage');
  if (row.closedAt) throw conflict('Cette campagne est close : plus de relance possible.');
  const round = (await latestRound(ctx.db, { ...scopeOf(actor), campaignId: id }))!;
  const reminded = await ctx.db.transaction((tx) => remindRound(tx, ctx, row, round, { kind: 'manual', userIds, sentBy: actor.userId }));
  ctx.wakeJobs?.();
  return { reminded };
}

/** Closing stops reminders and rounds; the campaign stays readable. */
export async function closeCampaign(ctx: AppContext, actor: MemberActor, id: string) {
  const { row } = await loadCampaignForActor(ctx.db, actor, id, 'campaign.manage');
  if (row.closedAt) throw conflict('Cette campagne est déjà close.');
  return ctx.db.transaction(async (tx) => {
    const closed = await closeCampaignRow(tx, { ...scopeOf(actor), id, version: row.version }, ctx.clock.now());
    if (!closed) throw conflict();
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: id, action: 'update', before: auditedCampaign(row), after: auditedCampaign(closed) });
    const round = (await latestRound(tx, { ...scopeOf(actor), campaignId: id }))!;
    return detailOf(tx, ctx, actor, closed, round, true);
  });
}

/** What the actor is asked to update in the open campaigns, those with something left to do. */
export async function listMyTasks(ctx: AppContext, actor: MemberActor) {
  const rows = await selectOpenRoundsOf(ctx.db, { ...scopeOf(actor), userId: actor.userId });
  const states = statesByRound(await selectItemStates(ctx.db, { ...scopeOf(actor), roundIds: rows.map((r) => r.round.id), userId: actor.userId }));
  const today = todayOf(ctx.clock);
  return rows
    .map(({ campaign, round }) => presentTask(campaign, round, states.get(round.id) ?? [], today))
    .filter((task) => task.items.some((item) => !item.done));
}

const statesByRound = (states: ItemState[]) => groupBy(states, (state) => state.roundId);

async function detailOf(db: DbOrTx, ctx: AppContext, actor: MemberActor, row: CampaignRow, round: CampaignRoundRow, canManage: boolean): Promise<CampaignDetail> {
  const states = await selectItemStates(db, { ...scopeOf(actor), roundIds: [round.id] });
  const names = await namesOf(db, actor.organizationId, [row]);
  const reminded = await lastReminders(db, { ...scopeOf(actor), roundId: round.id });
  return presentDetail(row, round, states, { names, today: todayOf(ctx.clock), reminded, canManage });
}
