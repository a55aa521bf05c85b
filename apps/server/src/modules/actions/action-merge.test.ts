import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAction, createActionCast, createPlanRow } from '../../../test/action-factories.js';
import { createIndicator } from '../../../test/indicator-factories.js';
import { issuePaths, readHistory } from '../../../test/history.js';
import { createTestApp } from '../../../test/test-app.js';
import { newId } from '../../lib/tokens.js';
import { budgetLines, logEntries, milestones } from './action-parts.table.js';
import { refreshSearchText } from './action.search.js';

const testApp = await createTestApp();
const { db } = testApp.ctx;
// One collectivité for the file; each test has a plan of its own.
const cast = await createActionCast(testApp);
const { admin, statuses, organization } = cast;
const organizationId = organization.id;
const newPlan = () => createPlanRow(testApp.ctx, { organizationId, members: [{ userId: cast.manager.id, role: 'manager' }] });
const get = async (id: string) => (await admin.request('GET', `/api/actions/${id}`)).json().data;
const now = () => testApp.clock.now();

async function addParts(actionId: string, year: number, plannedCents: number) {
  await db.insert(logEntries).values({ id: newId(), organizationId, actionId, occurredOn: '2026-02-01', body: `Point chaufferie ${year}`, createdAt: now(), updatedAt: now() });
  await db.insert(milestones).values({ id: newId(), organizationId, actionId, title: `Jalon ${year}`, dueOn: '2026-12-01', createdAt: now(), updatedAt: now() });
  await db.insert(budgetLines).values({ id: newId(), organizationId, actionId, year, nature: 'investment', plannedCents, spentCents: 100, createdAt: now(), updatedAt: now() });
  await refreshSearchText(db, { organizationId, actionId });
}

describe('merge and attach', () => {
  it('merges: moves log, milestones and budget (same year × nature summed), closes the old fiche with a pointer', async () => {
    const plan = await newPlan();
    const source = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Chaufferie école A' });
    const target = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Chaufferies des écoles' });
    await addParts(source.id, 2026, 1000);
    await addParts(source.id, 2027, 500);
    await addParts(target.id, 2026, 2000);
    const sub = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Sous-action', parentActionId: source.id });
    const followed = await createIndicator(admin, { actionIds: [source.id] });
    const shared = await createIndicator(admin, { actionIds: [source.id, target.id] });

    expect((await cast.pilot.session.request('POST', `/api/actions/${source.id}/merge`, { targetActionId: target.id, mode: 'merge' })).statusCode).toBe(403);
    const response = await cast.manager.session.request('POST', `/api/actions/${source.id}/merge`, { targetActionId: target.id, mode: 'merge' });
    expect(response.statusCode).toBe(200);
    expect(response.json().data).toMatchObject({ id: target.id, subActionIds: [sub.id] });

    const closed = await get(source.id);
    expect(closed).toMatchObject({ mergedIntoId: target.id, status: { id: statuses['Suspendu'], category: 'stopped' }, subActionIds: [] });
    const logs = await db.select().from(logEntries).where(and(eq(logEntries.organizationId, organizationId), eq(logEntries.actionId, target.id)));
    expect(logs).toHaveLength(3);
    const lines = await db.select().from(budgetLines).where(eq(budgetLines.actionId, target.id));
    expect(lines.map((l) => [l.year, l.plannedCents, l.spentCents]).sort()).toEqual([
      [2026, 3000, 200],
      [2027, 500, 100],
    ]);
    expect(await db.select().from(budgetLines).where(eq(budgetLines.actionId, source.id))).toEqual([]);
    expect(await db.select().from(milestones).where(eq(milestones.actionId, target.id))).toHaveLength(3);
    // The indicators the old fiche followed are now on the target (a shared one once).
    const onTarget = (await admin.request('GET', `/api/indicators?actionId=${target.id}`)).json().data.map((i: { id: string }) => i.id);
    expect(onTarget.sort()).toEqual([followed.id, shared.id].sort());
    expect((await admin.request('GET', `/api/indicators?actionId=${source.id}`)).json().data).toEqual([]);

    const sourceHistory = await readHistory(admin, 'action', source.id);
    expect(sourceHistory.at(-1)).toMatchObject({ action: 'merge', changes: { mergedIntoId: { before: null, after: target.id } } });
    const targetHistory = await readHistory(admin, 'action', target.id);
    expect(targetHistory.at(-1)).toMatchObject({ action: 'merge', changes: { mergedActionId: { after: source.id }, logEntryCount: { after: 2 } } });

    // The moved log is searchable on the target.
    const found = await admin.request('GET', `/api/plans/${plan.planId}/actions?q=${encodeURIComponent('point 2027')}`);
    expect(found.json().data.map((a: { id: string }) => a.id)).toEqual([target.id]);
    const again = await admin.request('POST', `/api/actions/${source.id}/merge`, { targetActionId: target.id, mode: 'merge' });
    expect(again.statusCode).toBe(400);
  });

  it('attaches an action under another of the same plan, one level only', async () => {
    const plan = await newPlan();
    const parent = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Parent' });
    const child = await createAction(admin, { nodeId: plan.nodeIds['2']!, title: 'Enfant' });
    const other = await createAction(admin, { nodeId: plan.nodeIds['2']!, title: 'Autre' });
    expect((await cast.pilot.session.request('POST', `/api/actions/${child.id}/merge`, { targetActionId: parent.id, mode: 'attach' })).statusCode).toBe(403);
    const attached = await cast.manager.session.request('POST', `/api/actions/${child.id}/merge`, { targetActionId: parent.id, mode: 'attach' });
    expect(attached.statusCode).toBe(200);
    expect(attached.json().data.subActionIds).toEqual([child.id]);
    expect(await get(child.id)).toMatchObject({ parentActionId: parent.id, nodeId: plan.nodeIds['1'], code: '1.1.1' });
    // Two levels are refused both ways.
    const underChild = await admin.request('POST', `/api/actions/${other.id}/merge`, { targetActionId: child.id, mode: 'attach' });
    expect(issuePaths(underChild.json())).toEqual(['targetActionId']);
    const parentUnder = await admin.request('POST', `/api/actions/${parent.id}/merge`, { targetActionId: other.id, mode: 'attach' });
    expect(parentUnder.statusCode).toBe(400);
    const elsewhere = await createAction(admin, { nodeId: (await newPlan()).nodeIds['1']!, title: 'Autre plan' });
    expect(issuePaths((await admin.request('POST', `/api/actions/${other.id}/merge`, { targetActionId: elsewhere.id, mode: 'attach' })).json())).toEqual(['targetActionId']);
    expect((await admin.request('POST', `/api/actions/${other.id}/merge`, { targetActionId: other.id, mode: 'attach' })).statusCode).toBe(400);
    expect((await readHistory(admin, 'action', child.id)).at(-1)).toMatchObject({ action: 'attach', changes: { parentActionId: { before: null, after: parent.id } } });
  });

  it('refuses merge and attach to a pilot who reads both fiches (403)', async () => {
    const plan = await newPlan();
    const a = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'A', pilotId: cast.pilot.id });
    const b = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'B', pilotId: cast.pilot.id });
    expect((await cast.pilot.session.request('POST', `/api/actions/${a.id}/merge`, { targetActionId: b.id, mode: 'attach' })).statusCode).toBe(403);
  });
});

describe('progress modes', () => {
  it('computes a parent’s progress from its sub-actions (weighted, done = 100, stopped left out)', async () => {
    const plan = await newPlan();
    const parent = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Parent', progressMode: 'subactions', progress: 77 });
    expect((await get(parent.id)).progress).toBe(0);
    const a = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'A', parentActionId: parent.id, progress: 20 });
    const b = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'B', parentActionId: parent.id, progress: 50, weight: 3 });
    expect((await get(parent.id)).progress).toBe(43); // (20 + 150) / 4 = 42.5
    await admin.request('PATCH', `/api/actions/${a.id}`, { version: 1, statusId: statuses['Terminé'] });
    expect((await get(parent.id)).progress).toBe(63); // (100 + 150) / 4 = 62.5
    await admin.request('PATCH', `/api/actions/${b.id}`, { version: 1, statusId: statuses['Abandonné'] });
    expect((await get(parent.id)).progress).toBe(100);
    // Back to manual: the value stays until someone enters another.
    const manual = await admin.request('PATCH', `/api/actions/${parent.id}`, { version: 1, progressMode: 'manual' });
    expect(manual.json().data.progress).toBe(100);
    await admin.request('DELETE', `/api/actions/${a.id}`);
  });

  it('computes progress from milestones when the mode says so', async () => {
    const plan = await newPlan();
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Jalons', progress: 10 });
    for (const doneOn of ['2026-01-01', null, null]) {
      await db.insert(milestones).values({ id: newId(), organizationId, actionId: action.id, title: 'J', dueOn: '2026-12-01', doneOn, createdAt: now(), updatedAt: now() });
    }
    const switched = await admin.request('PATCH', `/api/actions/${action.id}`, { version: 1, progressMode: 'milestones' });
    expect(switched.json().data).toMatchObject({ progress: 33, progressMode: 'milestones' });
  });

  it('recomputes the old parent when a sub-action moves away', async () => {
    const plan = await newPlan();
    const parent = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Parent', progressMode: 'subactions' });
    const sub = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Sous', parentActionId: parent.id, progress: 60 });
    expect((await get(parent.id)).progress).toBe(60);
    const freed = await admin.request('PATCH', `/api/actions/${sub.id}`, { version: 1, parentActionId: null });
    expect(freed.json().data).toMatchObject({ parentActionId: null, code: '1.2' });
    expect((await get(parent.id)).progress).toBe(0);
  });
});

describe('history of a fiche', () => {
  it('records creation and field-level changes, readable at both paths, never the search text', async () => {
    const plan = await newPlan();
    const action = await createAction(admin, { nodeId: plan.nodeIds['1']!, title: 'Vélo', pilotId: cast.pilot.id });
    await cast.pilot.session.request('PATCH', `/api/actions/${action.id}`, { version: 1, weather: 'stormy', title: 'Plan vélo' });
    await admin.request('PATCH', `/api/actions/${action.id}`, { version: 2, copilotIds: [cast.copilot.id] });
    const viaFiche = await cast.reader.session.request('GET', `/api/actions/${action.id}/history`);
    expect(viaFiche.statusCode).toBe(200);
    const history = viaFiche.json().data;
    expect(history).toEqual(await readHistory(cast.reader.session, 'action', action.id));
    expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'update']);
    expect(history[0].changes).toMatchObject({ title: { before: null, after: 'Vélo' }, pilotId: { before: null, after: cast.pilot.id } });
    expect(history[1]).toMatchObject({ actor: { id: cast.pilot.id }, changes: { weather: { before: null, after: 'stormy' }, title: { before: 'Vélo', after: 'Plan vélo' } } });
    expect(Object.keys(history[1].changes).sort()).toEqual(['title', 'weather']);
    expect(history[2].changes).toEqual({ copilotIds: { before: [], after: [cast.copilot.id] } });
    expect(JSON.stringify(history)).not.toMatch(/searchText/);
  });
});
