import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { users } from '../users/user.table.js';
import { auditEvents } from './audit.table.js';

export type NewAuditEvent = typeof auditEvents.$inferInsert;

export async function insertAuditEvent(db: DbOrTx, event: NewAuditEvent) {
  await db.insert(auditEvents).values(event);
}

/** Many events, 1,000 rows per insert. */
export async function insertAuditEvents(db: DbOrTx, events: NewAuditEvent[]) {
  for (let i = 0; i < events.length; i += 1000) await db.insert(auditEvents).values(events.slice(i, i + 1000));
}

export async function listEntityHistory(
  db: DbOrTx,
  { organizationId, entityType, entityId }: { organizationId: string; entityType: string; entityId: string },
) {
  return db
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.organizationId, organizationId),
        eq(auditEvents.entityType, entityType),
        eq(auditEvents.entityId, entityId),
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
}
