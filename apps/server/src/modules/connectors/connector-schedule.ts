import type { ConnectorSchedule } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { enqueueJob } from '../jobs/job.runner.js';

export const CONNECTOR_RUN_JOB = 'connector.run';
export interface ConnectorJobPayload {
  connectorId: string;
  /** The nextRunAt this job was queued for: once the connector is rescheduled, the job is stale. */
  scheduledFor: string;
  [key: string]: unknown;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The next run after `from`; null for a manual connector (it runs only when asked). */
export function nextRunAfter(schedule: ConnectorSchedule, from: Date): Date | null {
  switch (schedule) {
    case 'manual':
      return null;
    case 'daily':
      return new Date(from.getTime() + DAY_MS);
    case 'weekly':
      return new Date(from.getTime() + 7 * DAY_MS);
    case 'monthly': {
      const next = new Date(from);
      next.setUTCMonth(next.getUTCMonth() + 1);
      return next;
    }
  }
}

export const nextRunOf = (row: { enabled: boolean; schedule: ConnectorSchedule }, now: Date) => (row.enabled ? nextRunAfter(row.schedule, now) : null);

/**
 * Queues the run for `nextRunAt`, in the transaction that set it. Each scheduled run queues the
 * next one; a job whose connector was rescheduled (or removed, disabled) meanwhile does nothing.
 */
export async function queueScheduledRun(tx: DbOrTx, clock: Clock, connector: { id: string; organizationId: string; nextRunAt: Date | null }) {
  if (!connector.nextRunAt) return;
  const payload: ConnectorJobPayload = { connectorId: connector.id, scheduledFor: connector.nextRunAt.toISOString() };
  await enqueueJob(tx, clock, { kind: CONNECTOR_RUN_JOB, organizationId: connector.organizationId, payload, runAt: connector.nextRunAt, maxAttempts: 3 });
}
