import { describe, expect, it } from 'vitest';
import { createAction, createActionCast, createPlanRow, statusIds } from '../../../test/action-factories.js';
import { createMember } from '../../../test/factories.js';
import { issuePaths, readHistory } from '../../../test/history.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();
// One collectivité and its people for the file (signing in eight people costs seconds); each test
// gets a plan of its own, so no test sees another's actions.
const shared = await createActionCast(testApp);
const newCast = async () => ({
  ...shared,
  plan: await createPlanRow(testApp.ctx, {
    organizationId: shared.organization.id,
    members: [
      { userId: shared.manager.id, role: 'manager' },
      { userId: shared.contributor.id, role: 'contributor' },
      { userId: shared.reader.id, role: 'reader' },
    ],
  }),
});

describe('fiche action: create and read', () => {
  it('creates an action in a node with pilots, élu and units, and reads the full fiche back', async () => {
    const cast = await newCast();
    const { admin, plan, pilot, copilot, manager, unit, statuses } = cast;
    const other = await createPlanRow(testApp.ctx, { organizationId: cast.organization.id, name: 'Feuille de route numérique' });
    await createAction(admin, { nodeId: plan.nodeIds['1.2']!, title: 'Première' });
    const response = await admin.request('POST', '/api/actions', {
      nodeId: plan.nodeIds['1.2'],
      title: 'Équipement numérique des écoles',
      description: 'Tablettes et tableaux interactifs',
      pilotId: pilot.id,
      copilotIds: [copilot.id],
      eluId: manager.id,
      leadOrgUnitId: unit.id,
      orgUnitIds: [cast.otherUnit.id],
      linkedNodeIds: [other.nodeIds['1']],
      startsOn: '2026-01-01',
      endsOn: '2027-06-30',
      flagship: true,
      tags: ['numérique', 'écoles'],
      weather: 'sunny',
      progress: 10,
    });
    expect(response.statusCode).toBe(201);
    const { data, can } = response.json();
    expect(can).toEqual({ update: true, updateStructure: true, delete: true });
    expect(data).toMatchObject({
      planId: plan.planId,
      nodeId: plan.nodeIds['1.2'],
      code: '1.2.2',
      title: 'Équipement numérique des écoles',
      pilot: { id: pilot.id, name: 'Paule Pilote' },
      copilots: [{ id: copilot.id, name: 'Cédric Copilote' }],
      elu: { id: manager.id, name: 'Marc Manager' },
      leadOrgUnitId: unit.id,
      orgUnitIds: [cast.otherUnit.id],
      linkedNodeIds: [other.nodeIds['1']],
      status: { id: statuses['À lancer'], label: 'À lancer', category: 'not_started' },
      weather: 'sunny',
      progress: 10,
      flagship: true,
      visibility: 'organization',
      weight: 1,
      priority: 'normal',
      progressMode: 'manual',
      late: false,
      mergedIntoId: null,
      subActionIds: [],
      version: 1,
    });
    const read = await pilot.session.request('GET', `/api/actions/${data.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().data).toEqual(data);
    expect(read.json().can).toEqual({ update: true, updateStructure: false, delete: false });
  });

  it('computes lateness from the end date and the clock’s today', async () => {
    const { admin, plan, statuses } = await newCast();
    const late = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'En retard', endsOn: '2026-03-01', statusId: statuses['En cours'] });
    const done = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Finie', endsOn: '2026-03-01', statusId: statuses['Terminé'] });
    const onTime = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'À l’heure', endsOn: '2026-03-02' });
    expect([late.late, done.late, onTime.late]).toEqual([true, false, false]);
    expect([late.code, done.code, onTime.code]).toEqual(['1.1', '1.2', '1.3']);
  });

  it('answers 403 to a plan reader or plain member who tries to create, 400 for a node they cannot see', async () => {
    const { reader, member, plan, organization } = await newCast();
    for (const who of [reader, member]) {
      expect((await who.session.request('POST', '/api/actions', { nodeId: plan.nodeIds['1'], title: 'Non' })).statusCode).toBe(403);
    }
    const draft = await createPlanRow(testApp.ctx, { organizationId: organization.id, state: 'draft' });
    const hidden = await member.session.request('POST', '/api/actions', { nodeId: draft.nodeIds['1'], title: 'Non' });
    expect(hidden.statusCode).toBe(400);
    expect(issuePaths(hidden.json())).toEqual(['nodeId']);
  });
});

describe('fiche action: bad input is refused with nothing written', () => {
  it('reports end before start, progress 101, a foreign pilot, an unknown status and an unknown field', async () => {
    const { admin, plan, other } = await newCast();
    const foreigner = await createMember(testApp, other.admin);
    const nodeId = plan.nodeIds['1'];
    const cases: [Record<string, unknown>, string[]][] = [
      [{ nodeId, title: 'A', startsOn: '2026-05-01', endsOn: '2026-04-01' }, ['endsOn']],
      [{ nodeId, title: 'A', progress: 101 }, ['progress']],
      [{ nodeId, title: 'A', progress: -1 }, ['progress']],
      [{ nodeId, title: 'A', pilotId: foreigner.id }, ['pilotId']],
      [{ nodeId, title: 'A', copilotIds: [foreigner.id], eluId: foreigner.id }, ['eluId', 'copilotIds']],
      [{ nodeId, title: 'A', statusId: '00000000-0000-4000-8000-000000000000' }, ['statusId']],
      [{ nodeId, title: 'A', color: 'red' }, ['color']],
      [{ nodeId, title: 'A', linkedNodeIds: [plan.nodeIds['2']] }, ['linkedNodeIds']],
      [{ nodeId, title: 'A', leadOrgUnitId: '00000000-0000-4000-8000-000000000000' }, ['leadOrgUnitId']],
      [{ nodeId: '00000000-0000-4000-8000-000000000000', title: 'A' }, ['nodeId']],
      [{ nodeId, title: ' ' }, ['title']],
    ];
    for (const [body, paths] of cases) {
      const response = await admin.request('POST', '/api/actions', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
      expect(issuePaths(response.json()), JSON.stringify(body)).toEqual(paths);
    }
    const list = await admin.request('GET', `/api/plans/${plan.planId}/actions`);
    expect(list.json().page.total).toBe(0);
  });

  it('refuses a status of another collectivité and an inactive person as pilot', async () => {
    const { admin, plan, other, statuses } = await newCast();
    const foreignStatus = Object.values(await statusIds(testApp.ctx, other.organization.id))[0];
    const response = await admin.request('POST', '/api/actions', { nodeId: plan.nodeIds['1'], title: 'A', statusId: foreignStatus });
    expect(issuePaths(response.json())).toEqual(['statusId']);
    const gone = await createMember(testApp, admin);
    await admin.request('PATCH', `/api/users/${gone.id}`, { version: 1, active: false });
    const inactive = await admin.request('POST', '/api/actions', { nodeId: plan.nodeIds['1'], title: 'A', pilotId: gone.id, statusId: statuses['En cours'] });
    expect(issuePaths(inactive.json())).toEqual(['pilotId']);
  });
});

describe('fiche action: update', () => {
  it('lets the pilot change status, météo and progress, but not the node nor the pilots (403)', async () => {
    const { admin, plan, pilot, copilot, statuses, member } = await newCast();
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Vélo', pilotId: pilot.id, copilotIds: [copilot.id] });
    const ok = await pilot.session.request('PATCH', `/api/actions/${action.id}`, {
      version: 1,
      statusId: statuses['En cours'],
      weather: 'cloudy',
      progress: 40,
      title: 'Plan vélo',
      pilotId: pilot.id,
      copilotIds: [copilot.id],
      nodeId: plan.nodeIds['1'],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data).toMatchObject({ version: 2, weather: 'cloudy', progress: 40, title: 'Plan vélo', status: { label: 'En cours' } });
    const byCopilot = await copilot.session.request('PATCH', `/api/actions/${action.id}`, { version: 2, progress: 50 });
    expect(byCopilot.statusCode).toBe(200);
    for (const body of [{ nodeId: plan.nodeIds['2'] }, { pilotId: member.id }, { copilotIds: [] }, { visibility: 'unit' }]) {
      const refused = await pilot.session.request('PATCH', `/api/actions/${action.id}`, { version: 3, ...body });
      expect(refused.statusCode, JSON.stringify(body)).toBe(403);
    }
    const read = await admin.request('GET', `/api/actions/${action.id}`);
    expect(read.json().data).toMatchObject({ version: 3, nodeId: plan.nodeIds['1'], pilot: { id: pilot.id }, progress: 50 });
    const moved = await admin.request('PATCH', `/api/actions/${action.id}`, { version: 3, nodeId: plan.nodeIds['2'], pilotId: member.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().data).toMatchObject({ code: '2.1', pilot: { id: member.id, name: 'Martin Membre' } });
  });

  it('answers 409 with the current version on a stale write, and writes nothing', async () => {
    const { admin, plan, manager } = await newCast();
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Vélo' });
    expect((await manager.session.request('PATCH', `/api/actions/${action.id}`, { version: 1, title: 'Plan vélo' })).statusCode).toBe(200);
    const stale = await admin.request('PATCH', `/api/actions/${action.id}`, { version: 1, title: 'Écrasé' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', issues: [{ path: 'version', message: 'Version actuelle : 2' }] });
    const read = await admin.request('GET', `/api/actions/${action.id}`);
    expect(read.json().data).toMatchObject({ title: 'Plan vélo', version: 2 });
    expect((await readHistory(admin, 'action', action.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('checks the dates kept against the dates sent, and progress bounds', async () => {
    const { admin, plan } = await newCast();
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Vélo', startsOn: '2026-05-01' });
    const before = await admin.request('PATCH', `/api/actions/${action.id}`, { version: 1, endsOn: '2026-04-30' });
    expect(before.statusCode).toBe(400);
    expect(issuePaths(before.json())).toEqual(['endsOn']);
    const tooMuch = await admin.request('PATCH', `/api/actions/${action.id}`, { version: 1, progress: 101 });
    expect(issuePaths(tooMuch.json())).toEqual(['progress']);
    expect((await admin.request('PATCH', `/api/actions/${action.id}`, { version: 1, nodeId: plan.nodeIds['2'], unknown: 1 })).statusCode).toBe(400);
  });

  it('refuses to move a fiche to another plan', async () => {
    const { admin, plan, organization } = await newCast();
    const other = await createPlanRow(testApp.ctx, { organizationId: organization.id });
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Vélo' });
    const response = await admin.request('PATCH', `/api/actions/${action.id}`, { version: 1, nodeId: other.nodeIds['1'] });
    expect(issuePaths(response.json())).toEqual(['nodeId']);
  });
});

describe('fiche action: delete', () => {
  it('lets managers delete, not pilots, and refuses while sub-actions exist', async () => {
    const { admin, plan, pilot, manager } = await newCast();
    const parent = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Parent', pilotId: pilot.id });
    const child = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Enfant', parentActionId: parent.id });
    expect((await pilot.session.request('DELETE', `/api/actions/${parent.id}`)).statusCode).toBe(403);
    const refused = await manager.session.request('DELETE', `/api/actions/${parent.id}`);
    expect(refused.statusCode).toBe(409);
    expect((await manager.session.request('DELETE', `/api/actions/${child.id}`)).statusCode).toBe(204);
    expect((await manager.session.request('DELETE', `/api/actions/${parent.id}`)).statusCode).toBe(204);
    expect((await admin.request('GET', `/api/actions/${parent.id}`)).statusCode).toBe(404);
    const history = await admin.request('GET', `/api/history/action/${parent.id}`);
    expect(history.statusCode).toBe(404);
  });
});

describe('fiche action: one collectivité never sees another’s', () => {
  it('answers 404 on read, update, delete and history', async () => {
    const { admin, plan, other } = await newCast();
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Vélo' });
    for (const [method, url, body] of [
      ['GET', `/api/actions/${action.id}`],
      ['PATCH', `/api/actions/${action.id}`, { version: 1, title: 'x' }],
      ['DELETE', `/api/actions/${action.id}`],
      ['GET', `/api/actions/${action.id}/history`],
      ['GET', `/api/history/action/${action.id}`],
      ['GET', `/api/plans/${plan.planId}/actions`],
    ] as const) {
      expect((await other.admin.request(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    const foreignNode = await other.admin.request('POST', '/api/actions', { nodeId: plan.nodeIds['1'], title: 'x' });
    expect(issuePaths(foreignNode.json())).toEqual(['nodeId']);
  });
});

describe('fiche action: rights matrix through the API', () => {
  it('gives each person the read status and abilities of action.policy.ts', async () => {
    const cast = await newCast();
    const { plan, admin, pilot, copilot, unit } = cast;
    const open = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Ouverte', pilotId: pilot.id, copilotIds: [copilot.id] });
    const restricted = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Unité', visibility: 'unit', leadOrgUnitId: unit.id, pilotId: pilot.id, copilotIds: [copilot.id] });
    const who = { admin, manager: cast.manager.session, contributor: cast.contributor.session, reader: cast.reader.session, pilot: pilot.session, copilot: copilot.session, unitMember: cast.unitMember.session, member: cast.member.session, otherOrg: cast.other.admin };
    const all = { update: true, updateStructure: true, delete: true };
    const pilotRights = { update: true, updateStructure: false, delete: false };
    const readOnly = { update: false, updateStructure: false, delete: false };
    const expected: Record<keyof typeof who, [unknown, unknown]> = {
      admin: [all, all],
      manager: [all, all],
      contributor: [readOnly, 404],
      reader: [readOnly, 404],
      pilot: [pilotRights, pilotRights],
      copilot: [pilotRights, pilotRights],
      unitMember: [readOnly, readOnly],
      member: [readOnly, 404],
      otherOrg: [404, 404],
    };
    for (const [name, session] of Object.entries(who) as [keyof typeof who, (typeof who)['admin']][]) {
      const got = [];
      for (const action of [open, restricted]) {
        const response = await session.request('GET', `/api/actions/${action.id}`);
        got.push(response.statusCode === 200 ? response.json().can : response.statusCode);
      }
      expect(got, name).toEqual(expected[name]);
    }
    // What `can` says is what the API does.
    expect((await cast.reader.session.request('PATCH', `/api/actions/${open.id}`, { version: 1, progress: 5 })).statusCode).toBe(403);
    expect((await cast.unitMember.session.request('PATCH', `/api/actions/${restricted.id}`, { version: 1, progress: 5 })).statusCode).toBe(403);
    expect((await cast.member.session.request('PATCH', `/api/actions/${restricted.id}`, { version: 1, progress: 5 })).statusCode).toBe(404);
    expect((await cast.contributor.session.request('DELETE', `/api/actions/${open.id}`)).statusCode).toBe(403);
  });

  it('lists “Mes actions” across plans for pilots and co-pilots', async () => {
    const { admin, organization } = await newCast();
    const me = await createMember(testApp, admin, { name: 'Nina Nouvelle' });
    const first = await createPlanRow(testApp.ctx, { organizationId: organization.id, name: 'Plan A' });
    const second = await createPlanRow(testApp.ctx, { organizationId: organization.id, name: 'Plan B', state: 'draft' });
    const a = await createAction(admin, { nodeId: first.nodeIds['1']!, title: 'Pilotée', pilotId: me.id });
    const b = await createAction(admin, { nodeId: second.nodeIds['2']!, title: 'Copilotée', copilotIds: [me.id], visibility: 'unit' });
    await createAction(admin, { nodeId: first.nodeIds['1']!, title: 'Pas à moi' });
    const mine = await me.session.request('GET', '/api/me/actions?sort=title');
    expect(mine.json().data.map((x: { id: string; code: string }) => [x.id, x.code])).toEqual([[b.id, '2.1'], [a.id, '1.1']]);
    expect(mine.json().page).toEqual({ page: 1, pageSize: 50, total: 2 });
    expect((await me.session.request('GET', '/api/me/actions?flagship=true')).json().data).toEqual([]);
  });
});
