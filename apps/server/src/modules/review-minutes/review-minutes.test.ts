import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import type { ReviewDiff } from '@pilotis/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAction, createPlanRow, statusIds } from '../../../test/action-factories.js';
import { createMember, createOrganizationWithAdmin, createUnit, PASSWORD } from '../../../test/factories.js';
import { createIndicator, putMeasures } from '../../../test/indicator-factories.js';
import { addPlanMember } from '../../../test/plan-factories.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../../test/test-app.js';
import { jobHandlers } from '../jobs/job-handlers.js';
import { createJobRunner, type JobRunner } from '../jobs/job.runner.js';
import { startTestSmtp, type TestSmtp } from '../mail/mail.test-smtp.js';
import { newId } from '../../lib/tokens.js';
import { reviewItems, reviews } from '../reviews/review.table.js';
import { holdReview, insertAttendees, insertDecision, insertItem, insertReview, insertSeries } from './review-minutes.fixture.js';

let smtp: TestSmtp;
let testApp: TestApp;
let runner: JobRunner;
let admin: Session;
let adminEmail: string;
let organizationId: string;
let manager: Awaited<ReturnType<typeof createMember>>;
let reader: Awaited<ReturnType<typeof createMember>>;
let outsider: Awaited<ReturnType<typeof createMember>>;
let plan: Awaited<ReturnType<typeof createPlanRow>>;
let statuses: Record<string, string>;
let seriesId: string;

const pdfText = async (bytes: Buffer) => (await new PDFParse({ data: new Uint8Array(bytes) }).getText()).text.replace(/[\u00a0\u202f]/g, ' ');
const docxText = async (bytes: Buffer) => {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ').replace(/[\u00a0\u202f]/g, ' ');
};
const diffOf = async (session: Session, reviewId: string) => {
  const response = await session.request('GET', `/api/reviews/${reviewId}/diff`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data as ReviewDiff;
};
/** Moves time on; everyone signs in again, as they would weeks later. */
async function travelTo(at: string) {
  testApp.clock.set(at);
  admin = await signIn(testApp, adminEmail, PASSWORD);
  for (const person of [manager, reader, outsider]) person.session = await signIn(testApp, person.email, PASSWORD);
}
const codes = (refs: { code: string }[]) => refs.map((r) => r.code);
const patchAction = async (id: string, body: Record<string, unknown>) => {
  const current = (await admin.request('GET', `/api/actions/${id}`)).json().data;
  const response = await admin.request('PATCH', `/api/actions/${id}`, { version: current.version, ...body });
  expect(response.statusCode, response.body).toBe(200);
};

beforeAll(async () => {
  smtp = await startTestSmtp();
  testApp = await createTestApp({ env: { SMTP_URL: smtp.url, DATA_DIR: await mkdtemp(path.join(tmpdir(), 'pilotis-minutes-')) } });
  runner = createJobRunner({ db: testApp.ctx.db, clock: testApp.clock, handlers: jobHandlers(testApp.ctx) });
  ({ admin, adminEmail, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
  manager = await createMember(testApp, admin, { name: 'Gaëlle Gestion' });
  reader = await createMember(testApp, admin, { name: 'Léo Lecteur' });
  outsider = await createMember(testApp, admin, { name: 'Odile Ailleurs' });
  // A draft plan: read by its members only, so the outsider may not read it.
  plan = await createPlanRow(testApp.ctx, {
    organizationId,
    state: 'draft',
    members: [
      { userId: manager.id, role: 'manager' },
      { userId: reader.id, role: 'reader' },
    ],
  });
  statuses = await statusIds(testApp.ctx, organizationId);
  seriesId = await insertSeries(testApp.ctx, { organizationId, planId: plan.planId });
});
afterAll(() => smtp.close());

describe('what changed since the last review', () => {
  let first: string;
  let second: string;
  let fiches: Record<'ecoles' | 'velo' | 'cantine' | 'bus', string>;
  let indicatorId: string;

  it('lists every fiche as new for the first review of a series', async () => {
    const ecoles = await createAction(admin, { nodeId: plan.nodeIds['1.1'], title: 'Rénover les écoles', statusId: statuses['En cours'], progress: 10 });
    const velo = await createAction(admin, { nodeId: plan.nodeIds['1.1'], title: 'Pistes cyclables', statusId: statuses['En cours'] });
    const bus = await createAction(admin, { nodeId: plan.nodeIds['2'], title: 'Navettes électriques', statusId: statuses['En cours'] });
    fiches = { ecoles: ecoles.id, velo: velo.id, bus: bus.id, cantine: '' };
    indicatorId = (await createIndicator(admin, { code: 'KWH', name: 'Consommation des écoles', actionIds: [ecoles.id] })).id;
    await putMeasures(admin, indicatorId, [{ period: '2025', value: 120 }]);

    first = await insertReview(testApp.ctx, { organizationId, planId: plan.planId, seriesId, date: '2026-03-02' });
    const diff = await diffOf(manager.session, first);
    expect(diff.from).toBeNull();
    expect(diff.to).toEqual({ reviewId: first, date: '2026-03-02', live: true });
    expect(codes(diff.newActions)).toEqual(['1.1.1', '1.1.2', '2.1']);
    expect(diff.indicatorMoves).toEqual([{ indicator: { id: indicatorId, code: 'KWH', name: 'Consommation des écoles' }, from: null, to: { period: '2025', value: 120, status: 'no_target' } }]);
  });

  it('compares the next review with the plan as the held one froze it', async () => {
    await holdReview(testApp.ctx, { organizationId, planId: plan.planId, reviewId: first });
    await travelTo('2026-04-10T09:00:00.000Z');
    await patchAction(fiches.ecoles, { progress: 60, statusId: statuses['À construire'] });
    await patchAction(fiches.velo, { statusId: statuses['Terminé'] });
    const merge = await admin.request('POST', `/api/actions/${fiches.bus}/merge`, { targetActionId: fiches.ecoles, mode: 'merge' });
    expect(merge.statusCode, merge.body).toBe(200);
    fiches.cantine = (await createAction(admin, { nodeId: plan.nodeIds['1.2'], title: 'Cantine bio' })).id;
    await putMeasures(admin, indicatorId, [{ period: '2026', value: 95 }]);

    second = await insertReview(testApp.ctx, { organizationId, planId: plan.planId, seriesId, date: '2026-04-27' });
    const diff = await diffOf(manager.session, second);
    expect(diff.from).toEqual({ reviewId: first, date: '2026-03-02' });
    expect(diff.to.live).toBe(true);
    expect(diff.progressChanges).toEqual([{ action: { id: fiches.ecoles, code: '1.1.1', title: 'Rénover les écoles' }, from: 10, to: 60 }]);
    expect(diff.statusChanges.map((c) => [c.action.code, c.from])).toEqual([['1.1.1', 'En cours']]);
    expect(codes(diff.closedActions)).toEqual(['1.1.2']);
    expect(diff.mergedActions.map((m) => [m.action.title, m.into.title])).toEqual([['Navettes électriques', 'Rénover les écoles']]);
    expect(diff.newActions.map((a) => a.title)).toEqual(['Cantine bio']);
    expect(diff.indicatorMoves.map((m) => [m.from?.period, m.to?.period, m.to?.value])).toEqual([['2025', '2026', 95]]);
  });

  it('once held, keeps the changes as they stood that day, whatever happens to the fiches afterwards', async () => {
    await holdReview(testApp.ctx, { organizationId, planId: plan.planId, reviewId: second });
    const atMeeting = await diffOf(manager.session, second);
    await travelTo('2026-05-04T09:00:00.000Z');
    await patchAction(fiches.cantine, { progress: 80 });
    const later = await diffOf(manager.session, second);
    expect(later.to.live).toBe(false);
    expect(later).toEqual(atMeeting);
  });

  it('the minutes of the first review count the plan instead of listing every fiche as new', async () => {
    const response = await manager.session.request('GET', `/api/reviews/${first}/minutes.docx`);
    expect(response.statusCode).toBe(200);
    const text = await docxText(response.rawPayload);
    expect(text).toContain('Première revue de la série : le plan compte 3 fiches et 1 indicateur suivi.');
    expect(text).not.toContain('Nouvelles fiches');
  });

  it('answers 404 to whoever may not read the plan', async () => {
    expect((await outsider.session.request('GET', `/api/reviews/${second}/diff`)).statusCode).toBe(404);
    expect((await reader.session.request('GET', `/api/reviews/${second}/diff`)).statusCode).toBe(200);
  });

  it('shows a reader only the fiches they may read; managers see them all', async () => {
    const unit = await createUnit(admin, 'Direction des sports');
    await createAction(admin, { nodeId: plan.nodeIds['2'], title: 'Stade (confidentiel)', visibility: 'unit', leadOrgUnitId: unit.id });
    const third = await insertReview(testApp.ctx, { organizationId, planId: plan.planId, seriesId, date: '2026-05-11' });
    expect((await diffOf(manager.session, third)).newActions.map((a) => a.title)).toContain('Stade (confidentiel)');
    expect((await diffOf(reader.session, third)).newActions.map((a) => a.title)).not.toContain('Stade (confidentiel)');
  });
});

describe('the « relevé de conclusions »', () => {
  let reviewId: string;
  let fiche: { id: string; code: string };

  beforeAll(async () => {
    const created = await createAction(admin, { nodeId: plan.nodeIds['2'], title: 'Plan vélo scolaire', endsOn: '2026-03-01' });
    fiche = { id: created.id, code: created.code };
    reviewId = await insertReview(testApp.ctx, { organizationId, planId: plan.planId, seriesId, date: '2026-06-22', title: 'Revue de projet de juin', startTime: '14:30', location: 'Salle du conseil' });
    await insertAttendees(testApp.ctx, {
      organizationId,
      reviewId,
      attendees: [
        { name: 'Gaëlle Gestion', email: manager.email, userId: manager.id, presence: 'present' },
        { name: 'Paul Partenaire', email: 'paul@ademe.example', presence: 'excused' },
        { name: 'Aline Absente', email: null, presence: 'absent' },
      ],
    });
    const item = await insertItem(testApp.ctx, { organizationId, reviewId, position: 0, title: 'Plan vélo scolaire', actionId: fiche.id, reasons: ['late', 'no_pilot'], notes: 'Travaux **démarrés** en mai.' });
    await insertDecision(testApp.ctx, { organizationId, reviewId, itemId: item, text: 'Reporter la fin du chantier', effect: { type: 'end_date', endsOn: '2026-09-30' }, actionId: fiche.id, appliedAt: testApp.clock.now() });
    await insertDecision(testApp.ctx, { organizationId, reviewId, itemId: item, text: 'Clore la fiche à l’automne', effect: { type: 'close' }, actionId: fiche.id });
    const free = await insertItem(testApp.ctx, { organizationId, reviewId, position: 1, title: 'Questions diverses' });
    await insertDecision(testApp.ctx, { organizationId, reviewId, itemId: free, text: 'Inviter la région à la prochaine revue' });
  });

  const expectContent = (text: string) => {
    expect(text).toContain('Relevé de conclusions');
    expect(text).toContain('Revue de projet de juin');
    expect(text).toContain('22 juin 2026');
    expect(text).toContain('Salle du conseil');
    for (const name of ['Gaëlle Gestion', 'Paul Partenaire', 'Aline Absente']) expect(text).toContain(name);
    expect(text).toMatch(/Présents[\s\S]*Gaëlle Gestion[\s\S]*Excusés[\s\S]*Paul Partenaire[\s\S]*Absents[\s\S]*Aline Absente/);
    expect(text).toContain(`${fiche.code} Plan vélo scolaire`);
    expect(text).toContain('échéance 1 mars 2026 — en retard, sans pilote');
    expect(text).toContain('Travaux démarrés en mai.');
    expect(text).toContain('Reporter la fin du chantier');
    expect(text).toContain('Échéance fixée au 30 septembre 2026');
    expect(text).toContain('appliquée le');
    expect(text).toContain('Fiche clôturée — non appliquée');
    expect(text).toContain('Inviter la région à la prochaine revue');
    expect(text).toContain('Depuis la revue du 27 avril 2026');
    expect(text).toContain('Prochaine revue');
  };

  it('is a PDF with the meeting, attendees, items and decisions', async () => {
    const response = await reader.session.request('GET', `/api/reviews/${reviewId}/minutes.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expectContent(await pdfText(response.rawPayload));
  });

  it('is a Word document with the same content', async () => {
    const response = await reader.session.request('GET', `/api/reviews/${reviewId}/minutes.docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('.docx');
    expectContent(await docxText(response.rawPayload));
  });

  it('names what decisions and items point to: the new pilot, the status, an indicator by its code and name', async () => {
    const other = await insertReview(testApp.ctx, { organizationId, planId: plan.planId, seriesId, date: '2026-06-29', title: 'Revue des noms' });
    const fiche = await createAction(admin, { nodeId: plan.nodeIds['2'], title: 'Covoiturage des agents' });
    const item = await insertItem(testApp.ctx, { organizationId, reviewId: other, position: 0, title: 'Covoiturage des agents', actionId: fiche.id });
    await insertDecision(testApp.ctx, { organizationId, reviewId: other, itemId: item, text: 'Confier à Léo', effect: { type: 'pilot', pilotId: reader.id }, actionId: fiche.id });
    await insertDecision(testApp.ctx, { organizationId, reviewId: other, itemId: item, text: 'Lancer', effect: { type: 'status', statusId: statuses['En cours']! }, actionId: fiche.id });
    const indicator = await createIndicator(admin, { code: 'COVOIT', name: 'Trajets partagés' });
    await testApp.ctx.db.insert(reviewItems).values({ id: newId(), organizationId, reviewId: other, position: 1, kind: 'indicator', indicatorId: indicator.id, title: 'Point mobilité', reasons: ['manual'], notes: '' });

    const response = await manager.session.request('GET', `/api/reviews/${other}/minutes.docx`);
    expect(response.statusCode).toBe(200);
    const text = await docxText(response.rawPayload);
    expect(text).toContain('Pilote confié à Léo Lecteur');
    expect(text).toContain('Statut passé à « En cours »');
    expect(text).toContain('COVOIT Trajets partagés');
  });

  it('is sent by a manager: one e-mail per attendee with an address, both files attached; members notified; then served as sent', async () => {
    expect((await reader.session.request('POST', `/api/reviews/${reviewId}/minutes/send`)).statusCode).toBe(403);
    expect((await outsider.session.request('POST', `/api/reviews/${reviewId}/minutes/send`)).statusCode).toBe(404);

    const queued = await manager.session.request('POST', `/api/reviews/${reviewId}/minutes/send`);
    expect(queued.statusCode, queued.body).toBe(202);
    await runner.runDue(); // the send job, which queues the e-mails
    await runner.runDue(); // the e-mails

    const withMinutes = (address: string) => smtp.to(address).filter((mail) => mail.attachments.length > 0);
    for (const address of [manager.email, 'paul@ademe.example']) {
      const mails = withMinutes(address);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe('Relevé de conclusions — Revue de projet de juin du 22 juin 2026');
      expect(mails[0]!.attachments.map((a) => a.contentType).sort()).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    }
    const [row] = await testApp.ctx.db.select().from(reviews).where(eq(reviews.id, reviewId));
    expect(row!.minutesSentAt?.toISOString()).toBe(testApp.clock.now().toISOString());

    // A member who got the minutes by e-mail is not e-mailed the notification as well.
    expect(smtp.to(manager.email)).toHaveLength(1);
    const notices = (await manager.session.request('GET', '/api/notifications')).json().data as { kind: string; link: string }[];
    expect(notices.filter((n) => n.kind === 'review.minutes').map((n) => n.link)).toEqual([`/revues/${reviewId}`]);

    // The sent file is what the page downloads from now on, even after the agenda changes.
    await insertItem(testApp.ctx, { organizationId, reviewId, position: 2, title: 'Point ajouté après envoi' });
    const sent = withMinutes(manager.email)[0]!.attachments.find((a) => a.contentType === 'application/pdf')!;
    const served = await reader.session.request('GET', `/api/reviews/${reviewId}/minutes.pdf`);
    expect(Buffer.compare(served.rawPayload, sent.content)).toBe(0);
    expect(await pdfText(served.rawPayload)).not.toContain('Point ajouté après envoi');
  });

  it('is not sent when the manager who asked no longer manages the plan by the time the job runs', async () => {
    const other = await insertReview(testApp.ctx, { organizationId, planId: plan.planId, seriesId, date: '2026-06-29', title: 'Revue annulée' });
    await insertAttendees(testApp.ctx, { organizationId, reviewId: other, attendees: [{ name: 'Rita Retard', email: 'rita@example.fr', presence: 'invited' }] });
    const queued = await manager.session.request('POST', `/api/reviews/${other}/minutes/send`);
    expect(queued.statusCode).toBe(202);
    await addPlanMember(admin, plan.planId, manager.id, 'reader');
    await runner.runDue();
    await runner.runDue();
    await addPlanMember(admin, plan.planId, manager.id, 'manager');

    const job = (await manager.session.request('GET', `/api/jobs/${queued.json().data.jobId}`)).json().data;
    expect(job.status).toBe('failed');
    expect(smtp.to('rita@example.fr')).toHaveLength(0);
    const [row] = await testApp.ctx.db.select().from(reviews).where(eq(reviews.id, other));
    expect(row!.minutesSentAt).toBeNull();
  });

  it('answers 404 to whoever may not read the plan', async () => {
    expect((await outsider.session.request('GET', `/api/reviews/${reviewId}/minutes.pdf`)).statusCode).toBe(404);
    expect((await outsider.session.request('GET', `/api/reviews/${reviewId}/minutes.docx`)).statusCode).toBe(404);
  });

  it('names to a reader no fiche they may not read: its item is masked, without notes nor decisions', async () => {
    const unit = await createUnit(admin, 'Direction des finances');
    const hidden = await createAction(admin, { nodeId: plan.nodeIds['2'], title: 'Cession du stade (confidentiel)', visibility: 'unit', leadOrgUnitId: unit.id });
    const masked = await insertReview(testApp.ctx, { organizationId, planId: plan.planId, seriesId, date: '2026-07-06', title: 'Revue de juillet' });
    const item = await insertItem(testApp.ctx, { organizationId, reviewId: masked, position: 0, title: 'Cession du stade (confidentiel)', actionId: hidden.id, notes: 'Prix envisagé confidentiel' });
    await insertDecision(testApp.ctx, { organizationId, reviewId: masked, itemId: item, text: 'Négocier avec le club' });
    const indicator = await createIndicator(admin, { code: 'CESSIONS', name: 'Recettes de cessions', visibility: 'unit', ownerOrgUnitId: unit.id });
    await testApp.ctx.db.insert(reviewItems).values({ id: newId(), organizationId, reviewId: masked, position: 1, kind: 'indicator', indicatorId: indicator.id, title: 'Recettes de cessions', reasons: ['manual'], notes: 'Montant attendu' });

    const asReader = await pdfText((await reader.session.request('GET', `/api/reviews/${masked}/minutes.pdf`)).rawPayload);
    expect(asReader).toContain('Fiche action non consultable');
    expect(asReader).toContain('Indicateur non consultable');
    for (const secret of ['Cession du stade', 'Prix envisagé', 'Négocier avec le club', 'CESSIONS', 'Recettes de cessions', 'Montant attendu']) expect(asReader).not.toContain(secret);
    const asManager = await pdfText((await manager.session.request('GET', `/api/reviews/${masked}/minutes.pdf`)).rawPayload);
    for (const shown of [`${hidden.code} Cession du stade (confidentiel)`, 'Prix envisagé confidentiel', 'Négocier avec le club']) expect(asManager).toContain(shown);
    // Indicators follow their own rule, for a manager of the plan too; an admin reads them.
    expect(asManager).not.toContain('Recettes de cessions');
    expect(await pdfText((await admin.request('GET', `/api/reviews/${masked}/minutes.pdf`)).rawPayload)).toContain('CESSIONS Recettes de cessions');
  });

  it('stored files are read from the data directory', async () => {
    const stored = await readFile(path.join(testApp.ctx.config.dataDir, 'files', organizationId, 'reports', `${reviewId}.docx`));
    expect(await docxText(stored)).toContain('Plan vélo scolaire');
  });
});
