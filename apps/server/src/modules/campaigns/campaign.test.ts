import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanRow } from '../../../test/action-factories.js';
import { putMeasures } from '../../../test/indicator-factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { jobHandlers } from '../jobs/job-handlers.js';
import { createJobRunner, type JobRunner } from '../jobs/job.runner.js';
import { startTestSmtp, type TestSmtp } from '../mail/mail.test-smtp.js';
import { askedOf, createCampaignCast, itemDone, notificationTitles, openCampaign, readCampaign, type CampaignCast } from './campaign-cast.test-helpers.js';

let smtp: TestSmtp;
let testApp: TestApp;
let runner: JobRunner;
let cast: CampaignCast;
const MINUTE = 60_000;

beforeAll(async () => {
  smtp = await startTestSmtp();
  testApp = await createTestApp({ env: { SMTP_URL: smtp.url } });
  runner = createJobRunner({ db: testApp.ctx.db, clock: testApp.clock, handlers: jobHandlers(testApp.ctx) });
  cast = await createCampaignCast(testApp);
}, 240_000);
afterAll(() => smtp.close());

describe('who is asked what', () => {
  it('a plan: every open fiche to its pilot (not the finished one, not the one without pilot)', async () => {
    const campaign = await openCampaign(cast.manager.session, { scope: { planId: cast.plan.planId } });
    expect(askedOf(campaign)).toEqual({ 'Paule Pilote': ['Rénover les écoles'], 'Martin Membre': ['Pistes cyclables'] });
    expect(campaign).toMatchObject({ recipients: 2, done: 0, round: { number: 1, deadline: '2026-03-10', late: false }, can: { remind: true, close: true } });
  });

  it('an axis: the fiches of the node and everything below it, with the linked indicators when asked', async () => {
    const campaign = await openCampaign(cast.manager.session, { scope: { planId: cast.plan.planId, nodeId: cast.plan.nodeIds['1'] }, includeIndicators: true });
    expect(askedOf(campaign)).toEqual({ 'Paule Pilote': ['Rénover les écoles'], 'Ursule Unité': [`${cast.indicator.code} — Écoles rénovées`] });
  });

  it('an org unit: the fiches it leads, for the admins', async () => {
    const campaign = await openCampaign(cast.admin, { scope: { orgUnitId: cast.unit.id } });
    expect(askedOf(campaign)).toEqual({ 'Paule Pilote': ['Rénover les écoles'] });
  });

  it('an org unit with indicators: also those linked to the fiches it leads', async () => {
    const campaign = await openCampaign(cast.admin, { scope: { orgUnitId: cast.unit.id }, includeIndicators: true });
    expect(askedOf(campaign)).toEqual({ 'Paule Pilote': ['Rénover les écoles'], 'Ursule Unité': [`${cast.indicator.code} — Écoles rénovées`] });
  });

  it('e-mails each recipient the list of their own fiches, tells them in the app and lists the task on their home page', async () => {
    await runner.runDue();
    const before = smtp.to(cast.member.email).length;
    const campaign = await openCampaign(cast.manager.session, { title: 'Campagne de printemps', scope: { planId: cast.plan.planId }, message: 'Merci pour le comité du 12.' });
    await runner.runDue();
    const mails = smtp.to(cast.member.email).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Mise à jour demandée : Campagne de printemps');
    expect(mails[0]!.text).toContain('• Fiche « Pistes cyclables »');
    expect(mails[0]!.text).toContain('Merci pour le comité du 12.');
    expect(mails[0]!.text).not.toContain('Rénover les écoles');
    expect(smtp.to(cast.pilot.email).at(-1)!.text).toContain('• Fiche « Rénover les écoles »');
    expect(await notificationTitles(cast.member.session, 'campaign.opened')).toContain('Mise à jour demandée : Campagne de printemps');

    const tasks = (await cast.member.session.request('GET', '/api/me/campaign-tasks')).json().data;
    expect(tasks.find((task: { campaignId: string }) => task.campaignId === campaign.id)).toMatchObject({
      title: 'Campagne de printemps',
      deadline: '2026-03-10',
      items: [{ kind: 'action', id: cast.fiches.bikes.id, title: 'Pistes cyclables', done: false }],
    });
  });
});

describe('completion', () => {
  it('a fiche is updated by a log entry or a progress change since the opening, not by another edit nor an older entry', async () => {
    const { pilot, member, manager, fiches } = cast;
    const older = await pilot.session.request('POST', `/api/actions/${fiches.schools.id}/log`, { body: 'Point avant la campagne' });
    expect(older.statusCode, older.body).toBe(201);
    testApp.clock.advance(MINUTE);
    const campaign = await openCampaign(manager.session, { scope: { planId: cast.plan.planId } });
    expect(itemDone(campaign, 'Paule Pilote')).toBe(false);

    testApp.clock.advance(MINUTE);
    const current = (await member.session.request('GET', `/api/actions/${fiches.bikes.id}`)).json().data;
    const retitled = await member.session.request('PATCH', `/api/actions/${fiches.bikes.id}`, { version: current.version, title: 'Pistes cyclables sécurisées' });
    expect(retitled.statusCode, retitled.body).toBe(200);
    expect(itemDone(await readCampaign(manager.session, campaign.id), 'Martin Membre')).toBe(false);

    const progressed = await member.session.request('PATCH', `/api/actions/${fiches.bikes.id}`, { version: retitled.json().data.version, progress: 40 });
    expect(progressed.statusCode, progressed.body).toBe(200);
    await pilot.session.request('POST', `/api/actions/${fiches.schools.id}/log`, { body: 'Travaux lancés' });
    const after = await readCampaign(manager.session, campaign.id);
    expect(after.recipientList.map((r) => [r.name, r.done])).toEqual([['Martin Membre', true], ['Paule Pilote', true]]);
    expect(after.done).toBe(2);
  });

  it('an indicator is updated by a measure entered since the opening; the person is done when all their items are', async () => {
    const { manager, unitMember, indicator } = cast;
    testApp.clock.advance(MINUTE);
    const campaign = await openCampaign(manager.session, { scope: { planId: cast.plan.planId, nodeId: cast.plan.nodeIds['1.1'] }, includeIndicators: true });
    expect(itemDone(campaign, 'Ursule Unité')).toBe(false);
    testApp.clock.advance(MINUTE);
    await putMeasures(unitMember.session, indicator.id, [{ period: '2025', value: 12 }]);
    const after = await readCampaign(manager.session, campaign.id);
    expect(itemDone(after, 'Ursule Unité')).toBe(true);
    expect(itemDone(after, 'Paule Pilote')).toBe(false);
    const tasks = (await unitMember.session.request('GET', '/api/me/campaign-tasks')).json().data;
    expect(tasks.map((task: { campaignId: string }) => task.campaignId)).not.toContain(campaign.id);
  });
});

describe('reminding and closing', () => {
  it('« Relancer » reminds those not done (or the ones named), then closing stops it', async () => {
    const { manager, pilot, member, fiches } = cast;
    testApp.clock.advance(MINUTE);
    const campaign = await openCampaign(manager.session, { title: 'Relances', scope: { planId: cast.plan.planId } });
    testApp.clock.advance(MINUTE);
    await pilot.session.request('POST', `/api/actions/${fiches.schools.id}/log`, { body: 'Fait' });

    const all = await manager.session.request('POST', `/api/campaigns/${campaign.id}/remind`, {});
    expect(all.json()).toEqual({ data: { reminded: 1 } });
    expect(await notificationTitles(member.session, 'campaign.reminder')).toContain('Rappel : Relances, à mettre à jour avant le 10 mars 2026');
    expect(await notificationTitles(pilot.session, 'campaign.reminder')).not.toContain('Rappel : Relances, à mettre à jour avant le 10 mars 2026');
    const named = await manager.session.request('POST', `/api/campaigns/${campaign.id}/remind`, { userIds: [pilot.id] });
    expect(named.json()).toEqual({ data: { reminded: 0 } });
    expect((await readCampaign(manager.session, campaign.id)).recipientList.find((r) => r.name === 'Martin Membre')).toMatchObject({ done: false, late: false, todoCount: 1 });

    const closed = await manager.session.request('POST', `/api/campaigns/${campaign.id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().data).toMatchObject({ can: { remind: false, close: false } });
    expect((await manager.session.request('POST', `/api/campaigns/${campaign.id}/remind`, {})).statusCode).toBe(409);
    expect((await manager.session.request('POST', `/api/campaigns/${campaign.id}/close`)).statusCode).toBe(409);
    const tasks = (await member.session.request('GET', '/api/me/campaign-tasks')).json().data;
    expect(tasks.map((task: { campaignId: string }) => task.campaignId)).not.toContain(campaign.id);
  });
});

describe('bad input and rights', () => {
  const body = () => ({ title: 'Campagne', deadline: '2026-03-10', scope: { planId: cast.plan.planId } });

  it('refuses a scope with nobody to ask, a past deadline, an unknown plan or a node of another plan, writing nothing', async () => {
    const { manager, plan } = cast;
    const before = (await manager.session.request('GET', '/api/campaigns')).json().data.length;
    const empty = await manager.session.request('POST', '/api/campaigns', { ...body(), scope: { planId: plan.planId, nodeId: plan.nodeIds['1.2'] } });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.issues[0]).toMatchObject({ path: 'scope', message: expect.stringContaining('Aucun pilote à solliciter') });
    const past = await manager.session.request('POST', '/api/campaigns', { ...body(), deadline: '2026-03-01' });
    expect(past.statusCode).toBe(422);
    expect(past.json().error.issues[0].path).toBe('deadline');
    expect((await manager.session.request('POST', '/api/campaigns', { ...body(), scope: { planId: '00000000-0000-4000-8000-000000000000' } })).statusCode).toBe(404);
    const secondPlan = await createPlanRow(testApp.ctx, { organizationId: cast.organization.id, name: 'Autre plan' });
    const foreignNode = await manager.session.request('POST', '/api/campaigns', { ...body(), scope: { planId: plan.planId, nodeId: secondPlan.nodeIds['1'] } });
    expect(foreignNode.statusCode).toBe(422);
    expect(foreignNode.json().error.issues[0].path).toBe('scope.nodeId');
    expect((await manager.session.request('GET', '/api/campaigns')).json().data).toHaveLength(before);
  });

  it('only managers of the plan and admins run campaigns; others do not see them; an org unit is the admins’', async () => {
    const { manager, contributor, reader, pilot, other, admin, unit } = cast;
    expect((await contributor.session.request('POST', '/api/campaigns', body())).statusCode).toBe(403);
    expect((await manager.session.request('POST', '/api/campaigns', { ...body(), scope: { orgUnitId: unit.id } })).statusCode).toBe(403);
    const campaign = await openCampaign(manager.session, { scope: { planId: cast.plan.planId } });
    for (const outsider of [reader.session, pilot.session, other.admin]) {
      expect((await outsider.request('GET', `/api/campaigns/${campaign.id}`)).statusCode).toBe(404);
      expect((await outsider.request('POST', `/api/campaigns/${campaign.id}/remind`, {})).statusCode).toBe(404);
    }
    expect((await pilot.session.request('GET', '/api/campaigns')).json().data).toEqual([]);
    expect((await admin.request('GET', '/api/campaigns')).json().data.map((c: { id: string }) => c.id)).toContain(campaign.id);
    const listed = (await manager.session.request('GET', '/api/campaigns')).json().data.find((c: { id: string }) => c.id === campaign.id);
    expect(listed).toMatchObject({ title: 'Point d’avancement de mars', scope: { kind: 'plan', label: 'Plan de mandat' }, recipients: 2, round: { deadline: '2026-03-10' } });
  });
});
