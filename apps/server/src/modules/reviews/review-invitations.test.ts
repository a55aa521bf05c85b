import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { jobHandlers } from '../jobs/job-handlers.js';
import { createJobRunner } from '../jobs/job.runner.js';
import { startTestSmtp, type TestSmtp } from '../mail/mail.test-smtp.js';
import { notifications } from '../notifications/notification.table.js';
import { createReviewCast, expectStatus, newReview, newSeries } from './review.test-fixtures.js';

/** The machine running the suite may be busy: creating people (argon2) and plans takes a while there. */
const SLOW = 180_000;

let smtp: TestSmtp;
let testApp: TestApp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  testApp = await createTestApp({ env: { SMTP_URL: smtp.url } });
}, SLOW);
afterAll(() => smtp.close());

describe('review invitations', { timeout: SLOW }, () => {
  it('notifies the member attendees (e-mail as their preferences say), e-mails those from outside, and notes when it was sent', async () => {
    const { manager, reader, plan } = await createReviewCast(testApp);
    const series = await newSeries(manager.session, plan.id, {
      title: 'Comité de pilotage',
      defaultAttendees: [{ userId: reader.id }, { name: 'Bureau d’études', email: 'be@conseil.fr' }, { name: 'Élu référent', email: null }],
    });
    const review = (await newReview(manager.session, { seriesId: series.id, startTime: '14:30', location: 'Salle du conseil' })).data;

    const sent = await expectStatus(manager.session.request('POST', `/api/reviews/${review.id}/invitations`), 200);
    expect(sent.data).toMatchObject({ emailed: 1, notified: 1, invitationsSentAt: testApp.clock.now().toISOString() });
    await createJobRunner({ db: testApp.ctx.db, clock: testApp.clock, handlers: jobHandlers(testApp.ctx) }).runDue();

    const toOutside = smtp.to('be@conseil.fr');
    expect(toOutside).toHaveLength(1);
    expect(toOutside[0]!.subject).toBe('Invitation : Comité de pilotage le 27/04/2026 à 14 h 30');
    expect(toOutside[0]!.text).toContain('Vous êtes invité(e) à la réunion « Comité de pilotage » du plan « Plan climat », le 27/04/2026 à 14 h 30, Salle du conseil.');
    expect(toOutside[0]!.text).toContain(`https://pilotis.test/revues/${review.id}`);
    expect(toOutside[0]!.html).toContain('Salle du conseil');
    // The member: once, through their notification (« immédiatement » by default), addressed by name.
    const toMember = smtp.to(reader.email);
    expect(toMember.map((mail) => mail.subject)).toEqual(['Invitation : Comité de pilotage le 27/04/2026 à 14 h 30']);
    expect(toMember[0]!.text).toContain('Bonjour Rémi Lecteur,');
    expect(toMember[0]!.text).toContain('Gaëlle Gestion vous invite à la réunion « Comité de pilotage » du plan « Plan climat », le 27/04/2026 à 14 h 30, Salle du conseil.');
    expect(smtp.to(manager.email)).toHaveLength(0);

    const told = await testApp.ctx.db.select().from(notifications).where(and(eq(notifications.userId, reader.id), eq(notifications.kind, 'review.invitation')));
    expect(told).toEqual([expect.objectContaining({ entityId: review.id, link: `/revues/${review.id}` })]);
    const read = await expectStatus(manager.session.request('GET', `/api/reviews/${review.id}`), 200);
    expect(read.data.invitationsSentAt).toBe(testApp.clock.now().toISOString());
  });

  it('refuses to invite nobody, and is the managers’ right', async () => {
    const { manager, reader, plan } = await createReviewCast(testApp);
    const series = await newSeries(manager.session, plan.id);
    const review = (await newReview(manager.session, { seriesId: series.id })).data;
    await expectStatus(reader.session.request('POST', `/api/reviews/${review.id}/invitations`), 403);
    const empty = await expectStatus(manager.session.request('POST', `/api/reviews/${review.id}/invitations`), 400);
    expect(empty.error.issues).toEqual([expect.objectContaining({ path: 'attendees' })]);
  });
});
