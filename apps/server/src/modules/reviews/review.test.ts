import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { jobs } from '../jobs/job.table.js';
import { SUBSCRIPTION_RUN_JOB } from '../report-subscriptions/report-subscription-jobs.js';
import { findReviewSnapshot } from '../review-snapshots/review-snapshot.repository.js';
import { createReviewCast, expectStatus, newReview, newSeries, seriesBody, type ReviewCast } from './review.test-fixtures.js';

/** The machine running the suite may be busy: creating people (argon2) and plans takes a while there. */
const SLOW = 180_000;

let testApp: TestApp;
let cast: ReviewCast;

beforeAll(async () => {
  // The test clock: Monday 2 March 2026, 10 h in Paris.
  testApp = await createTestApp();
  cast = await createReviewCast(testApp);
}, SLOW);

describe('review series', { timeout: SLOW }, () => {
  it('a plan manager creates a series: the next date follows its cadence, default attendees are shown with their names', async () => {
    const { manager, plan } = cast;
    const series = await newSeries(manager.session, plan.id, { defaultAttendees: [{ userId: manager.id }, { name: 'Bureau d’études', email: ' BE@Conseil.FR ' }] });
    expect(series).toMatchObject({
      planId: plan.id,
      title: 'Revue de projet',
      kind: 'project_review',
      cadence: 'weeks',
      everyWeeks: 8,
      nextDate: '2026-04-27',
      lastReviewDate: null,
      reviewCount: 0,
      defaultAttendees: [
        { userId: manager.id, name: 'Gaëlle Gestion', email: manager.email },
        { userId: null, name: 'Bureau d’études', email: 'be@conseil.fr' },
      ],
      can: { update: true, createReview: true },
    });

    const monthly = await expectStatus(manager.session.request('PATCH', `/api/review-series/${series.id}`, { cadence: 'monthly', version: 1 }), 200);
    expect(monthly.data).toMatchObject({ cadence: 'monthly', everyWeeks: null, nextDate: '2026-04-02', version: 2 });
    await expectStatus(manager.session.request('PATCH', `/api/review-series/${series.id}`, { title: 'Trop tard', version: 1 }), 409);
    const listed = await expectStatus(cast.reader.session.request('GET', `/api/review-series?planId=${plan.id}`), 200);
    expect(listed.data.find((s: { id: string }) => s.id === series.id)).toMatchObject({ cadence: 'monthly', can: { update: false } });
  });

  it('refuses « every N weeks » without N, and a member attendee from elsewhere', async () => {
    const { manager, plan, other } = cast;
    const noWeeks = await expectStatus(manager.session.request('POST', '/api/review-series', seriesBody(plan.id, { everyWeeks: undefined })), 400);
    expect(noWeeks.error.issues).toEqual([expect.objectContaining({ path: 'everyWeeks' })]);
    const foreign = await expectStatus(manager.session.request('POST', '/api/review-series', seriesBody(plan.id, { defaultAttendees: [{ userId: other.userId }] })), 400);
    expect(foreign.error.issues).toEqual([{ path: 'defaultAttendees.0.userId', message: 'Utilisateur introuvable ou inactif dans la collectivité' }]);
  });
});

describe('reviews', { timeout: SLOW }, () => {
  it('plans a review on the proposed date with the default attendees; the next one links back to it', async () => {
    const { manager, plan } = cast;
    const series = await newSeries(manager.session, plan.id, { title: 'Comité de pilotage', kind: 'steering_committee', defaultAttendees: [{ userId: manager.id }, { name: 'Élu référent', email: null }] });
    const first = await newReview(manager.session, { seriesId: series.id, startTime: '14:00', location: 'Salle du conseil' });
    expect(first.data).toMatchObject({
      title: 'Comité de pilotage',
      date: '2026-04-27',
      startTime: '14:00',
      location: 'Salle du conseil',
      status: 'planned',
      previousReviewId: null,
      series: { id: series.id, title: 'Comité de pilotage', kind: 'steering_committee' },
      attendees: [
        { userId: manager.id, name: 'Gaëlle Gestion', email: manager.email, presence: 'invited' },
        { userId: null, name: 'Élu référent', email: null, presence: 'invited' },
      ],
      invitationsSentAt: null,
    });
    expect(first.can).toEqual({ update: true, apply: true, sendMinutes: true });

    const second = await newReview(manager.session, { seriesId: series.id, title: 'Comité de juin', attendees: [] });
    expect(second.data).toMatchObject({ title: 'Comité de juin', date: '2026-06-22', previousReviewId: first.data.id, attendees: [] });
    const listed = await expectStatus(manager.session.request('GET', `/api/reviews?seriesId=${series.id}`), 200);
    expect(listed.data.map((r: { title: string; date: string; seriesTitle: string }) => [r.date, r.title, r.seriesTitle])).toEqual([
      ['2026-06-22', 'Comité de juin', 'Comité de pilotage'],
      ['2026-04-27', 'Comité de pilotage', 'Comité de pilotage'],
    ]);
    const seriesList = await expectStatus(manager.session.request('GET', `/api/review-series?planId=${plan.id}`), 200);
    expect(seriesList.data.find((s: { id: string }) => s.id === series.id)).toMatchObject({ lastReviewDate: '2026-06-22', reviewCount: 2, nextDate: '2026-08-17' });
  });

  it('replaces the attendees with their presence; a bad address is refused on its field; a stale version is a conflict', async () => {
    const { manager, plan, reader } = cast;
    const series = await newSeries(manager.session, plan.id);
    const review = (await newReview(manager.session, { seriesId: series.id })).data;
    const url = `/api/reviews/${review.id}`;
    const bad = await expectStatus(manager.session.request('PATCH', url, { version: 1, attendees: [{ userId: reader.id }, { name: 'Presse', email: 'pas-une-adresse' }] }), 400);
    expect(bad.error.issues).toEqual([expect.objectContaining({ path: 'attendees.1.email' })]);

    const changed = await expectStatus(
      manager.session.request('PATCH', url, { version: 1, location: 'Mairie annexe', attendees: [{ userId: reader.id, presence: 'present' }, { name: 'Presse', email: 'Presse@Ville.fr', presence: 'excused' }] }),
      200,
    );
    expect(changed.data).toMatchObject({ location: 'Mairie annexe', version: 2 });
    expect(changed.data.attendees.map((a: { name: string; email: string; presence: string }) => [a.name, a.email, a.presence])).toEqual([
      ['Rémi Lecteur', reader.email, 'present'],
      ['Presse', 'presse@ville.fr', 'excused'],
    ]);
    await expectStatus(manager.session.request('PATCH', url, { version: 1, title: 'Perdu' }), 409);
    // Its history names every agenda item, masked ones included: the managers' only.
    await expectStatus(reader.session.request('GET', `/api/history/review/${review.id}`), 404);
    const history = await expectStatus(manager.session.request('GET', `/api/history/review/${review.id}`), 200);
    expect(history.data.map((event: { action: string }) => event.action).sort()).toEqual(['create', 'update']);
    expect(history.data.find((event: { action: string }) => event.action === 'update').changes.location).toEqual({ before: null, after: 'Mairie annexe' });
  });

  it('marking a review held freezes the plan snapshot', async () => {
    const { manager, plan, organizationId, fiche } = cast;
    await fiche({ title: 'Rénover les écoles' });
    const series = await newSeries(manager.session, plan.id);
    const review = (await newReview(manager.session, { seriesId: series.id })).data;
    const held = await expectStatus(manager.session.request('PATCH', `/api/reviews/${review.id}`, { version: 1, status: 'held' }), 200);
    expect(held.data).toMatchObject({ status: 'held', heldAt: testApp.clock.now().toISOString() });
    const snapshot = await findReviewSnapshot(testApp.ctx.db, { organizationId, reviewId: review.id });
    expect(snapshot?.data.actions.map((a) => a.title)).toContain('Rénover les écoles');
  });

  it('queues the « before each review » report subscriptions of the plan for the review date, and again when it moves', async () => {
    const { manager, plan, organizationId } = cast;
    const subscription = await expectStatus(
      manager.session.request('POST', '/api/report-subscriptions', {
        planId: plan.id,
        kind: 'plan-progress',
        format: 'pdf',
        schedule: { frequency: 'before-review', daysBefore: 7, hour: 8 },
        recipients: { emails: ['direction@ville.fr'] },
      }),
      201,
    );
    const reviewDatesQueued = async () =>
      (await testApp.ctx.db.select().from(jobs).where(and(eq(jobs.kind, SUBSCRIPTION_RUN_JOB), eq(jobs.organizationId, organizationId))))
        .filter((job) => job.payload.subscriptionId === subscription.data.id)
        .map((job) => job.payload.reviewDate)
        .sort();
    const series = await newSeries(manager.session, plan.id);
    const review = (await newReview(manager.session, { seriesId: series.id, date: '2026-05-12' })).data;
    expect(await reviewDatesQueued()).toEqual(['2026-05-12']);
    await expectStatus(manager.session.request('PATCH', `/api/reviews/${review.id}`, { version: 1, date: '2026-05-19' }), 200);
    expect(await reviewDatesQueued()).toEqual(['2026-05-12', '2026-05-19']);
  });
});

describe('review rights', { timeout: SLOW }, () => {
  it('a reader reads but may not plan or change (403); a member who may not read the plan, or another collectivité, gets 404', async () => {
    const { manager, reader, stranger, other, plan } = cast;
    const series = await newSeries(manager.session, plan.id);
    const review = (await newReview(manager.session, { seriesId: series.id })).data;
    const read = await expectStatus(reader.session.request('GET', `/api/reviews/${review.id}`), 200);
    expect(read.can).toEqual({ update: false, apply: false, sendMinutes: false });
    await expectStatus(reader.session.request('POST', '/api/reviews', { seriesId: series.id }), 403);
    await expectStatus(reader.session.request('PATCH', `/api/reviews/${review.id}`, { version: 1, title: 'Non' }), 403);
    await expectStatus(reader.session.request('POST', '/api/review-series', seriesBody(plan.id)), 403);
    await expectStatus(reader.session.request('POST', `/api/reviews/${review.id}/items`, { kind: 'free', title: 'Divers' }), 403);

    // A fiche restricted to its units is on the agenda: the reader is not told what it is.
    const restricted = await cast.fiche({ title: 'Dossier RH sensible', visibility: 'unit', pilotId: null });
    const withItem = await expectStatus(manager.session.request('POST', `/api/reviews/${review.id}/items`, { kind: 'action', actionId: restricted.id }), 201);
    expect(withItem.data.items.find((i: { actionId: string }) => i.actionId === restricted.id)).toMatchObject({ title: 'Dossier RH sensible', action: { id: restricted.id } });
    const masked = (await expectStatus(reader.session.request('GET', `/api/reviews/${review.id}`), 200)).data.items.find((i: { actionId: string }) => i.actionId === restricted.id);
    expect(masked).toMatchObject({ title: 'Fiche action non consultable', action: null });
    const proposed = (await expectStatus(reader.session.request('GET', `/api/reviews/${review.id}/agenda-proposal`), 200)).data;
    expect(JSON.stringify(proposed)).not.toContain('Dossier RH sensible');

    for (const outsider of [stranger.session, other]) {
      await expectStatus(outsider.request('GET', `/api/reviews/${review.id}`), 404);
      await expectStatus(outsider.request('GET', `/api/review-series?planId=${plan.id}`), 404);
      await expectStatus(outsider.request('PATCH', `/api/review-series/${series.id}`, { version: 1, title: 'Non' }), 404);
      await expectStatus(outsider.request('POST', `/api/reviews/${review.id}/invitations`), 404);
      await expectStatus(outsider.request('GET', `/api/history/review/${review.id}`), 404);
    }
  });
});
