import { date, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { PlanKind, PlanRole, PlanState } from '@pilotis/shared';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';
import { users } from '../users/user.table.js';

/** Plan de mandat, feuille de route, schéma directeur…: a tree of nodes holding actions. */
export const plans = pgTable(
  'plans',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    name: text().notNull(),
    kind: text().$type<PlanKind>().notNull(),
    description: text().notNull().default(''),
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    state: text().$type<PlanState>().notNull().default('draft'),
    /** Name of each depth of the tree, e.g. ["Axe", "Objectif stratégique", "Objectif opérationnel"]. */
    levelNames: jsonb().$type<string[]>().notNull(),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('plans_org_idx').on(t.organizationId)],
);
export type PlanRow = typeof plans.$inferSelect;

/** Who works on a plan, and how: manager (central team), contributor, reader. */
export const planMembers = pgTable(
  'plan_members',
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    planId: uuid()
      .notNull()
      .references(() => plans.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    role: text().$type<PlanRole>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.userId] }), index('plan_members_user_idx').on(t.organizationId, t.userId)],
);
export type PlanMemberRow = typeof planMembers.$inferSelect;
