import { sql } from 'drizzle-orm';
import { boolean, customType, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ActionPriority, ProgressMode, Visibility, Weather } from '@pilotis/shared';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { orgUnits } from '../org-units/org-unit.table.js';
import { organizations } from '../organizations/organization.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { plans } from '../plans/plan.table.js';
import { statuses } from '../statuses/status.table.js';
import { users } from '../users/user.table.js';

/** PostgreSQL's full-text document type; read as its text form (never needed in JS). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const org = () =>
  uuid()
    .notNull()
    .references(() => organizations.id);

/** The fiche action. A sub-action has a parentActionId (one level). */
export const actions = pgTable(
  'actions',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    planId: uuid()
      .notNull()
      .references(() => plans.id),
    nodeId: uuid()
      .notNull()
      .references(() => planNodes.id),
    parentActionId: uuid().references((): AnyPgColumn => actions.id),
    position: integer().notNull().default(0),
    title: text().notNull(),
    description: text().notNull().default(''),
    objectives: text().notNull().default(''),
    expectedResults: text().notNull().default(''),
    pilotId: uuid().references(() => users.id),
    eluId: uuid().references(() => users.id),
    leadOrgUnitId: uuid().references(() => orgUnits.id),
    partners: text().notNull().default(''),
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    priority: text().$type<ActionPriority>().notNull().default('normal'),
    flagship: boolean().notNull().default(false),
    tags: jsonb().$type<string[]>().notNull().default([]),
    visibility: text().$type<Visibility>().notNull().default('organization'),
    weight: doublePrecision().notNull().default(1),
    statusId: uuid()
      .notNull()
      .references(() => statuses.id),
    weather: text().$type<Weather>(),
    progress: integer().notNull().default(0),
    progressMode: text().$type<ProgressMode>().notNull().default('manual'),
    /** Set when the action was merged into another: the fiche stays, closed, pointing to its successor. */
    mergedIntoId: uuid().references((): AnyPgColumn => actions.id),
    /** Title, texts and log bodies without accents, for French full-text search. */
    searchText: text().notNull().default(''),
    /**
     * The French full-text document of searchText, stored: computing it per row at query time made
     * a search over a 1,500-action plan take most of a second.
     */
    searchVector: tsvector().generatedAlwaysAs(sql`to_tsvector('french'::regconfig, "search_text")`),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('actions_plan_idx').on(t.organizationId, t.planId, t.nodeId),
    index('actions_pilot_idx').on(t.organizationId, t.pilotId),
    index('actions_parent_idx').on(t.organizationId, t.parentActionId),
    // French full-text search on the accent-folded text (the list's `q`).
    index('actions_search_vector_idx').using('gin', t.searchVector),
    // Also actions_plan_rollup_idx, covering the roll-ups (INCLUDE, which Drizzle cannot declare):
    // drizzle/0005_rollup_covering_indexes.sql.
  ],
);
export type ActionRow = typeof actions.$inferSelect;

/** Co-pilots: they edit the fiche like the main pilot. */
export const actionCopilots = pgTable(
  'action_copilots',
  { organizationId: org(), actionId: uuid().notNull().references(() => actions.id), userId: uuid().notNull().references(() => users.id) },
  (t) => [primaryKey({ columns: [t.actionId, t.userId] }), index('action_copilots_user_idx').on(t.organizationId, t.userId)],
);

/** Associated org units (besides the lead one). */
export const actionUnits = pgTable(
  'action_units',
  { organizationId: org(), actionId: uuid().notNull().references(() => actions.id), orgUnitId: uuid().notNull().references(() => orgUnits.id) },
  (t) => [primaryKey({ columns: [t.actionId, t.orgUnitId] })],
);

/** Nodes of other plans the action also contributes to. */
export const actionNodeLinks = pgTable(
  'action_node_links',
  { organizationId: org(), actionId: uuid().notNull().references(() => actions.id), nodeId: uuid().notNull().references(() => planNodes.id) },
  (t) => [primaryKey({ columns: [t.actionId, t.nodeId] }), index('action_node_links_node_idx').on(t.organizationId, t.nodeId)],
);
