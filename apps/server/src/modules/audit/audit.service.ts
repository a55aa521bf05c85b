import type { AuditEvent } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import type { MemberActor } from '../../http/actor.js';
import { newSortableId } from '../../lib/tokens.js';
import { diffFields } from './audit.diff.js';
import { insertAuditEvent, insertAuditEvents, listEntityHistory, type NewAuditEvent } from './audit.repository.js';

export interface AuditContext {
  organizationId: string;
  actorUserId: string | null;
  clock: Clock;
}

/** The audit context of a change made by a signed-in actor. */
export const auditContextOf = (ctx: { clock: Clock }, actor: MemberActor): AuditContext => ({
  organizationId: actor.organizationId,
  actorUserId: actor.userId,
  clock: ctx.clock,
});

/**
 * Records one change. Call it with the transaction that made the change, so the change and its
 * history are written together or not at all. Nothing is written when nothing changed.
 */
export async function recordChange(
  tx: DbOrTx,
  ctx: AuditContext,
  change: { entityType: string; entityId: string; action: string; before: object | null; after: object | null },
) {
  const changes = diffFields(change.before as Record<string, unknown> | null, change.after as Record<string, unknown> | null);
  if (change.action === 'update' && Object.keys(changes).length === 0) return;
  await insertAuditEvent(tx, {
    id: newSortableId(),
    organizationId: ctx.organizationId,
    actorUserId: ctx.actorUserId,
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    changes,
    at: ctx.clock.now(),
  });
}

/** Several changes in one go (a few inserts however many), with recordChange's rules. */
export async function recordChanges(
  tx: DbOrTx,
  ctx: AuditContext,
  changes: { entityType: string; entityId: string; action: string; before: object | null; after: object | null }[],
) {
  const events: NewAuditEvent[] = [];
  for (const change of changes) {
    const diff = diffFields(change.before as Record<string, unknown> | null, change.after as Record<string, unknown> | null);
    if (change.action === 'update' && Object.keys(diff).length === 0) continue;
    events.push({
      id: newSortableId(),
      organizationId: ctx.organizationId,
      actorUserId: ctx.actorUserId,
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.action,
      changes: diff,
      at: ctx.clock.now(),
    });
  }
  await insertAuditEvents(tx, events);
}

export async function readHistory(
  db: DbOrTx,
  query: { organizationId: string; entityType: string; entityId: string },
): Promise<AuditEvent[]> {
  const rows = await listEntityHistory(db, query);
  return rows.map(({ event, actorName }) => ({
    id: event.id,
    at: event.at.toISOString(),
    actor: event.actorUserId ? { id: event.actorUserId, name: actorName ?? '' } : null,
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    changes: event.changes,
  }));
}
