import type { ReportSubscription } from '@pilotis/shared';
import type { ReportSubscriptionRow } from './report-subscription.table.js';

export interface RecipientUser {
  id: string;
  name: string;
  email: string;
  active: boolean;
}

export function presentSubscription(
  row: ReportSubscriptionRow,
  { planName, users, canManage }: { planName: string; users: Map<string, RecipientUser>; canManage: boolean },
): ReportSubscription {
  const creator = users.get(row.createdBy);
  return {
    id: row.id,
    planId: row.planId,
    planName,
    kind: row.kind,
    format: row.format,
    filter: row.filter,
    schedule: row.schedule,
    recipients: row.recipients,
    recipientUsers: row.recipients.userIds.flatMap((id) => {
      const user = users.get(id);
      return user ? [user] : [];
    }),
    active: row.active,
    nextRunAt: row.nextRunAt?.toISOString() ?? null,
    lastRunAt: row.lastRunAt?.toISOString() ?? null,
    lastReportId: row.lastReportId,
    lastError: row.lastError,
    createdBy: creator ? { id: creator.id, name: creator.name } : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: { update: canManage, delete: canManage, sendNow: canManage },
  };
}

/** What the history keeps of a subscription. */
export const auditedSubscription = (row: ReportSubscriptionRow) => ({
  kind: row.kind,
  format: row.format,
  filter: row.filter,
  schedule: row.schedule,
  recipients: row.recipients,
  active: row.active,
});
