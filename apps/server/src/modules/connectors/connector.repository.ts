import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { connectorRuns, connectors, type ConnectorRow, type ConnectorRunRow } from './connector.table.js';

type Scope = { organizationId: string };
type Editable = Partial<Pick<ConnectorRow, 'name' | 'url' | 'format' | 'schedule' | 'indicatorIds' | 'mapping' | 'enabled' | 'nextRunAt' | 'updatedAt'>>;

export async function listConnectors(db: DbOrTx, { organizationId }: Scope) {
  return db.select().from(connectors).where(eq(connectors.organizationId, organizationId)).orderBy(asc(connectors.name), asc(connectors.id));
}

export async function findConnector(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(connectors).where(and(eq(connectors.organizationId, organizationId), eq(connectors.id, id)));
  return row;
}

export async function insertConnector(db: DbOrTx, values: typeof connectors.$inferInsert) {
  const [row] = await db.insert(connectors).values(values).returning();
  return row as ConnectorRow;
}

/** Updates only if the row is still at `version`; undefined means someone changed it first. */
export async function updateConnector(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version: number }, values: Editable) {
  const [row] = await db
    .update(connectors)
    .set({ ...values, version: version + 1 })
    .where(and(eq(connectors.organizationId, organizationId), eq(connectors.id, id), eq(connectors.version, version)))
    .returning();
  return row;
}

/**
 * The schedule moving on after a run (not a change of definition: the version stays), only if
 * nobody rescheduled it meanwhile. Answers the row, or undefined when it had moved.
 */
export async function advanceConnectorSchedule(
  db: DbOrTx,
  { organizationId, id, scheduledFor }: Scope & { id: string; scheduledFor: Date },
  nextRunAt: Date | null,
) {
  const [row] = await db
    .update(connectors)
    .set({ nextRunAt })
    .where(and(eq(connectors.organizationId, organizationId), eq(connectors.id, id), eq(connectors.nextRunAt, scheduledFor)))
    .returning();
  return row;
}

export async function deleteConnectorWithRuns(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  await db.delete(connectorRuns).where(and(eq(connectorRuns.organizationId, organizationId), eq(connectorRuns.connectorId, id)));
  await db.delete(connectors).where(and(eq(connectors.organizationId, organizationId), eq(connectors.id, id)));
}

export async function insertConnectorRun(db: DbOrTx, values: typeof connectorRuns.$inferInsert) {
  const [row] = await db.insert(connectorRuns).values(values).returning();
  return row as ConnectorRunRow;
}

export async function finishConnectorRun(
  db: DbOrTx,
  { organizationId, id }: Scope & { id: string },
  values: Pick<ConnectorRunRow, 'status' | 'finishedAt' | 'fetchedRows' | 'writtenRows' | 'errors'>,
) {
  const [row] = await db
    .update(connectorRuns)
    .set(values)
    .where(and(eq(connectorRuns.organizationId, organizationId), eq(connectorRuns.id, id)))
    .returning();
  return row as ConnectorRunRow;
}

export async function listConnectorRuns(db: DbOrTx, { organizationId, connectorId, limit }: Scope & { connectorId: string; limit: number }) {
  return db
    .select()
    .from(connectorRuns)
    .where(and(eq(connectorRuns.organizationId, organizationId), eq(connectorRuns.connectorId, connectorId)))
    .orderBy(desc(connectorRuns.startedAt), desc(connectorRuns.id))
    .limit(limit);
}

/** The latest run of each of these connectors (one query for the list). */
export async function latestConnectorRuns(db: DbOrTx, { organizationId, connectorIds }: Scope & { connectorIds: string[] }) {
  if (connectorIds.length === 0) return new Map<string, ConnectorRunRow>();
  const rows = await db
    .selectDistinctOn([connectorRuns.connectorId])
    .from(connectorRuns)
    .where(and(eq(connectorRuns.organizationId, organizationId), inArray(connectorRuns.connectorId, connectorIds)))
    .orderBy(connectorRuns.connectorId, desc(connectorRuns.startedAt), desc(connectorRuns.id));
  return new Map(rows.map((row) => [row.connectorId, row]));
}
