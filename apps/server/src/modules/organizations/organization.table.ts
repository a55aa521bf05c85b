import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';

export const organizations = pgTable('organizations', {
  id: uuid().primaryKey(),
  name: text().notNull(),
  /** The logo on report covers: `<organizationId>/<fileId>` under DATA_DIR/files, PNG or JPEG (checked on content). */
  logoStorageKey: text(),
  logoContentType: text(),
  version: versionColumn(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type OrganizationRow = typeof organizations.$inferSelect;
