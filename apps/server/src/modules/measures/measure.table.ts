import { doublePrecision, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { MeasureSource, MeasureState } from '@pilotis/shared';
import { versionColumn } from '../../db/columns.js';
import { indicators } from '../indicators/indicator.table.js';
import { organizations } from '../organizations/organization.table.js';
import { users } from '../users/user.table.js';

const ts = () => timestamp({ withTimezone: true, mode: 'date' });

/** Valeur: one indicator × one period. Re-entering the period replaces it (the old one goes to revisions). */
export const measures = pgTable(
  'measures',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    indicatorId: uuid()
      .notNull()
      .references(() => indicators.id),
    period: text().notNull(),
    value: doublePrecision().notNull(),
    comment: text().notNull().default(''),
    state: text().$type<MeasureState>().notNull().default('validated'),
    source: text().$type<MeasureSource>().notNull(),
    enteredById: uuid().references(() => users.id),
    /** Set when an API token or a connector wrote it. */
    enteredByTokenId: uuid(),
    enteredByConnectorId: uuid(),
    enteredAt: ts().notNull(),
    validatedById: uuid().references(() => users.id),
    validatedAt: ts(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex('measures_indicator_period_idx').on(t.indicatorId, t.period), index('measures_org_idx').on(t.organizationId, t.indicatorId)],
);
export type MeasureRow = typeof measures.$inferSelect;

/** Replaced and deleted values, newest last: the measure's history. */
export const measureRevisions = pgTable(
  'measure_revisions',
  {
    id: uuid().primaryKey(),
    organizationId: uuid().notNull(),
    indicatorId: uuid()
      .notNull()
      .references(() => indicators.id),
    period: text().notNull(),
    value: doublePrecision().notNull(),
    comment: text().notNull().default(''),
    state: text().$type<MeasureState>().notNull(),
    source: text().$type<MeasureSource>().notNull(),
    enteredById: uuid(),
    enteredAt: ts().notNull(),
    replacedAt: ts().notNull(),
    replacedById: uuid(),
  },
  (t) => [index('measure_revisions_indicator_idx').on(t.organizationId, t.indicatorId, t.period)],
);
