import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { eq } from 'drizzle-orm';
import { createMember, createOrganizationWithAdmin } from '../../../../test/factories.js';
import { createActionRow, createFicheWithPeople } from '../../../../test/parts-factories.js';
import { actions } from '../action.table.js';
import { actionHistory } from '../../../../test/parts-history.js';
import { issuePaths } from '../../../../test/history.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});

describe('milestones of a fiche action', () => {
  it('lets the pilot add, change and remove milestones, each computed late or not against today', async () => {
    const { pilot, actionId, organization } = await createFicheWithPeople(testApp);
    const url = `/api/actions/${actionId}/milestones`;
    const past = await pilot.session.request('POST', url, { title: 'Choix du prestataire', dueOn: '2026-02-15' });
    expect(past.statusCode).toBe(201);
    expect(past.json()).toMatchObject({ data: { title: 'Choix du prestataire', dueOn: '2026-02-15', doneOn: null, late: true, version: 1 }, can: { update: true } });
    const today = await pilot.session.request('POST', url, { title: 'Réunion publique', dueOn: '2026-03-02' });
    expect(today.json().data.late).toBe(false);
    await pilot.session.request('POST', url, { title: 'Sans date' });

    const list = await pilot.session.request('GET', url);
    expect(list.json().data.map((m: { title: string }) => m.title)).toEqual(['Choix du prestataire', 'Réunion publique', 'Sans date']);
    expect(list.json().can).toEqual({ update: true });

    const id = past.json().data.id;
    const done = await pilot.session.request('PATCH', `/api/milestones/${id}`, { doneOn: '2026-03-01', version: 1 });
    expect(done.statusCode).toBe(200);
    expect(done.json().data).toMatchObject({ doneOn: '2026-03-01', late: false, version: 2 });

    // 23:30 UTC is already the next day in Paris: the milestone due "today" is now late.
    // (Two steps, so the 12 h sliding session stays alive.)
    testApp.clock.set('2026-03-02T20:00:00.000Z');
    try {
      expect((await pilot.session.request('GET', url)).json().data.find((m: { title: string }) => m.title === 'Réunion publique').late).toBe(false);
      testApp.clock.set('2026-03-02T23:30:00.000Z');
      const later = await pilot.session.request('GET', url);
      expect(later.json().data.find((m: { title: string }) => m.title === 'Réunion publique').late).toBe(true);
    } finally {
      testApp.clock.set('2026-03-02T09:00:00.000Z');
    }

    expect((await pilot.session.request('DELETE', `/api/milestones/${id}?version=2`)).statusCode).toBe(204);
    expect((await pilot.session.request('GET', url)).json().data).toHaveLength(2);

    const history = await actionHistory(testApp.ctx, organization.id, actionId);
    expect(history.map((e) => e.action)).toEqual(['milestone.create', 'milestone.create', 'milestone.create', 'milestone.update', 'milestone.delete']);
    expect(history[3]!.changes).toEqual({
      'milestone:Choix du prestataire': {
        before: { title: 'Choix du prestataire', dueOn: '2026-02-15', doneOn: null },
        after: { title: 'Choix du prestataire', dueOn: '2026-02-15', doneOn: '2026-03-01' },
      },
    });
    expect(history[4]!.changes['milestone:Choix du prestataire']!.after).toBeNull();
  });

  it('shows milestones to readers but refuses their changes (403), and hides them from other collectivités (404)', async () => {
    const { pilot, reader, manager, other, actionId } = await createFicheWithPeople(testApp);
    const created = await pilot.session.request('POST', `/api/actions/${actionId}/milestones`, { title: 'Livraison' });
    const id = created.json().data.id;

    const seen = await reader.session.request('GET', `/api/actions/${actionId}/milestones`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ data: [{ title: 'Livraison' }], can: { update: false } });
    expect((await reader.session.request('POST', `/api/actions/${actionId}/milestones`, { title: 'x' })).statusCode).toBe(403);
    expect((await reader.session.request('PATCH', `/api/milestones/${id}`, { title: 'x', version: 1 })).statusCode).toBe(403);
    expect((await reader.session.request('DELETE', `/api/milestones/${id}`)).statusCode).toBe(403);

    expect((await manager.session.request('PATCH', `/api/milestones/${id}`, { title: 'Livraison finale', version: 1 })).statusCode).toBe(200);

    expect((await other.request('GET', `/api/actions/${actionId}/milestones`)).statusCode).toBe(404);
    expect((await other.request('POST', `/api/actions/${actionId}/milestones`, { title: 'x' })).statusCode).toBe(404);
    expect((await other.request('PATCH', `/api/milestones/${id}`, { title: 'x', version: 2 })).statusCode).toBe(404);
    expect((await other.request('DELETE', `/api/milestones/${id}`)).statusCode).toBe(404);
  });

  it('refuses bad dates and stale versions', async () => {
    const { pilot, actionId } = await createFicheWithPeople(testApp);
    const bad = await pilot.session.request('POST', `/api/actions/${actionId}/milestones`, { title: 'Jalon', dueOn: '2026-13-01' });
    expect(bad.statusCode).toBe(400);
    expect(issuePaths(bad.json())).toEqual(['dueOn']);
    expect((await pilot.session.request('POST', `/api/actions/${actionId}/milestones`, { title: '  ' })).statusCode).toBe(400);

    const id = (await pilot.session.request('POST', `/api/actions/${actionId}/milestones`, { title: 'Jalon' })).json().data.id;
    expect((await pilot.session.request('PATCH', `/api/milestones/${id}`, { title: 'A', version: 1 })).statusCode).toBe(200);
    const stale = await pilot.session.request('PATCH', `/api/milestones/${id}`, { title: 'B', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect((await pilot.session.request('DELETE', `/api/milestones/${id}?version=1`)).statusCode).toBe(409);
    expect((await pilot.session.request('DELETE', `/api/milestones/${id}?version=2`)).statusCode).toBe(204);
    expect((await pilot.session.request('DELETE', `/api/milestones/${id}`)).statusCode).toBe(404);
  });

  it('drives the progress of a fiche whose progress follows its milestones', async () => {
    const { organization, admin } = await createOrganizationWithAdmin(testApp);
    const pilot = await createMember(testApp, admin);
    const { actionId } = await createActionRow(testApp.ctx, { organizationId: organization.id, pilotId: pilot.id, progressMode: 'milestones' });
    const progressOf = async () => (await testApp.ctx.db.select({ p: actions.progress }).from(actions).where(eq(actions.id, actionId)))[0]!.p;
    const url = `/api/actions/${actionId}/milestones`;
    const first = (await pilot.session.request('POST', url, { title: 'Étude' })).json().data;
    await pilot.session.request('POST', url, { title: 'Travaux' });
    expect(await progressOf()).toBe(0);
    await pilot.session.request('PATCH', `/api/milestones/${first.id}`, { doneOn: '2026-03-01', version: 1 });
    expect(await progressOf()).toBe(50);
    await pilot.session.request('DELETE', `/api/milestones/${first.id}`);
    expect(await progressOf()).toBe(0);
  });
});
