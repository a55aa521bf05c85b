import type { ReportFilter, ReportFormat, ReportKind } from '@pilotis/shared';
import type { AppContext } from '../../context.js';

export interface GenerateReportInput {
  organizationId: string;
  actorUserId: string;
  kind: ReportKind;
  format: ReportFormat;
  filter: ReportFilter;
  subscriptionId?: string | null;
}

export interface GeneratedReport {
  reportId: string;
  fileName: string;
  filePath: string;
  contentType: string;
  byteSize: number;
  title: string;
}

/**
 * Generates a report AS the given user (only what they may read), stores the file under
 * DATA_DIR/files/<organizationId>/reports/<reportId>.<ext> and inserts its `reports` row.
 * Used by the `report.generate` job and by e-mailed subscriptions.
 */
export async function generateReport(_ctx: AppContext, _input: GenerateReportInput): Promise<GeneratedReport> {
  throw new Error('Génération de rapports pas encore disponible');
}
