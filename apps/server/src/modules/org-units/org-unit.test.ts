import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { issuePaths, readHistory } from '../../../test/history.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();

describe('org units: an admin shapes the tree', () => {
  it('creates a unit under a parent and answers it with its abilities', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const dg = await createUnit(admin, 'Direction Générale');
    const response = await admin.request('POST', '/api/org-units', { name: '  Direction des finances ', parentId: dg.id });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.data).toMatchObject({ name: 'Direction des finances', parentId: dg.id, active: true, version: 1 });
    expect(body.can).toEqual({ update: true });
  });

  it('renames, moves, deactivates and reactivates, bumping the version each time', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const a = await createUnit(admin, 'Direction A');
    const b = await createUnit(admin, 'Direction B');
    const unit = await createUnit(admin, 'Service', a.id);

    const renamed = await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 1, name: 'Service urbanisme' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().data).toMatchObject({ name: 'Service urbanisme', version: 2 });

    const moved = await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 2, parentId: b.id });
    expect(moved.json().data).toMatchObject({ parentId: b.id, version: 3 });

    const toRoot = await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 3, parentId: null });
    expect(toRoot.json().data).toMatchObject({ parentId: null, version: 4 });

    const off = await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 4, active: false });
    expect(off.json().data).toMatchObject({ active: false, version: 5 });
    const on = await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 5, active: true });
    expect(on.json().data).toMatchObject({ active: true, version: 6 });

    const read = await admin.request('GET', `/api/org-units/${unit.id}`);
    expect(read.json().data).toMatchObject({ name: 'Service urbanisme', parentId: null, active: true, version: 6 });
  });

  it('lists units sorted by name, inactive ones included', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const z = await createUnit(admin, 'Zoo municipal');
    await createUnit(admin, 'Archives');
    await admin.request('PATCH', `/api/org-units/${z.id}`, { version: 1, active: false });
    const list = await admin.request('GET', '/api/org-units');
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((u: { name: string; active: boolean }) => [u.name, u.active])).toEqual([
      ['Archives', true],
      ['Zoo municipal', false],
    ]);
  });
});

describe('org units: members read, only admins write', () => {
  it('lets a member list and read but answers 403 on create and update, changing nothing', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'DSI');
    const { session: member } = await createMember(testApp, admin);

    const list = await member.request('GET', '/api/org-units');
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((u: { id: string }) => u.id)).toEqual([unit.id]);
    const one = await member.request('GET', `/api/org-units/${unit.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().can).toEqual({ update: false });

    const create = await member.request('POST', '/api/org-units', { name: 'Pirate' });
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe('forbidden');
    const update = await member.request('PATCH', `/api/org-units/${unit.id}`, { version: 1, name: 'Pirate' });
    expect(update.statusCode).toBe(403);

    const after = await admin.request('GET', '/api/org-units');
    expect(after.json().data).toEqual([expect.objectContaining({ name: 'DSI', version: 1 })]);
  });

  it('answers 401 without a session', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/org-units' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });
});

describe('org units: bad moves and stale writes', () => {
  it('refuses to move a unit under its own descendant with 400 on parentId', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const top = await createUnit(admin, 'Direction');
    const mid = await createUnit(admin, 'Service', top.id);
    const leaf = await createUnit(admin, 'Bureau', mid.id);

    for (const parentId of [leaf.id, mid.id, top.id]) {
      const response = await admin.request('PATCH', `/api/org-units/${top.id}`, { version: 1, parentId });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
      expect(issuePaths(response.json())).toEqual(['parentId']);
    }
    const unchanged = await admin.request('GET', `/api/org-units/${top.id}`);
    expect(unchanged.json().data).toMatchObject({ parentId: null, version: 1 });
  });

  it('refuses an unknown parent with 400 on parentId, on create and on move', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'DSI');
    const ghost = '00000000-0000-4000-8000-000000000000';
    const create = await admin.request('POST', '/api/org-units', { name: 'Orphelin', parentId: ghost });
    expect(create.statusCode).toBe(400);
    expect(issuePaths(create.json())).toEqual(['parentId']);
    const move = await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 1, parentId: ghost });
    expect(move.statusCode).toBe(400);
    expect(issuePaths(move.json())).toEqual(['parentId']);
    const list = await admin.request('GET', '/api/org-units');
    expect(list.json().data).toHaveLength(1);
  });

  it('answers 409 to a stale version, keeps the newer change, and records no event for the refused one', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unit = await createUnit(admin, 'DRH');
    expect((await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 1, name: 'Ressources humaines' })).statusCode).toBe(200);

    const stale = await admin.request('PATCH', `/api/org-units/${unit.id}`, { version: 1, name: 'Personnel' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');

    const read = await admin.request('GET', `/api/org-units/${unit.id}`);
    expect(read.json().data).toMatchObject({ name: 'Ressources humaines', version: 2 });
    const history = await readHistory(admin, 'orgUnit', unit.id);
    expect(history.map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('rejects unknown fields, wrong types and an empty name with issues naming the field', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const unknown = await admin.request('POST', '/api/org-units', { name: 'DSI', color: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(issuePaths(unknown.json()).join()).toContain('color');
    const wrongType = await admin.request('POST', '/api/org-units', { name: 42 });
    expect(wrongType.statusCode).toBe(400);
    expect(issuePaths(wrongType.json())).toContain('name');
    const blank = await admin.request('POST', '/api/org-units', { name: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(issuePaths(blank.json())).toContain('name');
    const badId = await admin.request('GET', '/api/org-units/not-a-uuid');
    expect(badId.statusCode).toBe(400);
  });
});

describe('org units: one collectivité never sees another', () => {
  it('answers 404 on GET and PATCH of a unit of another collectivité, and leaves it alone', async () => {
    const lyon = await createOrganizationWithAdmin(testApp, 'Ville de Lyon');
    const brest = await createOrganizationWithAdmin(testApp, 'Ville de Brest');
    const lyonUnit = await createUnit(lyon.admin, 'Direction lyonnaise');

    const read = await brest.admin.request('GET', `/api/org-units/${lyonUnit.id}`);
    expect(read.statusCode).toBe(404);
    expect(read.json().error.code).toBe('not_found');
    const patch = await brest.admin.request('PATCH', `/api/org-units/${lyonUnit.id}`, { version: 1, name: 'Volée' });
    expect(patch.statusCode).toBe(404);
    const asParent = await brest.admin.request('POST', '/api/org-units', { name: 'Intrus', parentId: lyonUnit.id });
    expect(asParent.statusCode).toBe(400);

    const still = await lyon.admin.request('GET', `/api/org-units/${lyonUnit.id}`);
    expect(still.json().data).toMatchObject({ name: 'Direction lyonnaise', version: 1 });
  });

  it('lists only the units of the current collectivité', async () => {
    const lyon = await createOrganizationWithAdmin(testApp);
    const brest = await createOrganizationWithAdmin(testApp);
    await createUnit(lyon.admin, 'Lyon DSI');
    const brestUnit = await createUnit(brest.admin, 'Brest DSI');
    const list = await brest.admin.request('GET', '/api/org-units');
    expect(list.json().data.map((u: { id: string }) => u.id)).toEqual([brestUnit.id]);
  });
});
