import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { createFicheWithPeople } from '../../../../test/parts-factories.js';
import { actionHistory } from '../../../../test/parts-history.js';
import { actions } from '../action.table.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});

const searchTextOf = async (actionId: string) => (await testApp.ctx.db.select({ t: actions.searchText }).from(actions).where(eq(actions.id, actionId)))[0]!.t;

describe('journal of a fiche action', () => {
  it('writes entries dated today by default, by the actor, newest first, and feeds the search text', async () => {
    const { pilot, reader, actionId, organization } = await createFicheWithPeople(testApp);
    const url = `/api/actions/${actionId}/log`;
    const first = await pilot.session.request('POST', url, { body: 'Lancement de l’étude **énergétique**', occurredOn: '2026-01-10' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      data: { occurredOn: '2026-01-10', body: 'Lancement de l’étude **énergétique**', author: { id: pilot.id, name: 'Paule Pilote' }, version: 1, can: { update: true, delete: true } },
      can: { update: true },
    });
    const second = await pilot.session.request('POST', url, { body: 'Comité de pilotage tenu' });
    expect(second.json().data.occurredOn).toBe('2026-03-02');

    const list = await reader.session.request('GET', url);
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((e: { body: string }) => e.body)).toEqual(['Comité de pilotage tenu', 'Lancement de l’étude **énergétique**']);
    expect(list.json().data[0].can).toEqual({ update: false, delete: false });
    expect(list.json().can).toEqual({ update: false });
    expect(await searchTextOf(actionId)).toContain('etude **energetique**');

    const id = first.json().data.id;
    const edited = await pilot.session.request('PATCH', `/api/log/${id}`, { body: 'Étude thermique lancée', version: 1 });
    expect(edited.json().data).toMatchObject({ body: 'Étude thermique lancée', occurredOn: '2026-01-10', version: 2 });
    expect(await searchTextOf(actionId)).toContain('etude thermique');
    expect((await pilot.session.request('DELETE', `/api/log/${id}?version=2`)).statusCode).toBe(204);
    expect(await searchTextOf(actionId)).not.toContain('thermique');

    const history = await actionHistory(testApp.ctx, organization.id, actionId);
    expect(history.map((e) => e.action)).toEqual(['log.create', 'log.create', 'log.update', 'log.delete']);
    expect(history[2]!.changes['log:2026-01-10']).toEqual({
      before: { occurredOn: '2026-01-10', body: 'Lancement de l’étude **énergétique**' },
      after: { occurredOn: '2026-01-10', body: 'Étude thermique lancée' },
    });
  });

  it('sanitises the text: no script or image tag, no javascript: link ever comes back', async () => {
    const { pilot, actionId } = await createFicheWithPeople(testApp);
    const url = `/api/actions/${actionId}/log`;
    const body = 'Point <script>alert(1)</script>**fait** <img src=x onerror=alert(1)> [voir](javascript:alert(1)) [doc](https://exemple.fr/doc)\u0007';
    const created = await pilot.session.request('POST', url, { body });
    expect(created.statusCode).toBe(201);
    expect(created.json().data.body).toBe('Point **fait**  voir [doc](https://exemple.fr/doc)');
    const raw = (await pilot.session.request('GET', url)).body;
    expect(raw).not.toMatch(/<script|<img|onerror=|javascript:/i);

    const patched = await pilot.session.request('PATCH', `/api/log/${created.json().data.id}`, { body: '<img src=x onerror=alert(1)', version: 1 });
    expect(patched.json().data.body).not.toContain('<img');

    const onlyMarkup = await pilot.session.request('POST', url, { body: '<script>alert(1)</script>' });
    expect(onlyMarkup.statusCode).toBe(400);
    expect(onlyMarkup.json().error.issues[0].path).toBe('body');
  });

  it('lets the author, plan managers and admins edit an entry, not another pilot nor a reader', async () => {
    const { pilot, manager, reader, admin, other, actionId } = await createFicheWithPeople(testApp);
    const id = (await pilot.session.request('POST', `/api/actions/${actionId}/log`, { body: 'Note du pilote' })).json().data.id;

    expect((await reader.session.request('POST', `/api/actions/${actionId}/log`, { body: 'x' })).statusCode).toBe(403);
    expect((await reader.session.request('PATCH', `/api/log/${id}`, { body: 'x', version: 1 })).statusCode).toBe(403);
    expect((await reader.session.request('DELETE', `/api/log/${id}`)).statusCode).toBe(403);
    expect((await other.request('GET', `/api/actions/${actionId}/log`)).statusCode).toBe(404);
    expect((await other.request('PATCH', `/api/log/${id}`, { body: 'x', version: 1 })).statusCode).toBe(404);

    const byManager = await manager.session.request('PATCH', `/api/log/${id}`, { body: 'Relu par le PMO', version: 1 });
    expect(byManager.statusCode).toBe(200);
    expect(byManager.json().data.author.id).toBe(pilot.id);
    const managerEntry = (await manager.session.request('POST', `/api/actions/${actionId}/log`, { body: 'Note du PMO' })).json().data;
    const asPilot = (await pilot.session.request('GET', `/api/actions/${actionId}/log`)).json().data;
    expect(asPilot.find((e: { id: string }) => e.id === managerEntry.id).can).toEqual({ update: false, delete: false });
    expect((await pilot.session.request('PATCH', `/api/log/${managerEntry.id}`, { body: 'x', version: 1 })).statusCode).toBe(403);

    expect((await pilot.session.request('PATCH', `/api/log/${id}`, { body: 'trop tard', version: 1 })).statusCode).toBe(409);
    expect((await admin.request('DELETE', `/api/log/${id}?version=2`)).statusCode).toBe(204);
  });
});
