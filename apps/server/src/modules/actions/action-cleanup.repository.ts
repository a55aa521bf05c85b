import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { deleteIndicatorLinksTo } from '../indicators/indicator.repository.js';
import { attachments, budgetLines, logEntries, milestones, tasks } from './action-parts.table.js';

/**
 * Removes the parts of a deleted action and returns the storage keys of its annex files, for the
 * caller to delete from disk once the transaction has committed (never before: a rollback keeps them).
 */
export async function deleteActionParts(db: DbOrTx, { organizationId, actionId }: { organizationId: string; actionId: string }) {
  await db.delete(milestones).where(and(eq(milestones.organizationId, organizationId), eq(milestones.actionId, actionId)));
  await db.delete(tasks).where(and(eq(tasks.organizationId, organizationId), eq(tasks.actionId, actionId)));
  await db.delete(logEntries).where(and(eq(logEntries.organizationId, organizationId), eq(logEntries.actionId, actionId)));
  await db.delete(budgetLines).where(and(eq(budgetLines.organizationId, organizationId), eq(budgetLines.actionId, actionId)));
  await deleteIndicatorLinksTo(db, { organizationId, actionIds: [actionId] });
  const removed = await db
    .delete(attachments)
    .where(and(eq(attachments.organizationId, organizationId), eq(attachments.ownerType, 'action'), eq(attachments.ownerId, actionId)))
    .returning({ storageKey: attachments.storageKey });
  return removed.flatMap((row) => (row.storageKey ? [row.storageKey] : []));
}
