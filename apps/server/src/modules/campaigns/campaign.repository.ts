import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { rowsOf } from '../dashboards/dashboard-scope.repository.js';
import { campaignItems, campaignReminders, campaignRounds, campaigns, type CampaignRoundRow, type CampaignRow } from './campaign.table.js';

type Scope = { organizationId: string };

export async function insertCampaign(db: DbOrTx, values: typeof campaigns.$inferInsert) {
  const [row] = await db.insert(campaigns).values(values).returning();
  return row as CampaignRow;
}

/** A round and its items; undefined when that round already exists (the daily job ran twice). */
export async function insertRound(db: DbOrTx, round: typeof campaignRounds.$inferInsert, items: Omit<typeof campaignItems.$inferInsert, 'roundId'>[]) {
  const [row] = await db.insert(campaignRounds).values(round).onConflictDoNothing().returning();
  if (!row) return undefined;
  if (items.length > 0) await db.insert(campaignItems).values(items.map((item) => ({ ...item, roundId: row.id })));
  return row;
}

export async function findCampaign(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(campaigns).where(and(eq(campaigns.organizationId, organizationId), eq(campaigns.id, id)));
  return row;
}

export async function latestRound(db: DbOrTx, { organizationId, campaignId }: Scope & { campaignId: string }) {
  const [row] = await db
    .select()
    .from(campaignRounds)
    .where(and(eq(campaignRounds.organizationId, organizationId), eq(campaignRounds.campaignId, campaignId)))
    .orderBy(desc(campaignRounds.number))
    .limit(1);
  return row;
}

/** Closes it only if still at `version` and open; undefined otherwise. */
export async function closeCampaignRow(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version: number }, at: Date) {
  const [row] = await db
    .update(campaigns)
    .set({ closedAt: at, updatedAt: at, version: version + 1 })
    .where(and(eq(campaigns.organizationId, organizationId), eq(campaigns.id, id), eq(campaigns.version, version), sql`${campaigns.closedAt} is null`))
    .returning();
  return row;
}

/**
 * The campaigns the actor may read, each with its latest round: every one for an admin; else
 * those they created and those of the plans they manage (the policy's rule, in SQL).
 */
export async function listReadableCampaigns(db: DbOrTx, { organizationId, userId, admin }: Scope & { userId: string; admin: boolean }) {
  const readable = admin
    ? sql`true`
    : sql`(c.created_by = ${userId} or exists (select 1 from plan_members pm where pm.organization_id = c.organization_id and pm.plan_id = c.plan_id and pm.user_id = ${userId} and pm.role = 'manager'))`;
  const result = await db.execute(sql`
    select c.id from campaigns c
    where c.organization_id = ${organizationId} and ${readable}
    order by c.closed_at is not null, c.created_at desc, c.id`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

/** The round joined to its campaign is the campaign's latest (the one open or last closed). */
const isLatestRound = sql`${campaignRounds.number} = (select max(r2.number) from campaign_rounds r2 where r2.campaign_id = ${campaigns.id})`;

export interface CampaignWithRound {
  campaign: CampaignRow;
  round: CampaignRoundRow;
}

/** Campaigns by id (or every open one, of every collectivité, for the daily job) with their latest round. */
export async function selectCampaignsWithRound(db: DbOrTx, filter: (Scope & { ids: string[] }) | { open: true }): Promise<CampaignWithRound[]> {
  if ('ids' in filter && filter.ids.length === 0) return [];
  const which =
    'ids' in filter
      ? and(eq(campaigns.organizationId, filter.organizationId), inArray(campaigns.id, filter.ids))
      : isNull(campaigns.closedAt);
  return db
    .select({ campaign: campaigns, round: campaignRounds })
    .from(campaigns)
    .innerJoin(campaignRounds, eq(campaignRounds.campaignId, campaigns.id))
    .where(and(which, isLatestRound));
}

/** The open campaigns' latest rounds in which this person has something to update. */
export async function selectOpenRoundsOf(db: DbOrTx, { organizationId, userId }: Scope & { userId: string }) {
  const mine = sql`exists (select 1 from campaign_items i where i.round_id = ${campaignRounds.id} and i.user_id = ${userId})`;
  return db
    .select({ campaign: campaigns, round: campaignRounds })
    .from(campaigns)
    .innerJoin(campaignRounds, eq(campaignRounds.campaignId, campaigns.id))
    .where(and(eq(campaigns.organizationId, organizationId), isNull(campaigns.closedAt), isLatestRound, mine))
    .orderBy(asc(campaignRounds.deadline), asc(campaigns.title));
}

export interface ItemState {
  roundId: string;
  userId: string;
  userName: string;
  actionId: string | null;
  indicatorId: string | null;
  title: string;
  done: boolean;
}

/**
 * The items of these rounds with whether each was updated since its round opened: a fiche by a
 * log entry written since, or a recorded progress change; an indicator by a measure entered since.
 */
export async function selectItemStates(db: DbOrTx, { organizationId, roundIds, userId }: Scope & { roundIds: string[]; userId?: string }) {
  if (roundIds.length === 0) return [];
  const result = await db.execute(sql`
    select i.round_id as "roundId", i.user_id as "userId", u.name as "userName", i.action_id as "actionId", i.indicator_id as "indicatorId",
      coalesce(a.title, ind.code || ' — ' || ind.name) as "title",
      case when i.action_id is not null then (
        exists (select 1 from log_entries l where l.organization_id = i.organization_id and l.action_id = i.action_id and l.created_at >= r.opened_at)
        or exists (select 1 from audit_events e where e.organization_id = i.organization_id and e.entity_type = 'action'
          and e.entity_id = i.action_id::text and e.action = 'update' and e.at >= r.opened_at and e.changes -> 'progress' is not null)
      ) else exists (
        select 1 from measures m where m.organization_id = i.organization_id and m.indicator_id = i.indicator_id and m.entered_at >= r.opened_at
      ) end as "done"
    from campaign_items i
    join campaign_rounds r on r.id = i.round_id
    join users u on u.id = i.user_id
    left join actions a on a.id = i.action_id
    left join indicators ind on ind.id = i.indicator_id
    where i.organization_id = ${organizationId} and i.round_id = any(${sql.param(roundIds)}::uuid[])
      ${userId ? sql`and i.user_id = ${userId}` : sql``}
    order by u.name, i.user_id, i.indicator_id is not null, "title"`);
  return rowsOf<ItemState>(result);
}

/** Records reminders; automatic ones already sent are skipped. Returns who was newly recorded. */
export async function insertReminders(db: DbOrTx, rows: (typeof campaignReminders.$inferInsert)[]) {
  if (rows.length === 0) return [];
  const inserted = await db.insert(campaignReminders).values(rows).onConflictDoNothing().returning({ userId: campaignReminders.userId });
  return inserted.map((row) => row.userId);
}

/** When each recipient of a round was last reminded. */
export async function lastReminders(db: DbOrTx, { organizationId, roundId }: Scope & { roundId: string }) {
  const rows = await db
    .select({ userId: campaignReminders.userId, at: sql<Date>`max(${campaignReminders.sentAt})`.mapWith(campaignReminders.sentAt) })
    .from(campaignReminders)
    .where(and(eq(campaignReminders.organizationId, organizationId), eq(campaignReminders.roundId, roundId)))
    .groupBy(campaignReminders.userId);
  return new Map(rows.map((row) => [row.userId, row.at]));
}

/** Names by id: the plans, nodes and org units of the scope labels, and the creators. */
export async function selectNames(db: DbOrTx, { organizationId, planIds, nodeIds, unitIds, userIds }: Scope & { planIds: string[]; nodeIds: string[]; unitIds: string[]; userIds: string[] }) {
  const result = await db.execute(sql`
    select id, name from plans where organization_id = ${organizationId} and id = any(${sql.param(planIds)}::uuid[])
    union all select id, title from plan_nodes where organization_id = ${organizationId} and id = any(${sql.param(nodeIds)}::uuid[])
    union all select id, name from org_units where organization_id = ${organizationId} and id = any(${sql.param(unitIds)}::uuid[])
    union all select u.id, u.name from users u join memberships m on m.user_id = u.id and m.organization_id = ${organizationId} where u.id = any(${sql.param(userIds)}::uuid[])`);
  return new Map(rowsOf<{ id: string; name: string }>(result).map((row) => [row.id, row.name]));
}
