import { addDays, DEFAULT_REMIND_DAYS_BEFORE, type CampaignCreateInput } from '@pilotis/shared';

export interface CampaignFormValues {
  title: string;
  message: string;
  scopeKind: 'plan' | 'orgUnit';
  planId: string;
  nodeId: string | null;
  orgUnitId: string;
  includeIndicators: boolean;
  deadline: string;
  recurring: boolean;
  recurrenceWeeks: number | string;
  remindDaysBefore: number | string;
}

export const initialCampaignValues = (planId: string, today: string): CampaignFormValues => ({
  title: '',
  message: '',
  scopeKind: 'plan',
  planId,
  nodeId: null,
  orgUnitId: '',
  includeIndicators: false,
  deadline: addDays(today, 14),
  recurring: false,
  recurrenceWeeks: 2,
  remindDaysBefore: DEFAULT_REMIND_DAYS_BEFORE,
});

/** The form's values as the API's body (the shared schema validates both). */
export function toCampaignInput(values: CampaignFormValues): CampaignCreateInput {
  return {
    title: values.title,
    message: values.message,
    scope: values.scopeKind === 'orgUnit' ? { orgUnitId: values.orgUnitId } : { planId: values.planId, nodeId: values.nodeId || null },
    includeIndicators: values.includeIndicators,
    deadline: values.deadline,
    recurrenceWeeks: values.recurring ? Number(values.recurrenceWeeks) : null,
    remindDaysBefore: Number(values.remindDaysBefore),
  };
}

/** API and schema paths (`scope.planId`) onto the form's fields. */
export function toFormErrors(errors: Record<string, string>): Record<string, string> {
  const fields: Record<string, string> = { 'scope.planId': 'planId', 'scope.nodeId': 'nodeId', 'scope.orgUnitId': 'orgUnitId', scope: 'scopeKind' };
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [fields[path] ?? path, message]));
}
