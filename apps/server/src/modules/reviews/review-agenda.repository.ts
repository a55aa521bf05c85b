import { and, eq, gte, inArray, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { readableBy } from '../actions/action-list.repository.js';
import { actions } from '../actions/action.table.js';
import { auditEvents } from '../audit/audit.table.js';
import { insideSql, type IndicatorReader } from '../indicators/indicator-list.repository.js';
import { indicators, judgedIndicatorColumns } from '../indicators/indicator.table.js';
import { users } from '../users/user.table.js';

type Scope = { organizationId: string };

/**
 * What the review shows of its plan's fiches besides the snapshot: météo, version, pilot's name,
 * and whether `reader` may read the fiche (`unit` visibility; null: a manager, who reads them all).
 */
export async function selectActionExtras(db: DbOrTx, { organizationId, planId, reader }: Scope & { planId: string; reader: { userId: string; unitIds: string[] } | null }) {
  return db
    .select({ id: actions.id, weather: actions.weather, version: actions.version, pilotName: users.name, readable: (reader ? sql<boolean>`(${readableBy(reader)})` : sql<boolean>`true`).mapWith(Boolean) })
    .from(actions)
    .leftJoin(users, eq(users.id, actions.pilotId))
    .where(and(eq(actions.organizationId, organizationId), eq(actions.planId, planId)));
}

/**
 * Fiches of the plan whose status or progress changed since `since`, read from their history
 * (events carrying `statusId` or `progress`: updates, merges, decisions applied; not creations).
 */
export async function selectActionsChangedSince(db: DbOrTx, { organizationId, planId, since }: Scope & { planId: string; since: Date }) {
  const rows = await db
    .selectDistinct({ id: auditEvents.entityId })
    .from(auditEvents)
    .innerJoin(actions, and(eq(sql`${actions.id}::text`, auditEvents.entityId), eq(actions.organizationId, organizationId), eq(actions.planId, planId)))
    .where(
      and(
        eq(auditEvents.organizationId, organizationId),
        eq(auditEvents.entityType, 'action'),
        gte(auditEvents.at, since),
        // A fiche created since is new, not changed: its creation event lists every field.
        ne(auditEvents.action, 'create'),
        sql`(${auditEvents.changes} ? 'statusId' or ${auditEvents.changes} ? 'progress')`,
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/** Indicators of the collectivité by id, with what judging their measures needs. */
export async function selectIndicatorsByIds(db: DbOrTx, { organizationId, ids }: Scope & { ids: string[] }) {
  if (ids.length === 0) return [];
  return db
    .select(judgedIndicatorColumns)
    .from(indicators)
    .where(and(eq(indicators.organizationId, organizationId), inArray(indicators.id, ids)));
}

/**
 * Which of these indicators the reader may read (indicator.read in SQL, as the indicator list and
 * the plan export: not `unit`, or inside). A plan's reader, even its manager, reads its indicators
 * only by the indicators' own rule.
 */
export async function selectReadableIndicatorIds(db: DbOrTx, { organizationId, ids, reader }: Scope & { ids: string[]; reader: IndicatorReader }) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.organizationId, organizationId), inArray(indicators.id, [...new Set(ids)]), reader.admin ? undefined : or(ne(indicators.visibility, 'unit'), insideSql(reader))));
  return new Set(rows.map((row) => row.id));
}

/** A fiche of the plan, for adding it to the agenda or recording a decision on it. */
export async function findPlanAction(db: DbOrTx, { organizationId, planId, id }: Scope & { planId: string; id: string }) {
  const [row] = await db
    .select({ id: actions.id, title: actions.title, version: actions.version, planId: actions.planId })
    .from(actions)
    .where(and(eq(actions.organizationId, organizationId), eq(actions.planId, planId), eq(actions.id, id)));
  return row;
}
