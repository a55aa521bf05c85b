import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ConnectorMapping, ConnectorSchedule } from '@pilotis/shared';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { organizations } from '../organizations/organization.table.js';

const ts = () => timestamp({ withTimezone: true, mode: 'date' });
const org = () =>
  uuid()
    .notNull()
    .references(() => organizations.id);

/** A business application Pilotis fetches measures from, on a schedule. */
export const connectors = pgTable(
  'connectors',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    name: text().notNull(),
    url: text().notNull(),
    format: text().$type<'csv' | 'json'>().notNull().default('csv'),
    schedule: text().$type<ConnectorSchedule>().notNull().default('daily'),
    indicatorIds: jsonb().$type<string[]>().notNull().default([]),
    mapping: jsonb().$type<ConnectorMapping>().notNull(),
    enabled: boolean().notNull().default(true),
    nextRunAt: ts(),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('connectors_org_idx').on(t.organizationId), index('connectors_next_run_idx').on(t.nextRunAt)],
);
export type ConnectorRow = typeof connectors.$inferSelect;

/** One fetch: what came back, what was written, what went wrong. A failed run writes nothing. */
export const connectorRuns = pgTable(
  'connector_runs',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    connectorId: uuid()
      .notNull()
      .references(() => connectors.id),
    trigger: text().$type<'schedule' | 'manual'>().notNull(),
    status: text().$type<'running' | 'success' | 'failed'>().notNull(),
    startedAt: ts().notNull(),
    finishedAt: ts(),
    fetchedRows: integer().notNull().default(0),
    writtenRows: integer().notNull().default(0),
    errors: jsonb().$type<string[]>().notNull().default([]),
  },
  (t) => [index('connector_runs_connector_idx').on(t.organizationId, t.connectorId, t.startedAt)],
);
export type ConnectorRunRow = typeof connectorRuns.$inferSelect;
