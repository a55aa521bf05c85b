import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { jobs } from '../jobs/job.table.js';
import { planMembers, plans } from '../plans/plan.table.js';
import { memberships, users } from '../users/user.table.js';
import { reportSubscriptions, type ReportSubscriptionRow } from './report-subscription.table.js';

type Scope = { organizationId: string };
type Editable = Partial<
  Pick<ReportSubscriptionRow, 'kind' | 'format' | 'filter' | 'schedule' | 'recipients' | 'active' | 'nextRunAt' | 'updatedAt'>
>;
export const SUBSCRIPTION_RUN_JOB = 'report-subscription.run';

export async function insertSubscription(db: DbOrTx, values: typeof reportSubscriptions.$inferInsert) {
  const [row] = await db.insert(reportSubscriptions).values(values).returning();
  return row as ReportSubscriptionRow;
}

export async function findSubscription(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db
    .select()
    .from(reportSubscriptions)
    .where(and(eq(reportSubscriptions.organizationId, organizationId), eq(reportSubscriptions.id, id)));
  return row;
}

/**
 * Subscriptions with their plan's name, on the plans the user manages (or every plan for an
 * admin), optionally of one plan. The managing rule is the policy's, in SQL for the list.
 */
export async function listSubscriptions(db: DbOrTx, { organizationId, userId, admin, planId }: Scope & { userId: string; admin: boolean; planId?: string }) {
  const managed = sql`exists (select 1 from ${planMembers} where ${planMembers.organizationId} = ${organizationId} and ${planMembers.planId} = ${reportSubscriptions.planId} and ${planMembers.userId} = ${userId} and ${planMembers.role} = 'manager')`;
  return db
    .select({ subscription: reportSubscriptions, planName: plans.name })
    .from(reportSubscriptions)
    .innerJoin(plans, eq(plans.id, reportSubscriptions.planId))
    .where(
      and(
        eq(reportSubscriptions.organizationId, organizationId),
        planId ? eq(reportSubscriptions.planId, planId) : undefined,
        admin ? undefined : managed,
      ),
    )
    .orderBy(asc(plans.name), asc(reportSubscriptions.createdAt), asc(reportSubscriptions.id));
}

/** Updates only if the row is still at `version`; undefined means someone changed it first. */
export async function updateSubscription(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version: number }, values: Editable) {
  const [row] = await db
    .update(reportSubscriptions)
    .set({ ...values, version: version + 1 })
    .where(and(eq(reportSubscriptions.organizationId, organizationId), eq(reportSubscriptions.id, id), eq(reportSubscriptions.version, version)))
    .returning();
  return row;
}

/** After a sending: what came of it (not a change of definition: the version stays). */
export async function recordSubscriptionRun(
  db: DbOrTx,
  { organizationId, id }: Scope & { id: string },
  values: Pick<ReportSubscriptionRow, 'lastRunAt' | 'lastError'> & Partial<Pick<ReportSubscriptionRow, 'lastReportId'>>,
) {
  await db
    .update(reportSubscriptions)
    .set(values)
    .where(and(eq(reportSubscriptions.organizationId, organizationId), eq(reportSubscriptions.id, id)));
}

/** The schedule moving on, only if nobody rescheduled it meanwhile; undefined when it had moved. */
export async function advanceSubscriptionSchedule(
  db: DbOrTx,
  { organizationId, id, scheduledFor }: Scope & { id: string; scheduledFor: Date },
  nextRunAt: Date | null,
) {
  const [row] = await db
    .update(reportSubscriptions)
    .set({ nextRunAt })
    .where(and(eq(reportSubscriptions.organizationId, organizationId), eq(reportSubscriptions.id, id), eq(reportSubscriptions.nextRunAt, scheduledFor)))
    .returning();
  return row;
}

export async function setSubscriptionNextRun(db: DbOrTx, { organizationId, id }: Scope & { id: string }, nextRunAt: Date | null) {
  await db
    .update(reportSubscriptions)
    .set({ nextRunAt })
    .where(and(eq(reportSubscriptions.organizationId, organizationId), eq(reportSubscriptions.id, id)));
}

export async function deleteSubscription(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  await db.delete(reportSubscriptions).where(and(eq(reportSubscriptions.organizationId, organizationId), eq(reportSubscriptions.id, id)));
}

/** Active « before each review » subscriptions of a plan. */
export async function listBeforeReviewSubscriptions(db: DbOrTx, { organizationId, planId }: Scope & { planId: string }) {
  return db
    .select()
    .from(reportSubscriptions)
    .where(
      and(
        eq(reportSubscriptions.organizationId, organizationId),
        eq(reportSubscriptions.planId, planId),
        eq(reportSubscriptions.active, true),
        sql`${reportSubscriptions.schedule}->>'frequency' = 'before-review'`,
      ),
    );
}

/** The « before each review » sendings still waiting in the job queue for this subscription. */
export async function pendingReviewRuns(db: DbOrTx, { organizationId, subscriptionId }: Scope & { subscriptionId: string }) {
  const rows = await db
    .select({ scheduledFor: sql<string | null>`${jobs.payload}->>'scheduledFor'`, reviewDate: sql<string | null>`${jobs.payload}->>'reviewDate'` })
    .from(jobs)
    .where(
      and(
        eq(jobs.kind, SUBSCRIPTION_RUN_JOB),
        eq(jobs.organizationId, organizationId),
        eq(jobs.status, 'queued'),
        sql`${jobs.payload}->>'subscriptionId' = ${subscriptionId}`,
      ),
    );
  return rows.filter((row): row is { scheduledFor: string; reviewDate: string } => row.scheduledFor !== null && row.reviewDate !== null);
}

/** Users of the collectivité among these ids, with whether their account is still active here. */
export async function selectRecipientUsers(db: DbOrTx, { organizationId, userIds }: Scope & { userIds: string[] }) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name, email: users.email, active: memberships.active })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.userId, userIds)));
}

export async function selectUserNames(db: DbOrTx, { organizationId, userIds }: Scope & { userIds: string[] }) {
  const rows = await selectRecipientUsers(db, { organizationId, userIds });
  return new Map(rows.map((row) => [row.id, row.name]));
}
