import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { issuePaths, readHistory } from '../../../test/history.js';
import { addPlanMember, createNode, createPlan, insertAction, type PlanBody } from '../../../test/plan-factories.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();

/** A collectivité with a draft and an active plan, and one person per plan role plus a plain member. */
async function setup() {
  const { admin, organization } = await createOrganizationWithAdmin(testApp);
  const people = {
    manager: await createMember(testApp, admin),
    contributor: await createMember(testApp, admin),
    reader: await createMember(testApp, admin),
    member: await createMember(testApp, admin),
  };
  const draft = await createPlan(admin, { name: 'Brouillon' });
  const active = await createPlan(admin, { name: 'Feuille de route', kind: 'roadmap', state: 'active' });
  for (const plan of [draft, active]) {
    await addPlanMember(admin, plan.id, people.manager.id, 'manager');
    await addPlanMember(admin, plan.id, people.contributor.id, 'contributor');
    await addPlanMember(admin, plan.id, people.reader.id, 'reader');
  }
  return { admin, organization, draft, active, ...people };
}

describe('plans: create, read, update', () => {
  it('lets an admin create a draft plan and become its manager', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const response = await admin.request('POST', '/api/plans', {
      name: ' Plan de mandat ',
      kind: 'mandate',
      startsOn: '2026-03-15',
      endsOn: '2032-03-14',
      levelNames: ['Axe', 'Objectif'],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      data: { name: 'Plan de mandat', kind: 'mandate', state: 'draft', description: '', myRole: 'manager', version: 1, levelNames: ['Axe', 'Objectif'] },
      can: { update: true, manageMembers: true, delete: true, createAction: true },
    });
    const members = await admin.request('GET', `/api/plans/${response.json().data.id}/members`);
    expect(members.json().data).toEqual([expect.objectContaining({ userId: admin.userId, role: 'manager' })]);
  });

  it('lists to each person the plans they may read, with their role', async () => {
    const { admin, draft, active, manager, reader, member } = await setup();
    const names = async (who: typeof admin) =>
      ((await who.request('GET', '/api/plans')).json().data as PlanBody[]).map((p) => [p.name, p.myRole]);
    expect(await names(admin)).toEqual([['Brouillon', 'manager'], ['Feuille de route', 'manager']]);
    expect(await names(manager.session)).toEqual([['Brouillon', 'manager'], ['Feuille de route', 'manager']]);
    expect(await names(reader.session)).toEqual([['Brouillon', 'reader'], ['Feuille de route', 'reader']]);
    expect(await names(member.session)).toEqual([['Feuille de route', null]]);
    expect((await member.session.request('GET', `/api/plans/${draft.id}`)).statusCode).toBe(404);
    expect((await member.session.request('GET', `/api/plans/${active.id}`)).json().can).toEqual({
      update: false,
      manageMembers: false,
      delete: false,
      createAction: false,
    });
  });

  it('sends each role its abilities and enforces them', async () => {
    const { draft, manager, contributor, reader } = await setup();
    const canOf = async (who: typeof manager) => (await who.session.request('GET', `/api/plans/${draft.id}`)).json().can;
    expect(await canOf(manager)).toEqual({ update: true, manageMembers: true, delete: false, createAction: true });
    expect(await canOf(contributor)).toEqual({ update: false, manageMembers: false, delete: false, createAction: true });
    expect(await canOf(reader)).toEqual({ update: false, manageMembers: false, delete: false, createAction: false });

    const renamed = await manager.session.request('PATCH', `/api/plans/${draft.id}`, { version: 1, name: 'Plan 2026', state: 'active' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().data).toMatchObject({ name: 'Plan 2026', state: 'active', version: 2, myRole: 'manager' });
    expect((await contributor.session.request('PATCH', `/api/plans/${draft.id}`, { version: 2, name: 'X' })).statusCode).toBe(403);
    expect((await reader.session.request('PATCH', `/api/plans/${draft.id}`, { version: 2, name: 'X' })).statusCode).toBe(403);
    expect((await manager.session.request('DELETE', `/api/plans/${draft.id}`)).statusCode).toBe(403);
    expect((await manager.session.request('POST', '/api/plans', { name: 'X', kind: 'mandate', levelNames: ['Axe'] })).statusCode).toBe(403);
  });

  it('answers 404 to another collectivité, whatever it tries', async () => {
    const { active } = await setup();
    const { admin: stranger } = await createOrganizationWithAdmin(testApp);
    for (const [method, url, body] of [
      ['GET', `/api/plans/${active.id}`, undefined],
      ['PATCH', `/api/plans/${active.id}`, { version: 1, name: 'X' }],
      ['DELETE', `/api/plans/${active.id}`, undefined],
      ['GET', `/api/plans/${active.id}/members`, undefined],
      ['POST', `/api/plans/${active.id}/members`, { userId: stranger.userId, role: 'reader' }],
      ['GET', `/api/plans/${active.id}/tree`, undefined],
      ['POST', `/api/plans/${active.id}/nodes`, { parentId: null, title: 'X' }],
      ['POST', `/api/plans/${active.id}/duplicate`, { name: 'X' }],
      ['GET', `/api/history/plan/${active.id}`, undefined],
    ] as const) {
      expect((await stranger.request(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect(((await stranger.request('GET', '/api/plans')).json().data as PlanBody[]).map((p) => p.id)).not.toContain(active.id);
  });

  it('refuses bad input with the field at fault, writing nothing', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const base = { name: 'Plan', kind: 'mandate', levelNames: ['Axe'] };
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...base, startsOn: '2032-01-01', endsOn: '2026-01-01' }, ['endsOn']],
      [{ ...base, kind: 'wishlist' }, ['kind']],
      [{ ...base, colour: 'bleu' }, ['colour']],
      [{ ...base, levelNames: [] }, ['levelNames']],
      [{ ...base, name: '   ' }, ['name']],
      [{ ...base, startsOn: '2026-02-30' }, ['startsOn']],
    ];
    for (const [body, paths] of cases) {
      const response = await admin.request('POST', '/api/plans', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
      expect(issuePaths(response.json())).toEqual(paths);
    }
    expect((await admin.request('GET', '/api/plans')).json().data).toEqual([]);
  });

  it('checks the dates the plan will end up with when only one is sent, and 409 on a stale version', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const plan = await createPlan(admin, { startsOn: '2026-01-01', endsOn: '2032-12-31' });
    const early = await admin.request('PATCH', `/api/plans/${plan.id}`, { version: 1, endsOn: '2025-12-31' });
    expect(early.statusCode).toBe(400);
    expect(issuePaths(early.json())).toEqual(['endsOn']);
    expect((await admin.request('PATCH', `/api/plans/${plan.id}`, { version: 1, levelNames: ['Axe', 'Action'] })).statusCode).toBe(200);
    const stale = await admin.request('PATCH', `/api/plans/${plan.id}`, { version: 1, name: 'Trop tard' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect((await admin.request('GET', `/api/plans/${plan.id}`)).json().data).toMatchObject({ levelNames: ['Axe', 'Action'], version: 2 });
  });
});

describe('plans: deletion', () => {
  it('deletes an empty plan with its nodes and members, and refuses (409) while it holds actions', async () => {
    const { admin, organization } = await createOrganizationWithAdmin(testApp);
    const empty = await createPlan(admin, { name: 'Vide' });
    const axis = await createNode(admin, empty.id, 'Axe 1');
    await createNode(admin, empty.id, 'Objectif', axis.id);
    expect((await admin.request('DELETE', `/api/plans/${empty.id}`)).statusCode).toBe(204);
    expect((await admin.request('GET', `/api/plans/${empty.id}`)).statusCode).toBe(404);
    expect((await readHistory(admin, 'plan', empty.id).catch((e: Error) => e.message))).toContain('404');

    const full = await createPlan(admin, { name: 'Plein' });
    const node = await createNode(admin, full.id, 'Axe 1');
    await insertAction(testApp.ctx, { organizationId: organization.id, planId: full.id, nodeId: node.id });
    const refused = await admin.request('DELETE', `/api/plans/${full.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/archivez/);
    expect((await admin.request('GET', `/api/plans/${full.id}`)).statusCode).toBe(200);
  });
});

describe('plans: members', () => {
  it('adds, changes the role of and removes members; only active members of the collectivité qualify', async () => {
    const { admin, draft, manager, member } = await setup();
    const { admin: stranger } = await createOrganizationWithAdmin(testApp);
    const added = await manager.session.request('POST', `/api/plans/${draft.id}/members`, { userId: member.id, role: 'reader' });
    expect(added.statusCode).toBe(201);
    expect(added.json().data).toMatchObject({ userId: member.id, role: 'reader', email: member.email });
    expect((await member.session.request('GET', `/api/plans/${draft.id}`)).json().data.myRole).toBe('reader');

    const promoted = await manager.session.request('POST', `/api/plans/${draft.id}/members`, { userId: member.id, role: 'contributor' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json().data.role).toBe('contributor');

    const foreign = await admin.request('POST', `/api/plans/${draft.id}/members`, { userId: stranger.userId, role: 'reader' });
    expect(foreign.statusCode).toBe(400);
    expect(issuePaths(foreign.json())).toEqual(['userId']);
    const badRole = await admin.request('POST', `/api/plans/${draft.id}/members`, { userId: member.id, role: 'owner' });
    expect(issuePaths(badRole.json())).toEqual(['role']);

    const deactivated = await createMember(testApp, admin);
    await admin.request('PATCH', `/api/users/${deactivated.id}`, { version: 1, active: false });
    const inactive = await admin.request('POST', `/api/plans/${draft.id}/members`, { userId: deactivated.id, role: 'reader' });
    expect(inactive.statusCode).toBe(400);

    expect((await member.session.request('DELETE', `/api/plans/${draft.id}/members/${manager.id}`)).statusCode).toBe(403);
    expect((await manager.session.request('DELETE', `/api/plans/${draft.id}/members/${member.id}`)).statusCode).toBe(204);
    expect((await manager.session.request('DELETE', `/api/plans/${draft.id}/members/${member.id}`)).statusCode).toBe(404);
    expect((await member.session.request('GET', `/api/plans/${draft.id}`)).statusCode).toBe(404);

    const history = await readHistory(admin, 'plan', draft.id);
    expect(history.map((e) => e.action)).toEqual(
      expect.arrayContaining(['create', 'addMember', 'changeMemberRole', 'removeMember']),
    );
    const change = history.find((e) => e.action === 'changeMemberRole')!;
    expect(change.changes.role).toEqual({ before: 'reader', after: 'contributor' });
    expect(change.actor?.id).toBe(manager.id);
  });

  it('records plan updates in the history, readable by those who read the plan', async () => {
    const { admin, active, member, reader } = await setup();
    await admin.request('PATCH', `/api/plans/${active.id}`, { version: 1, name: 'Feuille de route numérique' });
    const history = await readHistory(member.session, 'plan', active.id);
    const update = history.find((e) => e.action === 'update')!;
    expect(update.changes).toEqual({ name: { before: 'Feuille de route', after: 'Feuille de route numérique' } });
    expect((await readHistory(reader.session, 'plan', active.id)).length).toBe(history.length);
  });
});
