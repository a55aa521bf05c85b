import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';

export const organizations = pgTable('organizations', {
  id: uuid().primaryKey(),
  name: text().notNull(),
  version: versionColumn(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type OrganizationRow = typeof organizations.$inferSelect;
