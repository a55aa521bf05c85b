import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { NotificationKind, Periodicity } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { lateSql } from '../actions/action-list.repository.js';
import { milestones } from '../actions/action-parts.table.js';
import { actionCopilots, actions } from '../actions/action.table.js';
import { dueSql } from '../indicators/indicator-list.repository.js';
import { indicatorPilots, indicators } from '../indicators/indicator.table.js';
import { plans } from '../plans/plan.table.js';
import { statuses } from '../statuses/status.table.js';
import { memberships, membershipUnits } from '../users/user.table.js';
import { notificationMarks } from './notification.table.js';

export type OverdueMilestone = { id: string; title: string; dueOn: string };

/**
 * Every fiche of an active plan late today (the action list's rule, lateSql), of every
 * collectivité, with what makes it late: its end date if passed, its open milestones passed.
 */
export async function selectLateActions(db: DbOrTx, q: { today: string }) {
  const overdue = sql<OverdueMilestone[]>`coalesce((select json_agg(json_build_object('id', ${milestones.id}, 'title', ${milestones.title}, 'dueOn', ${milestones.dueOn}) order by ${milestones.dueOn}, ${milestones.id})
    from ${milestones} where ${milestones.actionId} = ${actions.id} and ${milestones.doneOn} is null and ${milestones.dueOn} < ${q.today}), '[]'::json)`;
  return db
    .select({
      id: actions.id,
      organizationId: actions.organizationId,
      title: actions.title,
      pilotId: actions.pilotId,
      endsOn: actions.endsOn,
      milestones: overdue,
    })
    .from(actions)
    .innerJoin(statuses, eq(statuses.id, actions.statusId))
    .innerJoin(plans, and(eq(plans.id, actions.planId), eq(plans.organizationId, actions.organizationId)))
    .where(and(eq(plans.state, 'active'), lateSql(q.today)));
}

/** The co-pilots of these fiches (one query for all). */
export async function selectCopilots(db: DbOrTx, q: { actionIds: string[] }) {
  if (q.actionIds.length === 0) return [];
  return db.select({ actionId: actionCopilots.actionId, userId: actionCopilots.userId }).from(actionCopilots).where(inArray(actionCopilots.actionId, q.actionIds));
}

/**
 * Entered indicators (not calculated) of every collectivité whose last completed period has no
 * measure: the indicators list's « à saisir » rule (dueSql).
 */
export async function selectDueIndicators(db: DbOrTx, q: { duePeriods: Record<Periodicity, string> }) {
  return db
    .select({
      id: indicators.id,
      organizationId: indicators.organizationId,
      code: indicators.code,
      name: indicators.name,
      periodicity: indicators.periodicity,
      ownerOrgUnitId: indicators.ownerOrgUnitId,
    })
    .from(indicators)
    .where(and(isNull(indicators.formula), dueSql(q.duePeriods)));
}

export async function selectIndicatorPilots(db: DbOrTx, q: { indicatorIds: string[] }) {
  if (q.indicatorIds.length === 0) return [];
  return db.select({ indicatorId: indicatorPilots.indicatorId, userId: indicatorPilots.userId }).from(indicatorPilots).where(inArray(indicatorPilots.indicatorId, q.indicatorIds));
}

/** Active members attached directly to these units. */
export async function selectUnitMembers(db: DbOrTx, q: { unitIds: string[] }) {
  if (q.unitIds.length === 0) return [];
  return db
    .select({ orgUnitId: membershipUnits.orgUnitId, userId: membershipUnits.userId })
    .from(membershipUnits)
    .innerJoin(
      memberships,
      and(eq(memberships.organizationId, membershipUnits.organizationId), eq(memberships.userId, membershipUnits.userId), eq(memberships.active, true)),
    )
    .where(inArray(membershipUnits.orgUnitId, q.unitIds));
}

export type MarkInput = { organizationId: string; kind: NotificationKind; entityId: string; mark: string; createdAt: Date };

/**
 * Records marks, keeping those already there; answers only the marks this call added, so two
 * runs (or two processes) never both take the same mark for new.
 */
export async function insertMarks(db: DbOrTx, rows: MarkInput[]) {
  const added: { entityId: string; mark: string }[] = [];
  for (let i = 0; i < rows.length; i += 2000) {
    added.push(
      ...(await db
        .insert(notificationMarks)
        .values(rows.slice(i, i + 2000))
        .onConflictDoNothing()
        .returning({ entityId: notificationMarks.entityId, mark: notificationMarks.mark })),
    );
  }
  return added;
}
