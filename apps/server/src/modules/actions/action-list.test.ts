import { describe, expect, it } from 'vitest';
import { createAction, createActionCast, createPlanRow } from '../../../test/action-factories.js';
import { createTestApp, type Session } from '../../../test/test-app.js';

const testApp = await createTestApp();
// One collectivité and its people for the file (signing in eight people costs seconds); each test
// works in a plan of its own, so tests still do not see each other's actions.
const cast = await createActionCast(testApp);
const { admin, statuses } = cast;
const newPlan = (state: 'active' | 'draft' = 'active') =>
  createPlanRow(testApp.ctx, {
    organizationId: cast.organization.id,
    state,
    nodes: [
      ['1', null, 'Axe 1'],
      ['1.1', '1', 'Objectif 1.1'],
      ['1.2', '1', 'Objectif 1.2'],
      ['2', null, 'Axe 2'],
    ],
    members: [
      { userId: cast.manager.id, role: 'manager' },
      { userId: cast.contributor.id, role: 'contributor' },
      { userId: cast.reader.id, role: 'reader' },
    ],
  });

type Page = { data: { id: string; code: string; title: string; late: boolean }[]; page: { page: number; pageSize: number; total: number } };
const list = async (session: Session, planId: string, query = ''): Promise<Page> => {
  const response = await session.request('GET', `/api/plans/${planId}/actions${query}`);
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json();
};
const titles = (page: Page) => page.data.map((a) => a.title);

describe('actions list: what each person sees', () => {
  it('applies the `unit` visibility rule in SQL exactly as action.read does', async () => {
    const plan = await newPlan();
    const node = plan.nodeIds['1']!;
    const made = [
      await createAction(admin, { nodeId: node, title: 'Ouverte' }),
      await createAction(admin, { nodeId: node, title: 'Unité (pilotée)', visibility: 'unit', pilotId: cast.pilot.id }),
      await createAction(admin, { nodeId: node, title: 'Unité (copilotée)', visibility: 'unit', copilotIds: [cast.copilot.id] }),
      await createAction(admin, { nodeId: node, title: 'Unité (pilotage)', visibility: 'unit', leadOrgUnitId: cast.unit.id }),
      await createAction(admin, { nodeId: node, title: 'Unité (associée)', visibility: 'unit', orgUnitIds: [cast.unit.id] }),
      await createAction(admin, { nodeId: node, title: 'Publique', visibility: 'public' }),
    ];
    const people: Record<string, Session> = {
      admin,
      manager: cast.manager.session,
      contributor: cast.contributor.session,
      reader: cast.reader.session,
      pilot: cast.pilot.session,
      copilot: cast.copilot.session,
      unitMember: cast.unitMember.session,
      member: cast.member.session,
    };
    const seen: Record<string, string[]> = {};
    for (const [who, session] of Object.entries(people)) {
      const listed = (await list(session, plan.planId)).data.map((a) => a.id).sort();
      const readable: string[] = [];
      for (const action of made) if ((await session.request('GET', `/api/actions/${action.id}`)).statusCode === 200) readable.push(action.id);
      expect(listed, who).toEqual(readable.sort());
      seen[who] = made.filter((a) => listed.includes(a.id)).map((a) => a.title as string);
    }
    const open = ['Ouverte', 'Publique'];
    expect(seen).toEqual({
      admin: titles({ data: made } as never),
      manager: titles({ data: made } as never),
      contributor: open,
      reader: open,
      pilot: ['Ouverte', 'Unité (pilotée)', 'Publique'],
      copilot: ['Ouverte', 'Unité (copilotée)', 'Publique'],
      unitMember: ['Ouverte', 'Unité (pilotage)', 'Unité (associée)', 'Publique'],
      member: open,
    });
    expect((await cast.other.admin.request('GET', `/api/plans/${plan.planId}/actions`)).statusCode).toBe(404);
  });

  it('hides a draft plan from plain members (404) but still shows pilots their fiche in “Mes actions”', async () => {
    const plan = await newPlan('draft');
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Brouillon piloté', pilotId: cast.member.id });
    expect((await cast.member.session.request('GET', `/api/plans/${plan.planId}/actions`)).statusCode).toBe(404);
    const mine = await cast.member.session.request('GET', '/api/me/actions');
    expect(mine.json().data.map((a: { id: string }) => a.id)).toContain(action.id);
    expect((await cast.member.session.request('GET', `/api/actions/${action.id}`)).statusCode).toBe(200);
  });
});

describe('actions list: filters, sort, pages', () => {
  it('filters by status, category, pilot, unit, météo, lateness, flagship, tag and node subtree', async () => {
    const plan = await newPlan();
    const n = plan.nodeIds;
    const a = await createAction(admin, { nodeId: n['1.1']!, title: 'A', statusId: statuses['En cours'], pilotId: cast.pilot.id, weather: 'sunny', tags: ['vélo'] });
    const b = await createAction(admin, { nodeId: n['1.2']!, title: 'B', statusId: statuses['Terminé'], leadOrgUnitId: cast.unit.id, flagship: true, endsOn: '2026-01-01' });
    const c = await createAction(admin, { nodeId: n['2']!, title: 'C', weather: 'stormy', orgUnitIds: [cast.unit.id], endsOn: '2026-01-01', tags: ['vélo', 'écoles'] });
    const d = await createAction(admin, { nodeId: n['1']!, title: 'D', statusId: statuses['Abandonné'], copilotIds: [cast.pilot.id] });
    const q = (query: string) => list(admin, plan.planId, query).then(titles);
    expect(await q('')).toEqual(['D', 'A', 'B', 'C']);
    expect(await q(`?status=${statuses['En cours']}`)).toEqual(['A']);
    expect(await q(`?status=${statuses['En cours']},${statuses['Terminé']}`)).toEqual(['A', 'B']);
    expect(await q(`?status=${statuses['En cours']}&status=${statuses['Abandonné']}`)).toEqual(['D', 'A']);
    expect(await q('?category=not_started')).toEqual(['C']);
    expect(await q('?category=done,stopped')).toEqual(['D', 'B']);
    expect(await q(`?pilotId=${cast.pilot.id}`)).toEqual(['A']);
    expect(await q(`?orgUnitId=${cast.unit.id}`)).toEqual(['B', 'C']);
    expect(await q('?weather=sunny&weather=stormy')).toEqual(['A', 'C']);
    expect(await q('?late=true')).toEqual(['C']);
    expect(await q('?flagship=true')).toEqual(['B']);
    expect(await q('?tag=v%C3%A9lo')).toEqual(['A', 'C']);
    expect(await q(`?nodeId=${n['1']}`)).toEqual(['D', 'A', 'B']);
    expect(await q(`?nodeId=${n['1.2']}`)).toEqual(['B']);
    expect(await q(`?nodeId=${n['1']}&weather=sunny`)).toEqual(['A']);
    const page = await list(admin, plan.planId, '?late=true');
    expect(page.data[0]).toMatchObject({ id: c.id, late: true, code: '2.1' });
    expect(page.page).toEqual({ page: 1, pageSize: 50, total: 1 });
    expect([a, b, d].map((x) => x.code)).toEqual(['1.1.1', '1.2.1', '1.1']);
  });

  it('sorts by code (1.2 before 1.10), title, end date, progress and update time, both ways', async () => {
    const nodes: [string, string | null, string][] = [['1', null, 'Axe 1']];
    for (let i = 1; i <= 10; i++) nodes.push([`1.${i}`, '1', `Objectif ${i}`]);
    const plan = await createPlanRow(testApp.ctx, { organizationId: cast.organization.id, nodes });
    const x = await createAction(admin, { nodeId: plan.nodeIds['1.10']!, title: 'alpha', endsOn: '2027-01-01', progress: 10 });
    const y = await createAction(admin, { nodeId: plan.nodeIds['1.2']!, title: 'Bravo', progress: 90 });
    testApp.clock.advance(1000);
    const z = await createAction(admin, { nodeId: plan.nodeIds['1.2']!, title: 'Éclair', endsOn: '2026-12-01', progress: 50 });
    const sub = await createAction(admin, { nodeId: plan.nodeIds['1.2']!, title: 'Delta', parentActionId: y.id, progress: 0 });
    expect([x.code, y.code, z.code, sub.code]).toEqual(['1.10.1', '1.2.1', '1.2.2', '1.2.1.1']);
    const codes = async (sort: string) => (await list(admin, plan.planId, `?sort=${sort}`)).data.map((a) => a.code);
    expect(await codes('code')).toEqual(['1.2.1', '1.2.1.1', '1.2.2', '1.10.1']);
    expect(await codes('-code')).toEqual(['1.10.1', '1.2.2', '1.2.1.1', '1.2.1']);
    expect((await list(admin, plan.planId, '?sort=title')).data.map((a) => a.title)).toEqual(['alpha', 'Bravo', 'Delta', 'Éclair']);
    expect(await codes('endsOn')).toEqual(['1.2.2', '1.10.1', '1.2.1', '1.2.1.1']);
    expect(await codes('-endsOn')).toEqual(['1.10.1', '1.2.2', '1.2.1', '1.2.1.1']);
    expect(await codes('-progress')).toEqual(['1.2.1', '1.2.2', '1.10.1', '1.2.1.1']);
    // Same time: code order breaks the tie.
    expect(await codes('-updatedAt')).toEqual(['1.2.1.1', '1.2.2', '1.2.1', '1.10.1']);
    expect((await admin.request('GET', `/api/plans/${plan.planId}/actions?sort=pilot`)).statusCode).toBe(400);
  });

  it('pages with page and pageSize (max 200) and gives the total', async () => {
    const plan = await newPlan();
    for (let i = 0; i < 5; i++) await createAction(admin, { nodeId: plan.nodeIds['2']!, title: `Action ${i}` });
    const second = await list(admin, plan.planId, '?pageSize=2&page=2');
    expect(second.data.map((a) => a.code)).toEqual(['2.3', '2.4']);
    expect(second.page).toEqual({ page: 2, pageSize: 2, total: 5 });
    expect((await list(admin, plan.planId, '?pageSize=2&page=4')).data).toEqual([]);
    for (const bad of ['?pageSize=201', '?pageSize=0', '?page=0', '?late=yes', '?status=nope']) {
      expect((await admin.request('GET', `/api/plans/${plan.planId}/actions${bad}`)).statusCode, bad).toBe(400);
    }
  });
});

describe('actions list: French full-text search', () => {
  it('ignores accents and case, stems French words, and searches descriptions, objectives and log', async () => {
    const plan = await newPlan();
    const node = plan.nodeIds['1']!;
    await createAction(admin, { nodeId: node, title: 'Équipement numérique des écoles' });
    await createAction(admin, { nodeId: node, title: 'Pistes cyclables', description: 'Sécuriser les itinéraires vers les collèges' });
    await createAction(admin, { nodeId: node, title: 'Chaufferie', objectives: 'Réduire la consommation énergétique' });
    const search = (q: string) => list(admin, plan.planId, `?q=${encodeURIComponent(q)}`).then(titles);
    expect(await search('equipement')).toEqual(['Équipement numérique des écoles']);
    expect(await search('ÉQUIPEMENTS')).toEqual(['Équipement numérique des écoles']);
    expect(await search('ecole')).toEqual(['Équipement numérique des écoles']);
    expect(await search('itinéraire sécurisé')).toEqual(['Pistes cyclables']);
    expect(await search('energetique')).toEqual(['Chaufferie']);
    expect(await search('chauf')).toEqual(['Chaufferie']);
    expect(await search('piscine')).toEqual([]);
    expect(await search('les')).toHaveLength(2);
    expect(await search('100%_')).toEqual([]);
  });
});
