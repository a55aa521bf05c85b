import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { logEntries } from './action-parts.table.js';
import { actions } from './action.table.js';

type ActionRef = { organizationId: string; actionId: string };

/** The texts an action's search covers: its own fields and its journal, oldest first. */
export async function findSearchSources(db: DbOrTx, { organizationId, actionId }: ActionRef) {
  const [action] = await db
    .select({ title: actions.title, description: actions.description, objectives: actions.objectives, expectedResults: actions.expectedResults })
    .from(actions)
    .where(and(eq(actions.organizationId, organizationId), eq(actions.id, actionId)));
  if (!action) return undefined;
  const log = await db
    .select({ body: logEntries.body })
    .from(logEntries)
    .where(and(eq(logEntries.organizationId, organizationId), eq(logEntries.actionId, actionId)))
    .orderBy(asc(logEntries.occurredOn));
  return [action.title, action.description, action.objectives, action.expectedResults, ...log.map((l) => l.body)];
}

export async function setSearchText(db: DbOrTx, { organizationId, actionId }: ActionRef, searchText: string) {
  await db.update(actions).set({ searchText }).where(and(eq(actions.organizationId, organizationId), eq(actions.id, actionId)));
}
