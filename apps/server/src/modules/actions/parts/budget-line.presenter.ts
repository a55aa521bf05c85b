import { budgetLineSchema, budgetNatures, type BudgetLine, type BudgetNature } from '@pilotis/shared';
import { z } from 'zod';
import type { BudgetLineRow } from '../action-parts.table.js';

export function presentBudgetLine(row: BudgetLineRow): BudgetLine {
  return {
    id: row.id,
    year: row.year,
    nature: row.nature,
    plannedCents: row.plannedCents,
    committedCents: row.committedCents,
    spentCents: row.spentCents,
    version: row.version,
  };
}

export const auditedBudgetLine = (row: BudgetLineRow) => ({
  year: row.year,
  nature: row.nature,
  plannedCents: row.plannedCents,
  committedCents: row.committedCents,
  spentCents: row.spentCents,
});

const amounts = z.object({ plannedCents: z.number().int(), committedCents: z.number().int(), spentCents: z.number().int() });
type Amounts = z.infer<typeof amounts>;

/** Sums over all years: per nature (investissement, fonctionnement) and overall. */
export const budgetTotalsSchema = z.object({ investment: amounts, operating: amounts, all: amounts });
export type BudgetTotals = z.infer<typeof budgetTotalsSchema>;

export function budgetTotals(rows: BudgetLineRow[]): BudgetTotals {
  const zero = (): Amounts => ({ plannedCents: 0, committedCents: 0, spentCents: 0 });
  const byNature = Object.fromEntries(budgetNatures.map((nature) => [nature, zero()])) as Record<BudgetNature, Amounts>;
  const all = zero();
  for (const row of rows) {
    for (const sum of [byNature[row.nature], all]) {
      sum.plannedCents += row.plannedCents;
      sum.committedCents += row.committedCents;
      sum.spentCents += row.spentCents;
    }
  }
  return { ...byNature, all };
}

export const budgetListSchema = z.object({ data: z.array(budgetLineSchema), totals: budgetTotalsSchema, can: z.record(z.string(), z.boolean()) });
