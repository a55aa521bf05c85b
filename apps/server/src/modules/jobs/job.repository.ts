import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { jobs, type JobRow } from './job.table.js';

export async function insertJob(db: DbOrTx, values: typeof jobs.$inferInsert) {
  const [row] = await db.insert(jobs).values(values).returning();
  return row as JobRow;
}

/** Several jobs in one statement. */
export async function insertJobs(db: DbOrTx, values: (typeof jobs.$inferInsert)[]) {
  if (values.length === 0) return [];
  return (await db.insert(jobs).values(values).returning()) as JobRow[];
}

/** Whether a job of this kind is waiting or running (the daily chains queue one at a time). */
export async function hasQueuedJob(db: DbOrTx, kind: string) {
  const [row] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), inArray(jobs.status, ['queued', 'running'])))
    .limit(1);
  return Boolean(row);
}

export async function findJob(db: DbOrTx, id: string) {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

export async function findOrganizationJob(db: DbOrTx, { organizationId, id }: { organizationId: string; id: string }) {
  const [row] = await db.select().from(jobs).where(and(eq(jobs.organizationId, organizationId), eq(jobs.id, id)));
  return row;
}

/** Only while running: a late progress write must not undo the 100 % of a finished job. */
export async function updateJobProgress(db: DbOrTx, id: string, progress: number) {
  await db.update(jobs).set({ progress }).where(and(eq(jobs.id, id), eq(jobs.status, 'running')));
}

/**
 * Claims the next due job for this worker. SKIP LOCKED lets several app processes poll the same
 * table without taking the same job; a job whose worker died is retaken once its lock expires.
 */
export async function claimNextJob(db: DbOrTx, { workerId, now, lockMs }: { workerId: string; now: Date; lockMs: number }) {
  const lockedUntil = new Date(now.getTime() + lockMs);
  const result = await db.execute(sql`
    update ${jobs} set status = 'running', locked_by = ${workerId}, locked_until = ${lockedUntil.toISOString()}, attempts = attempts + 1
    where id = (
      select id from ${jobs}
      where (status = 'queued' and run_at <= ${now.toISOString()})
         or (status = 'running' and locked_until < ${now.toISOString()})
      order by run_at
      limit 1
      for update skip locked
    )
    returning id`);
  const id = (result as unknown as { rows: { id: string }[] }).rows[0]?.id;
  return id ? findJob(db, id) : undefined;
}

export async function finishJob(
  db: DbOrTx,
  { id, workerId }: { id: string; workerId: string },
  values: Partial<Pick<JobRow, 'status' | 'result' | 'lastError' | 'runAt' | 'finishedAt' | 'progress'>>,
) {
  await db
    .update(jobs)
    .set({ ...values, lockedBy: null, lockedUntil: null })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId)));
}
