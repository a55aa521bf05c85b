import { campaignCreateSchema } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { initialCampaignValues, toCampaignInput, toFormErrors } from './campaign-form-values';

const PLAN = '11111111-1111-4111-8111-111111111111';
const UNIT = '22222222-2222-4222-8222-222222222222';

describe('campaign form values', () => {
  it('starts on the first plan, due in two weeks, one-off, reminded 2 days before', () => {
    expect(initialCampaignValues(PLAN, '2026-03-02')).toMatchObject({ planId: PLAN, deadline: '2026-03-16', recurring: false, remindDaysBefore: 2 });
  });

  it('sends the plan (and axis) or the org unit as scope, and the weeks only when recurring', () => {
    const values = { ...initialCampaignValues(PLAN, '2026-03-02'), title: 'Point', recurrenceWeeks: 3 };
    expect(toCampaignInput(values)).toMatchObject({ scope: { planId: PLAN, nodeId: null }, recurrenceWeeks: null });
    expect(toCampaignInput({ ...values, scopeKind: 'orgUnit', orgUnitId: UNIT, recurring: true })).toMatchObject({ scope: { orgUnitId: UNIT }, recurrenceWeeks: 3 });
    expect(campaignCreateSchema.safeParse(toCampaignInput(values)).success).toBe(true);
  });

  it('puts the API’s scope errors on the form fields', () => {
    expect(toFormErrors({ scope: 'Aucun pilote', 'scope.nodeId': 'Axe', deadline: 'Passée' })).toEqual({ scopeKind: 'Aucun pilote', nodeId: 'Axe', deadline: 'Passée' });
  });
});
