import { index, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ReviewSnapshotData } from '@pilotis/shared';
import { organizations } from '../organizations/organization.table.js';
import { plans } from '../plans/plan.table.js';

/**
 * The plan as it stood when a review was held: every fiche (code, status, progress, lateness…)
 * and every indicator linked to the plan with its latest validated measure. The next review's
 * « what changed since the last review » compares with it. One per held review; `reviewId` is not
 * a foreign key so that this module does not depend on the reviews' migration order (a snapshot
 * without its review is never read: reads go through the review).
 */
export const reviewSnapshots = pgTable(
  'review_snapshots',
  {
    reviewId: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    takenAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    data: jsonb().$type<ReviewSnapshotData>().notNull(),
  },
  (t) => [index('review_snapshots_org_plan_idx').on(t.organizationId, t.planId)],
);
export type ReviewSnapshotRow = typeof reviewSnapshots.$inferSelect;
