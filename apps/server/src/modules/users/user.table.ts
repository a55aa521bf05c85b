import { boolean, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';
import { orgUnits } from '../org-units/org-unit.table.js';

/** A person's account; it exists once across collectivités. Emails are stored lower-cased. */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    mustChangePassword: boolean().notNull().default(false),
    locale: text().$type<'fr' | 'en'>().notNull().default('fr'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
);
export type UserRow = typeof users.$inferSelect;

/** A person's place in one collectivité: role, active or not. Never deleted, only deactivated. */
export const memberships = pgTable(
  'memberships',
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    orgRole: text().$type<'admin' | 'member'>().notNull().default('member'),
    active: boolean().notNull().default(true),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);
export type MembershipRow = typeof memberships.$inferSelect;

/** Which org units a person belongs to (a person may sit in several). */
export const membershipUnits = pgTable(
  'membership_units',
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    orgUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId, t.orgUnitId] }),
    index('membership_units_unit_idx').on(t.organizationId, t.orgUnitId),
  ],
);
