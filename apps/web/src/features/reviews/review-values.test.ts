import { reviewDecisionCreateSchema, reviewSeriesCreateSchema, type ReviewAttendee, type ReviewDecision } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { zodFormValidator } from '../../lib/zod-form';
import { toAttendeeInputs, withAdded, withPresence, without } from './attendee-values';
import { initialDecisionValues, toDecisionFormErrors, toDecisionInput, type DecisionFormValues } from './decision-form-values';
import { cadenceLabel, effectLabel, type EffectNames } from './review-labels';
import { initialSeriesValues, toSeriesFormErrors, toSeriesInput, type SeriesFormValues } from './series-form-values';

const PLAN = '11111111-1111-4111-8111-111111111111';
const USER = '22222222-2222-4222-8222-222222222222';
const STATUS = '33333333-3333-4333-8333-333333333333';
const TARGET = '44444444-4444-4444-8444-444444444444';

const seriesErrors = (v: SeriesFormValues) => toSeriesFormErrors(zodFormValidator<SeriesFormValues>(reviewSeriesCreateSchema, toSeriesInput)(v), v.memberIds.length);
const decisionErrors = (v: DecisionFormValues) => toDecisionFormErrors(zodFormValidator<DecisionFormValues>(reviewDecisionCreateSchema, toDecisionInput)(v));

describe('series form values', () => {
  it('start as a project review every 8 weeks and send members then outside people', () => {
    const values = { ...initialSeriesValues(PLAN), title: 'Revue de projet', memberIds: [USER], externals: [{ name: 'Cabinet Conseil', email: '' }, { name: 'DDT', email: 'ddt@etat.fr' }] };
    expect(toSeriesInput(values)).toEqual({
      planId: PLAN,
      title: 'Revue de projet',
      kind: 'project_review',
      cadence: 'weeks',
      everyWeeks: 8,
      defaultAttendees: [{ userId: USER }, { name: 'Cabinet Conseil', email: null }, { name: 'DDT', email: 'ddt@etat.fr' }],
    });
    expect(seriesErrors(values)).toEqual({});
  });

  it('send no number of weeks with a monthly cadence, and ask for one with « weeks »', () => {
    expect(toSeriesInput({ ...initialSeriesValues(PLAN), title: 'Comité', cadence: 'monthly' }).everyWeeks).toBeNull();
    expect(Object.keys(seriesErrors({ ...initialSeriesValues(PLAN), title: 'Comité', everyWeeks: '' }))).toEqual(['everyWeeks']);
  });

  it('put a bad outside address on its row', () => {
    const values = { ...initialSeriesValues(PLAN), title: 'Revue', memberIds: [USER], externals: [{ name: 'A', email: '' }, { name: 'B', email: 'pas-une-adresse' }] };
    expect(Object.keys(seriesErrors(values))).toEqual(['externals.1.email']);
    expect(toSeriesFormErrors({ 'defaultAttendees.0.userId': 'x', 'defaultAttendees.2.name': 'y' }, 1)).toEqual({ memberIds: 'x', 'externals.1.name': 'y' });
  });
});

describe('decision form values', () => {
  const base = { ...initialDecisionValues(), text: 'Rattacher à la 1.2' };

  it('send only the chosen effect', () => {
    expect(toDecisionInput(base)).toEqual({ text: 'Rattacher à la 1.2', effect: null });
    expect(toDecisionInput({ ...base, effectType: 'attach', targetActionId: TARGET, statusId: STATUS })).toEqual({ text: 'Rattacher à la 1.2', effect: { type: 'attach', targetActionId: TARGET } });
    expect(toDecisionInput({ ...base, effectType: 'close' }).effect).toEqual({ type: 'close' });
    expect(toDecisionInput({ ...base, effectType: 'end_date', endsOn: '2027-06-30' }).effect).toEqual({ type: 'end_date', endsOn: '2027-06-30' });
  });

  it('read back a recorded decision', () => {
    const decision = { text: 'Nouveau statut', effect: { type: 'status', statusId: STATUS } } as ReviewDecision;
    expect(initialDecisionValues(decision)).toMatchObject({ text: 'Nouveau statut', effectType: 'status', statusId: STATUS });
  });

  it('show a missing choice on the picker of the effect', () => {
    expect(Object.keys(decisionErrors({ ...base, effectType: 'status' }))).toEqual(['statusId']);
    expect(Object.keys(decisionErrors({ ...base, effectType: 'merge' }))).toEqual(['targetActionId']);
    expect(Object.keys(decisionErrors({ ...base, text: ' ' }))).toEqual(['text']);
    expect(decisionErrors(base)).toEqual({});
  });
});

describe('labels', () => {
  const names: EffectNames = {
    status: (id) => (id === STATUS ? 'Terminé' : undefined),
    person: (id) => (id === USER ? 'Paul Pilote' : undefined),
    action: (id) => (id === TARGET ? '1.2 Créer un réseau cyclable' : undefined),
    date: (iso) => `le ${iso}`,
    unknown: '?',
  };

  it('name the effect of a decision with its status, person, date or fiche', () => {
    expect(effectLabel({ type: 'status', statusId: STATUS }, names)).toEqual({ key: 'reviews.decisions.describe.status', values: { status: 'Terminé' } });
    expect(effectLabel({ type: 'pilot', pilotId: USER }, names).values).toEqual({ name: 'Paul Pilote' });
    expect(effectLabel({ type: 'end_date', endsOn: '2027-01-31' }, names).values).toEqual({ date: 'le 2027-01-31' });
    expect(effectLabel({ type: 'attach', targetActionId: TARGET }, names)).toEqual({ key: 'reviews.decisions.describe.attach', values: { target: '1.2 Créer un réseau cyclable' } });
    expect(effectLabel({ type: 'merge', targetActionId: USER }, names).values).toEqual({ target: '?' });
    expect(effectLabel({ type: 'close' }, names)).toEqual({ key: 'reviews.decisions.describe.close' });
  });

  it('say the cadence with its number of weeks', () => {
    expect(cadenceLabel('weeks', 8)).toEqual({ key: 'reviews.cadenceLabel.weeks', values: { count: 8 } });
    expect(cadenceLabel('quarterly', null)).toEqual({ key: 'reviews.cadenceLabel.quarterly' });
  });
});

describe('attendee changes', () => {
  const attendees: ReviewAttendee[] = [
    { id: 'a1', userId: USER, name: 'Paul Pilote', email: 'pilote@demo.fr', presence: 'invited' },
    { id: 'a2', userId: null, name: 'DDT', email: null, presence: 'invited' },
  ];

  it('send members by id and outside people by name, with the presence changed', () => {
    expect(withPresence(attendees, 'a2', 'excused')).toEqual([{ userId: USER, presence: 'invited' }, { name: 'DDT', email: null, presence: 'excused' }]);
    expect(without(attendees, 'a1')).toEqual([{ name: 'DDT', email: null, presence: 'invited' }]);
  });

  it('add a member once only', () => {
    expect(withAdded(attendees, { userId: USER })).toEqual(toAttendeeInputs(attendees));
    expect(withAdded(attendees, { name: 'Cabinet', email: 'c@cabinet.fr' }).at(-1)).toEqual({ name: 'Cabinet', email: 'c@cabinet.fr', presence: 'invited' });
  });
});
