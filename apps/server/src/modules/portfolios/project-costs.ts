import type { BudgetNature } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { newId } from '../../lib/tokens.js';
import { deleteBudgetLine, insertBudgetLine, listBudgetLines, updateBudgetLine } from '../actions/parts/budget-line.repository.js';

export type PlannedCost = { year: number; nature: BudgetNature; plannedCents: number };

/**
 * A project's estimated cost is its fiche's planned budget (one line per year × nature). Replacing
 * it keeps the committed and spent amounts the finance import wrote: a line left out only loses
 * its planned amount, and goes when nothing else remains on it.
 */
export async function replacePlannedCosts(db: DbOrTx, scope: { organizationId: string; actionId: string }, costs: PlannedCost[], now: Date) {
  const existing = await listBudgetLines(db, scope);
  const wanted = new Map(costs.map((c) => [`${c.year}:${c.nature}`, c.plannedCents]));
  for (const line of existing) {
    const key = `${line.year}:${line.nature}`;
    const planned = wanted.get(key) ?? 0;
    wanted.delete(key);
    if (planned === 0 && line.committedCents === 0 && line.spentCents === 0) {
      await deleteBudgetLine(db, { organizationId: scope.organizationId, id: line.id });
    } else if (planned !== line.plannedCents) {
      await updateBudgetLine(db, { organizationId: scope.organizationId, id: line.id, version: line.version }, { plannedCents: planned, updatedAt: now });
    }
  }
  for (const [key, plannedCents] of wanted) {
    if (plannedCents === 0) continue;
    const [year, nature] = key.split(':');
    await insertBudgetLine(db, { id: newId(), ...scope, year: Number(year), nature: nature as BudgetNature, plannedCents, createdAt: now, updatedAt: now });
  }
}

export async function plannedCostsOf(db: DbOrTx, scope: { organizationId: string; actionId: string }) {
  return (await listBudgetLines(db, scope)).map(({ year, nature, plannedCents, committedCents, spentCents }) => ({ year, nature, plannedCents, committedCents, spentCents }));
}
