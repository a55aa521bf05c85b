import { bigint, boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { BudgetNature, FinanceLineType, FinanceMatchKind } from '@pilotis/shared';
import { actions } from '../actions/action.table.js';
import { organizations } from '../organizations/organization.table.js';
import { plans } from '../plans/plan.table.js';

/**
 * One line of the finance software's export: a commitment (engagement) or a payment (mandat),
 * identified by its reference there. Imported into a portfolio, matched to one of its projects
 * (an action) by code or by hand; the project's budget lines sum them (committed / spent).
 */
export const financeLines = pgTable(
  'finance_lines',
  {
    id: uuid().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    // The lines go with their portfolio; a deleted project leaves its lines unmatched.
    portfolioId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    reference: text().notNull(),
    type: text().$type<FinanceLineType>().notNull(),
    date: date({ mode: 'string' }).notNull(),
    year: integer().notNull(),
    code: text().notNull(),
    nature: text().$type<BudgetNature>().notNull(),
    /** False when the file had no section: the nature then follows the project it is assigned to. */
    natureFromFile: boolean().notNull(),
    amountCents: bigint({ mode: 'number' }).notNull(),
    supplier: text().notNull().default(''),
    label: text().notNull().default(''),
    actionId: uuid().references(() => actions.id, { onDelete: 'set null' }),
    matchedBy: text().$type<FinanceMatchKind>(),
    importedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    // Idempotence: a reference of the finance software is imported once per type.
    uniqueIndex('finance_lines_reference_unique').on(t.organizationId, t.reference, t.type),
    index('finance_lines_portfolio_idx').on(t.organizationId, t.portfolioId),
    index('finance_lines_action_idx').on(t.actionId),
  ],
);
export type FinanceLineRow = typeof financeLines.$inferSelect;
