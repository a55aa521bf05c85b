import type { Connector, ConnectorRun } from '@pilotis/shared';
import type { ConnectorRow, ConnectorRunRow } from './connector.table.js';

/** Longer than any fetch and write: a run still `running` after it died with its process. */
const RUN_ABANDONED_MS = 30 * 60_000;

/** `now` tells a run in progress from one its process never finished (shown failed, not polled forever). */
export function presentConnectorRun(row: ConnectorRunRow, now: Date): ConnectorRun {
  const abandoned = row.status === 'running' && now.getTime() - row.startedAt.getTime() > RUN_ABANDONED_MS;
  return {
    id: row.id,
    trigger: row.trigger,
    status: abandoned ? 'failed' : row.status,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    fetchedRows: row.fetchedRows,
    writtenRows: row.writtenRows,
    errors: abandoned ? ['Exécution interrompue (serveur arrêté pendant l’exécution)'] : row.errors,
  };
}

export function presentConnector(row: ConnectorRow, lastRun: ConnectorRunRow | undefined, now: Date): Connector {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    format: row.format,
    schedule: row.schedule,
    indicatorIds: row.indicatorIds,
    mapping: row.mapping,
    enabled: row.enabled,
    nextRunAt: row.nextRunAt?.toISOString() ?? null,
    lastRun: lastRun ? presentConnectorRun(lastRun, now) : null,
    version: row.version,
  };
}

export const auditedConnector = (row: ConnectorRow) => ({
  name: row.name,
  url: row.url,
  format: row.format,
  schedule: row.schedule,
  indicatorIds: row.indicatorIds,
  mapping: row.mapping,
  enabled: row.enabled,
});
