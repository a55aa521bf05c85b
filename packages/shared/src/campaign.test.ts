import { describe, expect, it } from 'vitest';
import { addDays, campaignCreateSchema, nextRoundDeadline, recipientDone, reminderDue } from './campaign.schema.js';

describe('campaign reminders', () => {
  it('reminds N days before the deadline, up to the deadline itself, then « after » once it passed', () => {
    expect(reminderDue('2026-03-10', '2026-03-07', 2)).toBeNull();
    expect(reminderDue('2026-03-10', '2026-03-08', 2)).toBe('before');
    expect(reminderDue('2026-03-10', '2026-03-10', 2)).toBe('before');
    expect(reminderDue('2026-03-10', '2026-03-11', 2)).toBe('after');
    expect(reminderDue('2026-03-10', '2026-03-10', 0)).toBe('before');
  });
});

describe('recurring rounds', () => {
  it('opens the next round N weeks after the deadline, never with a deadline already passed', () => {
    expect(nextRoundDeadline('2026-03-10', 2, '2026-03-11')).toBe('2026-03-24');
    expect(nextRoundDeadline('2026-03-10', 2, '2026-04-01')).toBe('2026-04-07');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});

describe('completion and input', () => {
  it('a recipient is done only when every item is', () => {
    expect(recipientDone([{ done: true }, { done: true }])).toBe(true);
    expect(recipientDone([{ done: true }, { done: false }])).toBe(false);
  });

  it('takes a plan, an axis or an org unit as scope, with a 2-day reminder by default', () => {
    const id = '11111111-1111-4111-8111-111111111111';
    expect(campaignCreateSchema.parse({ title: ' Point ', scope: { planId: id }, deadline: '2026-03-10' })).toMatchObject({ title: 'Point', remindDaysBefore: 2, includeIndicators: false });
    expect(campaignCreateSchema.safeParse({ title: 'x', scope: { orgUnitId: id }, deadline: '2026-03-10' }).success).toBe(true);
    expect(campaignCreateSchema.safeParse({ title: 'x', scope: {}, deadline: '2026-03-10' }).success).toBe(false);
  });
});
