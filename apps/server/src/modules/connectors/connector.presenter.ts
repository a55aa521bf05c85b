import type { Connector, ConnectorRun } from '@pilotis/shared';
import type { ConnectorRow, ConnectorRunRow } from './connector.table.js';

export function presentConnectorRun(row: ConnectorRunRow): ConnectorRun {
  return {
    id: row.id,
    trigger: row.trigger,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    fetchedRows: row.fetchedRows,
    writtenRows: row.writtenRows,
    errors: row.errors,
  };
}

export function presentConnector(row: ConnectorRow, lastRun: ConnectorRunRow | undefined): Connector {
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
    lastRun: lastRun ? presentConnectorRun(lastRun) : null,
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
