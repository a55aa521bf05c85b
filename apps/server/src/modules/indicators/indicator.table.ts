import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { IndicatorDirection, IndicatorKind, Periodicity, Thresholds, Visibility } from '@pilotis/shared';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { actions } from '../actions/action.table.js';
import { orgUnits } from '../org-units/org-unit.table.js';
import { organizations } from '../organizations/organization.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { users } from '../users/user.table.js';

const org = () =>
  uuid()
    .notNull()
    .references(() => organizations.id);
const indicatorRef = () =>
  uuid()
    .notNull()
    .references(() => indicators.id);

/** Indicateur: what is measured, how often, by whom, and where it should be. */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    /** Stored in capitals; unique in the collectivité. */
    code: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    unit: text().notNull().default(''),
    decimals: integer().notNull().default(0),
    direction: text().$type<IndicatorDirection>().notNull().default('higher'),
    periodicity: text().$type<Periodicity>().notNull(),
    kind: text().$type<IndicatorKind>().notNull().default('result'),
    ownerOrgUnitId: uuid().references(() => orgUnits.id),
    source: text().notNull().default(''),
    method: text().notNull().default(''),
    visibility: text().$type<Visibility>().notNull().default('organization'),
    baselinePeriod: text(),
    baselineValue: doublePrecision(),
    thresholds: jsonb().$type<Thresholds>().notNull().default({ onTrack: 95, offTrack: 80 }),
    /** Null for an entered indicator; its measures are computed when set. */
    formula: text(),
    requiresValidation: boolean().notNull().default(false),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('indicators_code_idx').on(t.organizationId, t.code), index('indicators_owner_idx').on(t.organizationId, t.ownerOrgUnitId)],
);
export type IndicatorRow = typeof indicators.$inferSelect;

/** An indicator's name and what judging its measures needs (status against targets, trend): a select's columns. */
export const judgedIndicatorColumns = {
  id: indicators.id,
  code: indicators.code,
  name: indicators.name,
  direction: indicators.direction,
  periodicity: indicators.periodicity,
  thresholds: indicators.thresholds,
};

export const indicatorPilots = pgTable(
  'indicator_pilots',
  { organizationId: org(), indicatorId: indicatorRef(), userId: uuid().notNull().references(() => users.id) },
  (t) => [primaryKey({ columns: [t.indicatorId, t.userId] }), index('indicator_pilots_user_idx').on(t.organizationId, t.userId)],
);

/** Cible per period; a band target has a valueMax. */
export const indicatorTargets = pgTable(
  'indicator_targets',
  { organizationId: org(), indicatorId: indicatorRef(), period: text().notNull(), value: doublePrecision().notNull(), valueMax: doublePrecision() },
  (t) => [primaryKey({ columns: [t.indicatorId, t.period] })],
);

export const indicatorNodeLinks = pgTable(
  'indicator_node_links',
  { organizationId: org(), indicatorId: indicatorRef(), nodeId: uuid().notNull().references(() => planNodes.id) },
  (t) => [primaryKey({ columns: [t.indicatorId, t.nodeId] }), index('indicator_node_links_node_idx').on(t.organizationId, t.nodeId)],
);

export const indicatorActionLinks = pgTable(
  'indicator_action_links',
  { organizationId: org(), indicatorId: indicatorRef(), actionId: uuid().notNull().references(() => actions.id) },
  (t) => [primaryKey({ columns: [t.indicatorId, t.actionId] }), index('indicator_action_links_action_idx').on(t.organizationId, t.actionId)],
);

/** The indicators a calculated indicator's formula reads, kept in step with the formula. */
export const indicatorInputs = pgTable(
  'indicator_inputs',
  { organizationId: org(), indicatorId: indicatorRef(), inputId: uuid().notNull().references(() => indicators.id) },
  (t) => [primaryKey({ columns: [t.indicatorId, t.inputId] }), index('indicator_inputs_input_idx').on(t.organizationId, t.inputId)],
);
