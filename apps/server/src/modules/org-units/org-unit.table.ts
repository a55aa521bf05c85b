import { boolean, index, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';

/** Direction, service, pôle: a tree per collectivité. Deactivated, never deleted. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    parentId: uuid().references((): AnyPgColumn => orgUnits.id),
    name: text().notNull(),
    active: boolean().notNull().default(true),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('org_units_org_idx').on(t.organizationId, t.parentId)],
);
export type OrgUnitRow = typeof orgUnits.$inferSelect;
