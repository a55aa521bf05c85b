import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { recordPartChanges } from '../actions/parts/part-access.js';
import type { BudgetAmounts } from './finance.repository.js';

const keyOf = (row: BudgetAmounts) => `${row.actionId}|${row.year}|${row.nature}`;
const amounts = (row: BudgetAmounts | undefined) => (row ? { committedCents: row.committedCents, spentCents: row.spentCents } : null);

/**
 * The budget lines finance lines changed, in each project's history, as a manual edit of the
 * budget would be (same part and label), in the transaction of the change: one insert for all
 * (an import of the year's lines touches every project of the portfolio).
 */
export async function recordBudgetChanges(tx: DbOrTx, ctx: Pick<AppContext, 'clock'>, actor: MemberActor, before: BudgetAmounts[], after: BudgetAmounts[]) {
  const old = new Map(before.map((row) => [keyOf(row), row]));
  const changed = after.filter((row) => {
    const was = amounts(old.get(keyOf(row))) ?? { committedCents: 0, spentCents: 0 };
    return was.committedCents !== row.committedCents || was.spentCents !== row.spentCents;
  });
  await recordPartChanges(
    tx,
    ctx,
    actor,
    changed.map((row) => {
      const previous = old.get(keyOf(row));
      return { actionId: row.actionId, part: 'budgetLine' as const, verb: previous ? ('update' as const) : ('create' as const), label: `${row.year} ${row.nature}`, before: amounts(previous), after: amounts(row) };
    }),
  );
}
