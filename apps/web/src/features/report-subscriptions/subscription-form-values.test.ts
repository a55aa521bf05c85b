import { reportSubscriptionCreateSchema } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { zodFormValidator } from '../../lib/zod-form';
import { initialSubscriptionValues, toFormErrors, toSubscriptionInput, type SubscriptionFormValues } from './subscription-form-values';

const PLAN = '11111111-1111-4111-8111-111111111111';
const USER = '22222222-2222-4222-8222-222222222222';
const values = (overrides: Partial<SubscriptionFormValues> = {}) => ({ ...initialSubscriptionValues(undefined, PLAN), userIds: [USER], ...overrides });
const errorsOf = (v: SubscriptionFormValues) => toFormErrors(zodFormValidator<SubscriptionFormValues>(reportSubscriptionCreateSchema, toSubscriptionInput)(v));

describe('subscription form values', () => {
  it('start as a monthly PDF progress report on the 1st at 7 h, active', () => {
    expect(toSubscriptionInput(values())).toEqual({
      planId: PLAN,
      kind: 'plan-progress',
      format: 'pdf',
      filter: {},
      schedule: { frequency: 'monthly', day: 1, hour: 7 },
      recipients: { userIds: [USER], emails: [] },
      active: true,
    });
  });

  it('send only the fields of the chosen frequency and kind', () => {
    const input = toSubscriptionInput(values({ frequency: 'weekly', weekday: '5', hour: 18, kind: 'action-book', nodeId: 'n1', statusCategory: 'in_progress', flagship: true, actionId: 'ignored' }));
    expect(input.schedule).toEqual({ frequency: 'weekly', weekday: 5, hour: 18 });
    expect(input.filter).toEqual({ nodeId: 'n1', statusCategory: 'in_progress', flagship: true });
    expect(toSubscriptionInput(values({ frequency: 'before-review', daysBefore: 3 })).schedule).toEqual({ frequency: 'before-review', daysBefore: 3, hour: 7 });
  });

  it('put every problem on the field that shows it', () => {
    expect(errorsOf(values({ userIds: [], emails: [] }))).toEqual({ userIds: 'Ajoutez au moins un destinataire.' });
    expect(Object.keys(errorsOf(values({ emails: ['ok@ville.fr', 'pas-une-adresse'] })))).toEqual(['emails']);
    expect(Object.keys(errorsOf(values({ kind: 'indicator' })))).toEqual(['indicatorId']);
    expect(Object.keys(errorsOf(values({ day: 31 })))).toEqual(['day']);
    expect(errorsOf(values())).toEqual({});
  });

  it('map API issue paths onto the form', () => {
    expect(toFormErrors({ 'recipients.userIds.0': 'a', 'schedule.hour': 'b', 'filter.actionId': 'c', 'recipients.emails.3': 'd' })).toEqual({ userIds: 'a', hour: 'b', actionId: 'c', emails: 'd' });
  });
});
