import type { AppContext } from '../../context.js';
import type { JobHandler } from '../jobs/job.runner.js';
import { runConnector } from './connector-run.service.js';
import { CONNECTOR_RUN_JOB, nextRunOf, queueScheduledRun, type ConnectorJobPayload } from './connector-schedule.js';
import { advanceConnectorSchedule, findConnector } from './connector.repository.js';

/**
 * A scheduled run. A failed run throws (after being logged) so the runner retries it; the
 * schedule moves on, and the next run is queued, after a success or the last attempt.
 */
export function connectorRunHandler(ctx: AppContext): JobHandler {
  return async (job) => {
    const { connectorId, scheduledFor } = job.payload as ConnectorJobPayload;
    const organizationId = job.organizationId;
    if (!organizationId) return { skipped: 'sans collectivité' };
    const connector = await findConnector(ctx.db, { organizationId, id: connectorId });
    const stillDue = connector?.enabled && connector.schedule !== 'manual' && connector.nextRunAt?.toISOString() === scheduledFor;
    if (!connector || !stillDue) return { skipped: 'connecteur supprimé, désactivé ou reprogrammé' };

    const run = await runConnector(ctx, connector, 'schedule');
    if (run.status === 'success' || job.attempts >= job.maxAttempts) {
      await ctx.db.transaction(async (tx) => {
        const moved = await advanceConnectorSchedule(tx, { organizationId, id: connectorId, scheduledFor: new Date(scheduledFor) }, nextRunOf(connector, ctx.clock.now()));
        if (moved) await queueScheduledRun(tx, ctx.clock, moved);
      });
    }
    if (run.status === 'failed') throw new Error(run.errors[0] ?? 'Échec du connecteur');
    return { runId: run.id, fetchedRows: run.fetchedRows, writtenRows: run.writtenRows };
  };
}
