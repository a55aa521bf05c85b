import type { Job } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { can } from '../../policies/index.js';
import { localJobProgress } from './job-progress.js';
import { findOrganizationJob } from './job.repository.js';
import type { JobRow } from './job.table.js';

/** A job followed by its requester; anyone else gets 404, as for any resource they may not read. */
export async function getJob(ctx: AppContext, actor: MemberActor, id: string): Promise<Job> {
  const row = await findOrganizationJob(ctx.db, { organizationId: actor.organizationId, id });
  if (!row || !can(actor, 'job.read', { organizationId: actor.organizationId, createdBy: row.createdBy })) throw notFound('Tâche');
  return presentJob(row);
}

export function presentJob(row: JobRow): Job {
  const progress = row.status === 'done' ? 100 : Math.max(row.progress, localJobProgress(row.id) ?? 0);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress,
    result: row.status === 'done' ? (row.result ?? {}) : null,
    error: row.lastError,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
