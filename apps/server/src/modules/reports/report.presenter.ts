import type { Report } from '@pilotis/shared';
import type { ReportRow } from './report.table.js';

export function presentReport(row: ReportRow, authorName: string | null): Report {
  return {
    id: row.id,
    kind: row.kind,
    format: row.format,
    title: row.title,
    status: row.status,
    byteSize: row.byteSize,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy ? { id: row.createdBy, name: authorName ?? '' } : null,
    subscriptionId: row.subscriptionId,
    filter: row.filter,
  };
}
