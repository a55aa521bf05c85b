import { bigint, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { BudgetNature, CriterionKind, ProjectStage, WeightMode } from '@pilotis/shared';
import { createdAt, updatedAt, versionColumn } from '../../db/columns.js';
import { actions } from '../actions/action.table.js';
import { orgUnits } from '../org-units/org-unit.table.js';
import { organizations } from '../organizations/organization.table.js';
import { plans } from '../plans/plan.table.js';
import { users } from '../users/user.table.js';

const org = () =>
  uuid()
    .notNull()
    .references(() => organizations.id);
const plan = () =>
  uuid()
    .notNull()
    .references(() => plans.id, { onDelete: 'cascade' });
const action = () =>
  uuid()
    .notNull()
    .references(() => actions.id, { onDelete: 'cascade' });
/** FTE with two decimals (0.25 = a quarter of a full-time post), read as a JS number. */
const fte = () => numeric({ precision: 6, scale: 2, mode: 'number' }).notNull();

/** The portfolio fields of a fiche action of a plan of kind `portfolio` (issue 8). */
export const projects = pgTable(
  'projects',
  {
    actionId: uuid()
      .primaryKey()
      .references(() => actions.id, { onDelete: 'cascade' }),
    organizationId: org(),
    planId: plan(),
    /** Stable business code (`DSI-2026-014`), unique in the collectivité: the finance software's key. */
    code: text().notNull(),
    stage: text().$type<ProjectStage>().notNull().default('request'),
    sponsorId: uuid().references(() => users.id),
    sponsorName: text(),
    requestingUnitId: uuid().references(() => orgUnits.id),
    benefits: text().notNull().default(''),
    risks: text().notNull().default(''),
    durationMonths: integer(),
    financeCodes: text().array().notNull().default([]),
    customWeight: numeric({ precision: 12, scale: 2, mode: 'number' }),
    requestedById: uuid().references(() => users.id),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    outcome: text(),
    lessons: text(),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('projects_code_unique').on(t.organizationId, t.code), index('projects_plan_stage_idx').on(t.organizationId, t.planId, t.stage)],
);
export type ProjectRow = typeof projects.$inferSelect;

/** People needed, per year and org unit. */
export const projectResources = pgTable(
  'project_resources',
  {
    organizationId: org(),
    actionId: action(),
    year: integer().notNull(),
    orgUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    fte: fte(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.year, t.orgUnitId] })],
);

export const portfolioSettings = pgTable('portfolio_settings', {
  planId: uuid()
    .primaryKey()
    .references(() => plans.id, { onDelete: 'cascade' }),
  organizationId: org(),
  startYear: integer().notNull(),
  endYear: integer().notNull(),
  weightMode: text().$type<WeightMode>().notNull().default('budget'),
  version: versionColumn(),
  updatedAt: updatedAt(),
});
export type PortfolioSettingsRow = typeof portfolioSettings.$inferSelect;

/** Budget voted for the portfolio, per year and nature. */
export const portfolioBudgetCapacities = pgTable(
  'portfolio_budget_capacities',
  {
    organizationId: org(),
    planId: plan(),
    year: integer().notNull(),
    nature: text().$type<BudgetNature>().notNull(),
    amountCents: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.year, t.nature] })],
);

/** FTE an org unit can give the portfolio's projects, per year. */
export const portfolioFteCapacities = pgTable(
  'portfolio_fte_capacities',
  {
    organizationId: org(),
    planId: plan(),
    year: integer().notNull(),
    orgUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    fte: fte(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.year, t.orgUnitId] })],
);

export const portfolioCriteria = pgTable(
  'portfolio_criteria',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    planId: plan(),
    name: text().notNull(),
    weight: integer().notNull(),
    scaleMin: integer().notNull(),
    scaleMax: integer().notNull(),
    kind: text().$type<CriterionKind>().notNull().default('manual'),
    position: integer().notNull(),
  },
  (t) => [index('portfolio_criteria_plan_idx').on(t.organizationId, t.planId, t.position)],
);
export type PortfolioCriterionRow = typeof portfolioCriteria.$inferSelect;

/** One score per project × criterion × evaluator; the project's score is the evaluators' mean. */
export const projectScores = pgTable(
  'project_scores',
  {
    organizationId: org(),
    actionId: action(),
    criterionId: uuid()
      .notNull()
      .references(() => portfolioCriteria.id, { onDelete: 'cascade' }),
    evaluatorId: uuid()
      .notNull()
      .references(() => users.id),
    score: numeric({ precision: 6, scale: 2, mode: 'number' }).notNull(),
    comment: text().notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.criterionId, t.evaluatorId] }), index('project_scores_criterion_idx').on(t.criterionId)],
);

/** An arbitration committee's decision; the projects it names moved stage in the same transaction. */
export const portfolioDecisions = pgTable(
  'portfolio_decisions',
  {
    id: uuid().primaryKey(),
    organizationId: org(),
    planId: plan(),
    decidedOn: date({ mode: 'string' }).notNull(),
    body: text().notNull(),
    note: text().notNull().default(''),
    approvedIds: uuid().array().notNull().default([]),
    rejectedIds: uuid().array().notNull().default([]),
    postponedIds: uuid().array().notNull().default([]),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('portfolio_decisions_plan_idx').on(t.organizationId, t.planId, t.decidedOn)],
);
export type PortfolioDecisionRow = typeof portfolioDecisions.$inferSelect;
