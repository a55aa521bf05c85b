import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { attachments, budgetLines, logEntries, milestones, tasks } from './action-parts.table.js';

type Ref = { organizationId: string; sourceId: string; targetId: string };

/**
 * Moves the journal, milestones, tasks and annexes of one action to another. Budget lines move
 * too, except that a line of the same year × nature as one of the target is added into it (the
 * table allows one line per action × year × nature). Returns how many rows moved, for the history.
 */
export async function moveActionParts(db: DbOrTx, { organizationId, sourceId, targetId }: Ref) {
  const moved = async <T extends typeof milestones | typeof tasks | typeof logEntries>(table: T) =>
    (
      await db
        .update(table)
        .set({ actionId: targetId } as never)
        .where(and(eq(table.organizationId, organizationId), eq(table.actionId, sourceId)))
        .returning({ id: table.id })
    ).length;
  const logEntryCount = await moved(logEntries);
  const milestoneCount = await moved(milestones);
  const taskCount = await moved(tasks);
  const attachmentCount = (
    await db
      .update(attachments)
      .set({ ownerId: targetId })
      .where(and(eq(attachments.organizationId, organizationId), eq(attachments.ownerType, 'action'), eq(attachments.ownerId, sourceId)))
      .returning({ id: attachments.id })
  ).length;

  const scoped = (actionId: string) => and(eq(budgetLines.organizationId, organizationId), eq(budgetLines.actionId, actionId));
  const targetLines = await db.select().from(budgetLines).where(scoped(targetId));
  const sourceLines = await db.select().from(budgetLines).where(scoped(sourceId));
  for (const line of sourceLines) {
    const same = targetLines.find((t) => t.year === line.year && t.nature === line.nature);
    if (same) {
      await db
        .update(budgetLines)
        .set({
          plannedCents: same.plannedCents + line.plannedCents,
          committedCents: same.committedCents + line.committedCents,
          spentCents: same.spentCents + line.spentCents,
          version: same.version + 1,
        })
        .where(and(eq(budgetLines.organizationId, organizationId), eq(budgetLines.id, same.id)));
      await db.delete(budgetLines).where(and(eq(budgetLines.organizationId, organizationId), eq(budgetLines.id, line.id)));
    } else {
      await db.update(budgetLines).set({ actionId: targetId }).where(and(eq(budgetLines.organizationId, organizationId), eq(budgetLines.id, line.id)));
    }
  }
  return { logEntryCount, milestoneCount, taskCount, attachmentCount, budgetLineCount: sourceLines.length };
}
