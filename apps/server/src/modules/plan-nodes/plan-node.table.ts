import { index, integer, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { orgUnits } from '../org-units/org-unit.table.js';
import { organizations } from '../organizations/organization.table.js';
import { plans } from '../plans/plan.table.js';

/** Axe, objectif, sous-axe: a tree of any depth inside a plan. Codes (1, 1.2, 1.2.3) follow `position`. */
export const planNodes = pgTable(
  'plan_nodes',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    planId: uuid()
      .notNull()
      .references(() => plans.id),
    parentId: uuid().references((): AnyPgColumn => planNodes.id),
    title: text().notNull(),
    description: text().notNull().default(''),
    position: integer().notNull().default(0),
    leadOrgUnitId: uuid().references(() => orgUnits.id),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('plan_nodes_plan_idx').on(t.organizationId, t.planId, t.parentId, t.position)],
);
export type PlanNodeRow = typeof planNodes.$inferSelect;
