import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { actionCopilots, actions, actionUnits } from './action.table.js';

type Scope = { organizationId: string };

export async function findAction(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(actions).where(and(eq(actions.organizationId, organizationId), eq(actions.id, id)));
  return row;
}

export async function findActionCopilotIds(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  const rows = await db
    .select({ userId: actionCopilots.userId })
    .from(actionCopilots)
    .where(and(eq(actionCopilots.organizationId, organizationId), eq(actionCopilots.actionId, actionId)));
  return rows.map((row) => row.userId);
}

export async function findActionUnitIds(db: DbOrTx, { organizationId, actionId }: Scope & { actionId: string }) {
  const rows = await db
    .select({ orgUnitId: actionUnits.orgUnitId })
    .from(actionUnits)
    .where(and(eq(actionUnits.organizationId, organizationId), eq(actionUnits.actionId, actionId)));
  return rows.map((row) => row.orgUnitId);
}
