import { beforeAll, describe, expect, it } from 'vitest';
import { createAction, createActionCast } from '../../../test/action-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

let testApp: TestApp;
let cast: Awaited<ReturnType<typeof createActionCast>>;

beforeAll(async () => {
  testApp = await createTestApp();
  cast = await createActionCast(testApp);
});

type Item = { kind: string; title: string; body: string; link: string | null; entityId: string | null };
const notificationsOf = async (session: Session): Promise<Item[]> => (await session.request('GET', '/api/notifications?pageSize=100')).json().data;
const titlesOf = async (session: Session) => (await notificationsOf(session)).map((n) => n.title);

describe('named pilot or co-pilot of a fiche', () => {
  it('tells the people newly named, once, and never the actor', async () => {
    const { admin, plan, pilot, copilot, unit, unitMember } = cast;
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Rénover les écoles', visibility: 'unit', leadOrgUnitId: unit.id, pilotId: pilot.id, copilotIds: [copilot.id] });
    expect(await notificationsOf(pilot.session)).toEqual([
      expect.objectContaining({ kind: 'action.assigned', title: 'Vous êtes pilote de « Rénover les écoles »', link: `/actions/${action.id}`, entityId: action.id }),
    ]);
    expect(await titlesOf(copilot.session)).toEqual(['Vous êtes co-pilote de « Rénover les écoles »']);
    expect(await titlesOf(admin)).toEqual([]);

    const changed = await admin.request('PATCH', `/api/actions/${action.id}`, { version: action.version, copilotIds: [copilot.id, unitMember.id], title: 'Rénover les écoles maternelles' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await titlesOf(unitMember.session)).toEqual(['Vous êtes co-pilote de « Rénover les écoles maternelles »']);
    expect(await titlesOf(copilot.session)).toHaveLength(1);
    expect(await titlesOf(pilot.session)).toHaveLength(1);
  });

  it('does not tell the actor who names themselves pilot', async () => {
    const { admin, plan, manager } = cast;
    await createAction(manager.session, { nodeId: plan.nodeIds['1']!, title: 'Ma propre fiche', pilotId: manager.id });
    expect(await titlesOf(manager.session)).not.toContain('Vous êtes pilote de « Ma propre fiche »');
    expect(await titlesOf(admin)).toEqual([]);
  });
});

describe('mentioned in a log entry', () => {
  it('tells the members mentioned by name or e-mail who may read the fiche, not the author', async () => {
    const { admin, plan, pilot, unit, unitMember, member, manager } = cast;
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Cantine bio', visibility: 'unit', leadOrgUnitId: unit.id, pilotId: pilot.id });
    const body = `Point fait avec @ursule unité et @${manager.email} ; @Martin Membre n’a pas accès, @Paule Pilote écrit. @Ursule Unitéx n’existe pas.`;
    const response = await pilot.session.request('POST', `/api/actions/${action.id}/log`, { body });
    expect(response.statusCode, response.body).toBe(201);

    const [mention] = await notificationsOf(unitMember.session);
    expect(mention).toMatchObject({ kind: 'log.mention', title: 'Paule Pilote vous a mentionné(e) dans « Cantine bio »', link: `/actions/${action.id}` });
    expect(mention!.body).toContain('Point fait avec');
    expect((await notificationsOf(manager.session)).map((n) => n.kind)).toContain('log.mention');
    expect((await notificationsOf(member.session)).filter((n) => n.kind === 'log.mention')).toEqual([]);
    expect((await notificationsOf(pilot.session)).filter((n) => n.kind === 'log.mention')).toEqual([]);
  });

  it('on an edit, tells only the people the entry did not mention yet', async () => {
    const { admin, plan, pilot, copilot, manager } = cast;
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Jardins partagés', pilotId: pilot.id, copilotIds: [copilot.id] });
    const created = await pilot.session.request('POST', `/api/actions/${action.id}/log`, { body: 'Réunion avec @Cédric Copilote.' });
    expect(created.statusCode, created.body).toBe(201);
    const mentionsOf = async (session: Session) => (await notificationsOf(session)).filter((n) => n.kind === 'log.mention' && n.entityId === action.id);
    expect(await mentionsOf(copilot.session)).toHaveLength(1);

    const entry = created.json().data;
    const edited = await pilot.session.request('PATCH', `/api/log/${entry.id}`, { version: entry.version, body: 'Réunion avec @Cédric Copilote et @Marc Manager.' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await mentionsOf(manager.session)).toEqual([expect.objectContaining({ title: 'Paule Pilote vous a mentionné(e) dans « Jardins partagés »' })]);
    expect(await mentionsOf(copilot.session)).toHaveLength(1);

    const again = await pilot.session.request('PATCH', `/api/log/${entry.id}`, { version: edited.json().data.version, occurredOn: '2026-03-01' });
    expect(again.statusCode, again.body).toBe(200);
    expect(await mentionsOf(manager.session)).toHaveLength(1);
  });
});
