import { beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../../../test/factories.js';
import { issuePaths } from '../../../../test/history.js';
import { createFicheWithPeople } from '../../../../test/parts-factories.js';
import { actionHistory } from '../../../../test/parts-history.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});

describe('tasks of a fiche action', () => {
  it('lets the pilot assign tasks to active members of the collectivité only', async () => {
    const { pilot, reader, admin, other, actionId, organization } = await createFicheWithPeople(testApp);
    const url = `/api/actions/${actionId}/tasks`;
    const created = await pilot.session.request('POST', url, { title: 'Rédiger le cahier des charges', assigneeId: reader.id, dueOn: '2026-04-30' });
    expect(created.statusCode).toBe(201);
    expect(created.json().data).toMatchObject({ title: 'Rédiger le cahier des charges', assignee: { id: reader.id, name: 'Lucie Lectrice' }, dueOn: '2026-04-30', done: false, version: 1 });

    const outsider = await pilot.session.request('POST', url, { title: 'x', assigneeId: other.userId });
    expect(outsider.statusCode).toBe(400);
    expect(issuePaths(outsider.json())).toEqual(['assigneeId']);

    const leaving = await createMember(testApp, admin, { name: 'Départ Prochain' });
    const member = (await admin.request('GET', `/api/users/${leaving.id}`)).json().data;
    expect((await admin.request('PATCH', `/api/users/${leaving.id}`, { active: false, version: member.version })).statusCode).toBe(200);
    expect((await pilot.session.request('POST', url, { title: 'x', assigneeId: leaving.id })).statusCode).toBe(400);

    const id = created.json().data.id;
    const done = await pilot.session.request('PATCH', `/api/tasks/${id}`, { done: true, assigneeId: null, version: 1 });
    expect(done.json().data).toMatchObject({ done: true, assignee: null, version: 2 });
    expect((await pilot.session.request('PATCH', `/api/tasks/${id}`, { done: false, version: 1 })).statusCode).toBe(409);

    const seen = await reader.session.request('GET', url);
    expect(seen.json()).toMatchObject({ data: [{ id, done: true }], can: { update: false } });
    expect((await reader.session.request('PATCH', `/api/tasks/${id}`, { done: false, version: 2 })).statusCode).toBe(403);
    expect((await other.request('GET', url)).statusCode).toBe(404);
    expect((await other.request('DELETE', `/api/tasks/${id}`)).statusCode).toBe(404);

    expect((await pilot.session.request('DELETE', `/api/tasks/${id}?version=2`)).statusCode).toBe(204);
    const history = await actionHistory(testApp.ctx, organization.id, actionId);
    expect(history.map((e) => e.action)).toEqual(['task.create', 'task.update', 'task.delete']);
    expect(history[1]!.changes['task:Rédiger le cahier des charges']).toMatchObject({ before: { done: false, assigneeId: reader.id }, after: { done: true, assigneeId: null } });
  });
});
