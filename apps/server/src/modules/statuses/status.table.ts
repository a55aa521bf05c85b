import { boolean, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { StatusCategory } from '@pilotis/shared';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';

/** The collectivité's own list of action statuses, each tied to a category roll-ups understand. */
export const statuses = pgTable(
  'statuses',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    label: text().notNull(),
    category: text().$type<StatusCategory>().notNull(),
    position: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('statuses_org_idx').on(t.organizationId, t.position)],
);
export type StatusRow = typeof statuses.$inferSelect;
