import { index, jsonb, pgTable, text, timestamp, uuid, date } from 'drizzle-orm/pg-core';
import { createdAt } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';
import { users } from '../users/user.table.js';

const ts = () => timestamp({ withTimezone: true, mode: 'date' });

/** Jetons d'API: the secret is shown once; only its SHA-256 is kept. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    prefix: text().notNull(),
    /** Org units whose indicators (and sub-units') it may feed; empty: the whole collectivité. */
    orgUnitIds: jsonb().$type<string[]>().notNull().default([]),
    expiresOn: date({ mode: 'string' }),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: ts(),
    revokedAt: ts(),
  },
  (t) => [index('api_tokens_org_idx').on(t.organizationId)],
);
export type ApiTokenRow = typeof apiTokens.$inferSelect;
