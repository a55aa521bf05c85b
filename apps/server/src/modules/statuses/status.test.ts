import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { issuePaths } from '../../../test/history.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();

type S = { id: string; label: string; category: string; position: number; active: boolean; version: number };

describe('statuses: each collectivité has its own list', () => {
  it('starts with the default list, in order, readable by any member', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { session: member } = await createMember(testApp, admin);
    const response = await member.request('GET', '/api/statuses');
    expect(response.statusCode).toBe(200);
    const list: S[] = response.json().data;
    expect(list.map((s) => [s.label, s.category])).toEqual([
      ['À lancer', 'not_started'],
      ['Recherche de pilote', 'not_started'],
      ['À construire', 'not_started'],
      ['En cours', 'in_progress'],
      ['Suspendu', 'stopped'],
      ['Terminé', 'done'],
      ['Abandonné', 'stopped'],
    ]);
    expect(list.every((s) => s.active && s.version === 1)).toBe(true);
  });

  it('lets an admin add a status at the end, rename and deactivate it; other collectivités never see it', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { admin: otherAdmin } = await createOrganizationWithAdmin(testApp);
    const created = await admin.request('POST', '/api/statuses', { label: ' En attente de financement ', category: 'not_started' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ data: { label: 'En attente de financement', position: 7, active: true, version: 1 }, can: { update: true } });
    const id = created.json().data.id;

    const renamed = await admin.request('PATCH', `/api/statuses/${id}`, { version: 1, label: 'Attente de financement', position: 1 });
    expect(renamed.json().data).toMatchObject({ label: 'Attente de financement', position: 1, version: 2 });
    const off = await admin.request('PATCH', `/api/statuses/${id}`, { version: 2, active: false });
    expect(off.json().data).toMatchObject({ active: false, version: 3 });

    const stale = await admin.request('PATCH', `/api/statuses/${id}`, { version: 2, label: 'Trop tard' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');

    expect((await otherAdmin.request('PATCH', `/api/statuses/${id}`, { version: 3, label: 'Pirate' })).statusCode).toBe(404);
    const theirs: S[] = (await otherAdmin.request('GET', '/api/statuses')).json().data;
    expect(theirs.map((s) => s.id)).not.toContain(id);
    const history = await admin.request('GET', '/api/statuses');
    expect(history.json().data.find((s: S) => s.id === id)).toMatchObject({ label: 'Attente de financement', active: false });
  });

  it('refuses members (403) and bad input (400), with no route to delete', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const { session: member } = await createMember(testApp, admin);
    const [first] = (await admin.request('GET', '/api/statuses')).json().data as S[];
    expect((await member.request('POST', '/api/statuses', { label: 'X', category: 'done' })).statusCode).toBe(403);
    expect((await member.request('PATCH', `/api/statuses/${first!.id}`, { version: 1, label: 'X' })).statusCode).toBe(403);

    const unknownCategory = await admin.request('POST', '/api/statuses', { label: 'X', category: 'paused' });
    expect(unknownCategory.statusCode).toBe(400);
    expect(issuePaths(unknownCategory.json())).toEqual(['category']);
    const unknownField = await admin.request('POST', '/api/statuses', { label: 'X', category: 'done', color: 'red' });
    expect(issuePaths(unknownField.json())).toEqual(['color']);
    const empty = await admin.request('POST', '/api/statuses', { label: '  ', category: 'done' });
    expect(issuePaths(empty.json())).toEqual(['label']);
    expect((await admin.request('DELETE', `/api/statuses/${first!.id}`)).statusCode).toBe(404);
  });
});
