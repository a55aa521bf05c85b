import { readHistory } from '../src/modules/audit/audit.service.js';
import type { AppContext } from '../src/context.js';

/** The fiche's history as stored (parts write on entityType 'action'), oldest first. */
export async function actionHistory(ctx: Pick<AppContext, 'db'>, organizationId: string, actionId: string) {
  const events = await readHistory(ctx.db, { organizationId, entityType: 'action', entityId: actionId });
  return [...events].sort((a, b) => a.id.localeCompare(b.id));
}
