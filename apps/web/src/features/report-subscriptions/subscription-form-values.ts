import type { ReportFilter, ReportFormat, ReportKind, ReportSubscription, ReportSubscriptionCreateInput, StatusCategory } from '@pilotis/shared';

/** What the form holds: strings where Mantine inputs want them, '' for « none ». */
export interface SubscriptionFormValues {
  planId: string;
  kind: ReportKind;
  format: ReportFormat;
  nodeId: string;
  actionId: string;
  indicatorId: string;
  statusCategory: StatusCategory | '';
  flagship: boolean;
  frequency: 'weekly' | 'monthly' | 'before-review';
  weekday: string;
  day: number;
  daysBefore: number;
  hour: number;
  userIds: string[];
  emails: string[];
  active: boolean;
}

export function initialSubscriptionValues(subscription: ReportSubscription | undefined, planId: string): SubscriptionFormValues {
  const schedule = subscription?.schedule;
  const filter = subscription?.filter ?? {};
  return {
    planId: subscription?.planId ?? planId,
    kind: subscription?.kind ?? 'plan-progress',
    format: subscription?.format ?? 'pdf',
    nodeId: filter.nodeId ?? '',
    actionId: filter.actionId ?? '',
    indicatorId: filter.indicatorId ?? '',
    statusCategory: filter.statusCategory ?? '',
    flagship: filter.flagship ?? false,
    frequency: schedule?.frequency ?? 'monthly',
    weekday: String(schedule?.frequency === 'weekly' ? schedule.weekday : 1),
    day: schedule?.frequency === 'monthly' ? schedule.day : 1,
    daysBefore: schedule?.frequency === 'before-review' ? schedule.daysBefore : 7,
    hour: schedule?.hour ?? 7,
    userIds: subscription?.recipients.userIds ?? [],
    emails: subscription?.recipients.emails ?? [],
    active: subscription?.active ?? true,
  };
}

function filterOf(values: SubscriptionFormValues): ReportFilter {
  const filter: ReportFilter = {};
  if (values.kind === 'action-book' && values.nodeId) filter.nodeId = values.nodeId;
  if (values.kind === 'action' && values.actionId) filter.actionId = values.actionId;
  if (values.kind === 'indicator' && values.indicatorId) filter.indicatorId = values.indicatorId;
  if (values.kind === 'action-book' && values.statusCategory) filter.statusCategory = values.statusCategory;
  if (values.kind === 'action-book' && values.flagship) filter.flagship = true;
  return filter;
}

function scheduleOf(values: SubscriptionFormValues): ReportSubscriptionCreateInput['schedule'] {
  const hour = Number(values.hour);
  if (values.frequency === 'weekly') return { frequency: 'weekly', weekday: Number(values.weekday), hour };
  if (values.frequency === 'monthly') return { frequency: 'monthly', day: Number(values.day), hour };
  return { frequency: 'before-review', daysBefore: Number(values.daysBefore), hour };
}

/** The API body (also what the shared schema checks in the browser before sending). */
export function toSubscriptionInput(values: SubscriptionFormValues): ReportSubscriptionCreateInput {
  return {
    planId: values.planId,
    kind: values.kind,
    format: values.format,
    filter: filterOf(values),
    schedule: scheduleOf(values),
    recipients: { userIds: values.userIds, emails: values.emails },
    active: values.active,
  };
}

/** API / schema issue paths (« schedule.day », « recipients.emails.2 ») → the form's field names. */
export function toFormErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path
      .replace(/^schedule\./, '')
      .replace(/^filter\./, '')
      .replace(/^recipients\.emails(\.\d+)?$/, 'emails')
      .replace(/^recipients\.userIds(\.\d+)?$/, 'userIds');
    out[field] ??= message;
  }
  return out;
}
