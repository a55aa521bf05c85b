import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { recordPartChange } from '../actions/parts/part-access.js';
import type { BudgetAmounts } from './finance.repository.js';

const keyOf = (row: BudgetAmounts) => `${row.actionId}|${row.year}|${row.nature}`;
const amounts = (row: BudgetAmounts | undefined) => (row ? { committedCents: row.committedCents, spentCents: row.spentCents } : null);

/**
 * The budget lines finance lines changed, in each project's history, as a manual edit of the
 * budget would be (same part and label), in the transaction of the change.
 */
export async function recordBudgetChanges(tx: DbOrTx, ctx: Pick<AppContext, 'clock'>, actor: MemberActor, before: BudgetAmounts[], after: BudgetAmounts[]) {
  const old = new Map(before.map((row) => [keyOf(row), row]));
  for (const row of after) {
    const previous = old.get(keyOf(row));
    const was = amounts(previous) ?? { committedCents: 0, spentCents: 0 };
    if (was.committedCents === row.committedCents && was.spentCents === row.spentCents) continue;
    await recordPartChange(tx, ctx, actor, {
      actionId: row.actionId,
      part: 'budgetLine',
      verb: previous ? 'update' : 'create',
      label: `${row.year} ${row.nature}`,
      before: amounts(previous),
      after: amounts(row),
    });
  }
}
