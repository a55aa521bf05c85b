import type { PlanDashboard } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { createPlanRow } from '../../../test/action-factories.js';
import { createDashboardCast, insertDashboardAction } from '../../../test/dashboard-factories.js';
import { createIndicator, putMeasures } from '../../../test/indicator-factories.js';
import { createTestApp, type Session } from '../../../test/test-app.js';

// The clock says 2 March 2026 (Paris): 60 days of the plan's 364 have passed.
const testApp = await createTestApp();
const cast = await createDashboardCast(testApp);
const { admin, plan } = cast;
const orgId = cast.organization.id;
const node = plan.nodeIds as Record<'1' | '1.1' | '1.2' | '2', string>;
const act = (seed: Parameters<typeof insertDashboardAction>[2]) => insertDashboardAction(testApp.ctx, orgId, seed);

// Axe 1: A1 (weight 2, 50 %), A2 done (counts 100; its late sub-action does not count), A3 stopped
// (left out of the mean), A4 late and visible to its unit only, A7 on the axis itself.
// Axe 2: A5 late through a milestone, A6 merged into A5 (does not count).
const a1 = await act({ planId: plan.planId, nodeId: node['1.1'], title: 'Pistes cyclables', progress: 50, weight: 2, weather: 'sunny', flagship: true, endsOn: '2026-12-31', budget: { planned: 100_000, committed: 50_000, spent: 20_000 }, orgUnitIds: [cast.direction.id], position: 0 });
const a2 = await act({ planId: plan.planId, nodeId: node['1.1'], title: 'Parkings vélos', category: 'done', progress: 40, weather: 'cloudy', endsOn: '2026-01-15', budget: { planned: 30_000, committed: 30_000, spent: 30_000 }, position: 1 });
await act({ planId: plan.planId, nodeId: node['1.1'], title: 'Sous-action en retard', category: 'not_started', endsOn: '2026-01-01', parentActionId: a2.id, budget: { planned: 999_999, committed: 0, spent: 0 } });
await act({ planId: plan.planId, nodeId: node['1.2'], title: 'Ligne suspendue', category: 'stopped', progress: 10, weight: 5, endsOn: '2026-01-01' });
const a4 = await act({ planId: plan.planId, nodeId: node['1.2'], title: 'Bus à haut niveau de service', progress: 20, weather: 'stormy', endsOn: '2026-02-01', leadOrgUnitId: cast.service.id, visibility: 'unit' });
const a5 = await act({
  planId: plan.planId,
  nodeId: node['2'],
  title: 'Rénovation des écoles',
  category: 'not_started',
  pilotId: cast.pilot.id,
  tags: ['vélo'],
  milestones: [{ dueOn: '2026-02-15' }, { dueOn: '2026-03-20' }, { dueOn: '2026-03-10', doneOn: '2026-03-01' }, { dueOn: '2026-04-15' }],
});
await act({ planId: plan.planId, nodeId: node['2'], title: 'Fusionnée', category: 'stopped', mergedIntoId: a5.id, budget: { planned: 777, committed: 0, spent: 0 } });
const a7 = await act({ planId: plan.planId, nodeId: node['1'], title: 'Schéma directeur', progress: 80 });

const dashboard = async (session: Session, query = '', planId = plan.planId) => {
  const response = await session.request('GET', `/api/plans/${planId}/dashboard${query}`);
  if (response.statusCode !== 200) throw new Error(`dashboard: ${response.statusCode} ${response.body}`);
  return response.json().data as PlanDashboard;
};
const titles = (list: { items: { title: string }[] }) => list.items.map((item) => item.title);

describe('plan dashboard: figures', () => {
  it('sums the plan and each axis as the roll-up rules say (weights, done = 100, stopped left out, sub-actions and merged fiches not counted)', async () => {
    const data = await dashboard(cast.manager.session);
    expect(data.plan).toMatchObject({ id: plan.planId, name: 'Plan de mandat', state: 'active', startsOn: '2026-01-01', endsOn: '2026-12-31', elapsedPercent: 16.5 });
    expect(data.focus).toEqual({ nodeId: null, path: [] });
    expect(data.summary).toEqual({
      progress: 50,
      actionCount: 6,
      lateCount: 2,
      byCategory: { not_started: 1, in_progress: 3, done: 1, stopped: 1 },
      budget: { plannedCents: 130_000, committedCents: 80_000, spentCents: 50_000 },
      byWeather: { sunny: 1, cloudy: 1, stormy: 1, none: 3 },
      flagshipCount: 1,
    });
    expect(data.breakdown.map((row) => [row.code, row.title, row.depth, row.levelName, row.childCount, row.progress, row.actionCount, row.lateCount])).toEqual([
      ['1', 'Axe mobilités', 0, 'Axe', 2, 60, 5, 1],
      ['2', 'Axe écoles', 0, 'Axe', 0, 0, 1, 1],
    ]);
    expect(data.breakdown[0]!.budget).toEqual({ plannedCents: 130_000, committedCents: 80_000, spentCents: 50_000 });
    expect(data.breakdown[0]!.byWeather).toEqual({ sunny: 1, cloudy: 1, stormy: 1, none: 2 });
  });

  it('the same figures as the plan tree for someone who reads every fiche', async () => {
    const tree = (await cast.manager.session.request('GET', `/api/plans/${plan.planId}/tree`)).json().data;
    const data = await dashboard(cast.manager.session);
    const { byWeather: _w, flagshipCount: _f, ...summary } = data.summary;
    expect(summary).toEqual(tree.plan.rollup);
    for (const axis of data.breakdown) {
      const treeNode = tree.nodes.find((n: { id: string }) => n.id === axis.nodeId);
      expect([axis.progress, axis.actionCount, axis.lateCount, axis.byCategory, axis.budget]).toEqual([treeNode.progress, treeNode.actionCount, treeNode.lateCount, treeNode.byCategory, treeNode.budget]);
    }
  });

  it('lists late fiches most overdue first, milestones of the next 30 days, flagships, with their codes', async () => {
    const data = await dashboard(cast.manager.session);
    expect(data.lateActions.total).toBe(2);
    expect(data.lateActions.items.map((a) => [a.code, a.title, a.late, a.endsOn])).toEqual([
      ['1.2.2', 'Bus à haut niveau de service', true, '2026-02-01'],
      ['2.1', 'Rénovation des écoles', true, null],
    ]);
    expect(data.lateActions.items[1]).toMatchObject({ id: a5.id, planId: plan.planId, nodeId: node['2'], pilot: { id: cast.pilot.id, name: 'Paul Pilote' }, status: { category: 'not_started' }, weather: null, progress: 0, flagship: false });
    expect(data.upcomingMilestones).toEqual({
      total: 1,
      items: [{ id: expect.any(String), title: 'Jalon Rénovation des écoles 2', dueOn: '2026-03-20', action: { id: a5.id, code: '2.1', title: 'Rénovation des écoles' } }],
    });
    expect(data.flagships).toEqual({ total: 1, items: [expect.objectContaining({ id: a1.id, code: '1.1.1', title: 'Pistes cyclables', flagship: true, late: false, weather: 'sunny' })] });
  });

  it('drills down into an axis: its objectives as the breakdown, the axis (with its own fiches) as the summary, the path to it', async () => {
    const data = await dashboard(cast.manager.session, `?nodeId=${node['1']}`);
    expect(data.focus).toEqual({ nodeId: node['1'], path: [{ id: node['1'], code: '1', title: 'Axe mobilités' }] });
    expect(data.summary).toMatchObject({ progress: 60, actionCount: 5, lateCount: 1 });
    expect(data.breakdown.map((row) => [row.code, row.levelName, row.progress, row.actionCount])).toEqual([
      ['1.1', 'Objectif', 66.7, 2],
      ['1.2', 'Objectif', 20, 2],
    ]);
    expect(titles(data.lateActions)).toEqual(['Bus à haut niveau de service']);
    expect(data.upcomingMilestones.total).toBe(0);
    const deeper = await dashboard(cast.manager.session, `?nodeId=${node['1.1']}`);
    expect(deeper.focus.path.map((p) => p.code)).toEqual(['1', '1.1']);
    expect(deeper.breakdown).toEqual([]);
    expect(deeper.summary).toMatchObject({ progress: 66.7, actionCount: 2, lateCount: 0 });
  });

  it('filters by pilot, tag, flagship, status and org unit (lead or associated)', async () => {
    const count = async (query: string) => (await dashboard(cast.manager.session, query)).summary.actionCount;
    expect(await count(`?pilotId=${cast.pilot.id}`)).toBe(1);
    expect(await count(`?tag=${encodeURIComponent('vélo')}`)).toBe(1);
    expect(await count('?flagship=true')).toBe(1);
    expect(await count('?flagship=false')).toBe(5);
    expect(await count(`?statusId=${a2.statusId}`)).toBe(1);
    expect(await count(`?orgUnitId=${cast.service.id}`)).toBe(1);
    expect(await count(`?orgUnitId=${cast.direction.id}`)).toBe(1);
    const byPilot = await dashboard(cast.manager.session, `?pilotId=${cast.pilot.id}`);
    expect(byPilot.breakdown.map((row) => row.actionCount)).toEqual([0, 1]);
    expect(byPilot.breakdown[0]!.progress).toBeNull();
    expect(titles(byPilot.lateActions)).toEqual(['Rénovation des écoles']);
    expect(byPilot.flagships.total).toBe(0);
  });
});

describe('plan dashboard: visibility', () => {
  it('an élu outside the unit: the unit-only fiche counts in no total and shows in no list', async () => {
    const data = await dashboard(cast.elu.session);
    expect(data.summary).toMatchObject({ progress: 56, actionCount: 5, lateCount: 1, byWeather: { sunny: 1, cloudy: 1, stormy: 0, none: 3 } });
    expect(data.breakdown.map((row) => [row.progress, row.actionCount, row.lateCount])).toEqual([
      [70, 4, 0],
      [0, 1, 1],
    ]);
    expect(titles(data.lateActions)).toEqual(['Rénovation des écoles']);
    const drill = await dashboard(cast.elu.session, `?nodeId=${node['1.2']}`);
    expect(drill.summary).toMatchObject({ actionCount: 1, lateCount: 0 });
    expect(titles(drill.lateActions)).toEqual([]);
  });

  it('the unit’s members and the plan’s managers see it', async () => {
    expect((await dashboard(cast.serviceMember.session)).summary.actionCount).toBe(6);
    expect((await dashboard(admin)).summary.actionCount).toBe(6);
  });

  it('answers 404 for a plan one may not read, a node of another plan, another collectivité', async () => {
    const draft = await createPlanRow(testApp.ctx, { organizationId: orgId, state: 'draft' });
    expect((await cast.elu.session.request('GET', `/api/plans/${draft.planId}/dashboard`)).statusCode).toBe(404);
    expect((await admin.request('GET', `/api/plans/${draft.planId}/dashboard`)).statusCode).toBe(200);
    expect((await admin.request('GET', `/api/plans/${plan.planId}/dashboard?nodeId=${draft.nodeIds['1']}`)).statusCode).toBe(404);
    expect((await admin.request('GET', `/api/plans/${plan.planId}/dashboard?pilotId=nope`)).statusCode).toBe(400);
  });
});

describe('plan dashboard: key indicators', () => {
  it('tiles of the indicators linked to the plan’s nodes or readable fiches: latest visible point and sparkline', async () => {
    const onNode = await createIndicator(admin, { name: 'Km de pistes', unit: 'km', nodeIds: [node['1.1']], ownerOrgUnitId: cast.direction.id, requiresValidation: true });
    await putMeasures(admin, onNode.id, [
      { period: '2022', value: 4, validate: true },
      { period: '2023', value: 6, validate: true },
      { period: '2024', value: 10, validate: true },
    ]);
    await putMeasures(admin, onNode.id, [{ period: '2025', value: 12 }]);
    const onHiddenAction = await createIndicator(admin, { name: 'Fréquentation du bus', actionIds: [a4.id] });
    const unitOnly = await createIndicator(admin, { name: 'Indicateur interne', nodeIds: [node['2']], ownerOrgUnitId: cast.service.id, visibility: 'unit' });
    const onAxisAction = await createIndicator(admin, { name: 'Lié au schéma', actionIds: [a7.id] });
    const other = await createPlanRow(testApp.ctx, { organizationId: orgId });
    await createIndicator(admin, { name: 'Autre plan', nodeIds: [other.nodeIds['1']] });

    const forAdmin = await dashboard(admin);
    expect(forAdmin.indicators.map((t) => t.id).sort()).toEqual([onNode.id, onHiddenAction.id, unitOnly.id, onAxisAction.id].sort());
    const adminTile = forAdmin.indicators.find((t) => t.id === onNode.id)!;
    expect(adminTile).toMatchObject({ code: onNode.code, name: 'Km de pistes', unit: 'km', latest: { period: '2025', value: 12, state: 'draft' } });
    expect(adminTile.sparkline).toEqual([
      { period: '2022', value: 4 },
      { period: '2023', value: 6 },
      { period: '2024', value: 10 },
      { period: '2025', value: 12 },
    ]);

    const forElu = await dashboard(cast.elu.session);
    expect(forElu.indicators.map((t) => t.id).sort()).toEqual([onNode.id, onAxisAction.id].sort());
    const eluTile = forElu.indicators.find((t) => t.id === onNode.id)!;
    expect(eluTile.latest).toMatchObject({ period: '2024', value: 10, state: 'validated' });
    expect(eluTile.sparkline.map((p) => p.period)).toEqual(['2022', '2023', '2024']);

    const focused = await dashboard(admin, `?nodeId=${node['2']}`);
    expect(focused.indicators.map((t) => t.id)).toEqual([unitOnly.id]);
  });
});
