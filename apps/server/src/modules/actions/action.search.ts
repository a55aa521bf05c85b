import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { logEntries } from './action-parts.table.js';
import { actions } from './action.table.js';

/** Lower case without accents: "Équipement numérique" and "equipement numerique" must meet. */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * Rebuilds the action's search text from its fields and its log. Call it, in the same
 * transaction, after changing the title, texts or log entries.
 */
export async function refreshSearchText(db: DbOrTx, { organizationId, actionId }: { organizationId: string; actionId: string }) {
  const [action] = await db
    .select({ title: actions.title, description: actions.description, objectives: actions.objectives, expectedResults: actions.expectedResults })
    .from(actions)
    .where(and(eq(actions.organizationId, organizationId), eq(actions.id, actionId)));
  if (!action) return;
  const log = await db
    .select({ body: logEntries.body })
    .from(logEntries)
    .where(and(eq(logEntries.organizationId, organizationId), eq(logEntries.actionId, actionId)))
    .orderBy(asc(logEntries.occurredOn));
  const text = foldForSearch([action.title, action.description, action.objectives, action.expectedResults, ...log.map((l) => l.body)].join('\n'));
  await db.update(actions).set({ searchText: text }).where(and(eq(actions.organizationId, organizationId), eq(actions.id, actionId)));
}
