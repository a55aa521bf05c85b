import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every business table carries: tenant, optimistic version, timestamps. */
export const tenantColumns = () => ({
  organizationId: uuid().notNull(),
});
export const versionColumn = () => integer().notNull().default(1);
export const createdAt = () => timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const updatedAt = () => timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow();
