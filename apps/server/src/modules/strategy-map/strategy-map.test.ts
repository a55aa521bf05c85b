import { isLate, rollupTree, type RollupAction, type StatusCategory, type StrategyMap, type Weather } from '@pilotis/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { createIndicator, listIndicators, putMeasures, putTargets } from '../../../test/indicator-factories.js';
import { createNode, createPlan, insertAction, type ActionSeed } from '../../../test/plan-factories.js';
import { createTestApp, type Session } from '../../../test/test-app.js';
import { actions } from '../actions/action.table.js';
import { defaultDepth } from './strategy-map.depth.js';

const testApp = await createTestApp();
// The test clock reads 2026-03-02 in France.
const PAST = '2026-03-01';
const FUTURE = '2026-12-31';

type Seed = Omit<ActionSeed, 'organizationId' | 'planId' | 'nodeId'> & { node: string; weather?: Weather; flagship?: boolean; leadUnit?: boolean };

async function readMap(session: Session, planId: string, query = '') {
  const response = await session.request('GET', `/api/plans/${planId}/strategy-map${query}`);
  if (response.statusCode !== 200) throw new Error(`strategy map: ${response.statusCode} ${response.body}`);
  return response.json().data as StrategyMap;
}

/**
 * A three-level plan (axes A, B; objectives A1, A2, B1; measure A11) with fiches on every level, one
 * `unit` fiche of the « Voirie » unit, sub-actions and a merged fiche that no roll-up counts.
 */
async function craftedPlan() {
  const { admin, organization } = await createOrganizationWithAdmin(testApp);
  const unit = await createUnit(admin, 'Voirie');
  const plan = await createPlan(admin, { state: 'active', levelNames: ['Axe', 'Objectif', 'Mesure'], startsOn: '2026-01-01', endsOn: '2026-12-31' });
  const n: Record<string, string> = {};
  n.a = (await createNode(admin, plan.id, 'Axe A')).id;
  n.b = (await createNode(admin, plan.id, 'Axe B')).id;
  n.a1 = (await createNode(admin, plan.id, 'A1', n.a)).id;
  n.a2 = (await createNode(admin, plan.id, 'A2', n.a)).id;
  n.a11 = (await createNode(admin, plan.id, 'A11', n.a1)).id;
  n.b1 = (await createNode(admin, plan.id, 'B1', n.b)).id;
  const seeds: Seed[] = [
    { node: 'a', category: 'in_progress', progress: 40, weight: 2, endsOn: FUTURE, weather: 'sunny', flagship: true },
    { node: 'a1', category: 'in_progress', progress: 15, endsOn: PAST, weather: 'stormy' },
    { node: 'a1', category: 'done', progress: 60 },
    { node: 'a11', category: 'not_started', weight: 0.5, milestones: [{ dueOn: PAST, doneOn: null }], weather: 'cloudy' },
    { node: 'a11', category: 'stopped', progress: 90, flagship: true },
    { node: 'a2', category: 'in_progress', progress: 80, weight: 3, visibility: 'unit', leadUnit: true, weather: 'stormy', flagship: true },
    { node: 'b1', category: 'in_progress', progress: 50, endsOn: PAST },
  ];
  const counted: (RollupAction & { seed: Seed; id: string })[] = [];
  for (const seed of seeds) {
    const { node, weather, flagship, leadUnit, ...rest } = seed;
    const inserted = await insertAction(testApp.ctx, { ...rest, organizationId: organization.id, planId: plan.id, nodeId: n[node]! });
    await testApp.ctx.db
      .update(actions)
      .set({ weather: weather ?? null, flagship: flagship ?? false, leadOrgUnitId: leadUnit ? unit.id : null })
      .where(eq(actions.id, inserted.id));
    const category = seed.category as StatusCategory;
    const late = isLate({ category, endsOn: seed.endsOn ?? null }, seed.milestones ?? [], '2026-03-02');
    counted.push({ nodeId: n[node]!, weight: seed.weight ?? 1, progress: seed.progress ?? 0, category, late, seed, id: inserted.id });
    if (node === 'a') {
      await insertAction(testApp.ctx, { organizationId: organization.id, planId: plan.id, nodeId: n.a!, parentActionId: inserted.id, endsOn: PAST });
      await insertAction(testApp.ctx, { organizationId: organization.id, planId: plan.id, nodeId: n.a!, mergedIntoId: inserted.id, endsOn: PAST });
    }
  }
  const parents = [
    { id: n.a!, parentId: null },
    { id: n.b!, parentId: null },
    { id: n.a1!, parentId: n.a! },
    { id: n.a2!, parentId: n.a! },
    { id: n.a11!, parentId: n.a1! },
    { id: n.b1!, parentId: n.b! },
  ];
  return { admin, organization, unit, plan, n, counted, parents };
}

const rollupOf = (node: StrategyMap['nodes'][number]) => ({
  progress: node.progress,
  actionCount: node.actionCount,
  lateCount: node.lateCount,
  byCategory: node.byCategory,
});
const weatherOf = (list: { seed: Seed }[]) => ({
  sunny: list.filter((a) => a.seed.weather === 'sunny').length,
  cloudy: list.filter((a) => a.seed.weather === 'cloudy').length,
  stormy: list.filter((a) => a.seed.weather === 'stormy').length,
  none: list.filter((a) => !a.seed.weather).length,
});

describe('strategy map: GET /api/plans/:id/strategy-map', () => {
  it('gives a manager every node with the shared roll-up, météo and flagship counts, and every fiche with its code', async () => {
    const { admin, plan, n, counted, parents } = await craftedPlan();
    const map = await readMap(admin, plan.id);

    expect(map.plan).toMatchObject({ id: plan.id, levelNames: ['Axe', 'Objectif', 'Mesure'], elapsedPercent: 16.5 });
    expect(map.depth).toBe(3);
    expect(map.actionsTruncated).toBe(false);
    expect(map.nodes.map((node) => [node.code, node.title, node.levelName, node.collapsed])).toEqual([
      ['1', 'Axe A', 'Axe', false],
      ['1.1', 'A1', 'Objectif', false],
      ['1.1.1', 'A11', 'Mesure', false],
      ['1.2', 'A2', 'Objectif', false],
      ['2', 'Axe B', 'Axe', false],
      ['2.1', 'B1', 'Objectif', false],
    ]);
    const expected = rollupTree(parents, counted);
    for (const node of map.nodes) expect(rollupOf(node), node.title).toEqual(rollupOf({ ...node, ...expected.get(node.id)! }));
    const axisA = map.nodes.find((node) => node.id === n.a)!;
    const underA = counted.filter((a) => [n.a, n.a1, n.a11, n.a2].includes(a.nodeId));
    expect(axisA.byWeather).toEqual(weatherOf(underA));
    expect(axisA.flagshipCount).toBe(3);
    expect(axisA.actionCount).toBe(6);

    // Fiches in reading order, coded by their node and rank; no sub-action, no merged fiche.
    expect(map.actions.map((a) => [a.code, a.status.category, a.late, a.weather])).toEqual([
      ['1.1', 'in_progress', false, 'sunny'],
      ['1.1.1', 'in_progress', true, 'stormy'],
      ['1.1.2', 'done', false, null],
      ['1.1.1.1', 'not_started', true, 'cloudy'],
      ['1.1.1.2', 'stopped', false, null],
      ['1.2.1', 'in_progress', false, 'stormy'],
      ['2.1.1', 'in_progress', true, null],
    ]);
    expect(map.indicators).toEqual([]);
  });

  it('counts and lists for other readers only the fiches they may read, as action.read says', async () => {
    const { admin, plan, n, counted, parents, unit } = await craftedPlan();
    const { session: outsider } = await createMember(testApp, admin);
    const { session: insider } = await createMember(testApp, admin, { orgUnitIds: [unit.id] });

    const outside = await readMap(outsider, plan.id);
    const readable = counted.filter((a) => a.seed.visibility !== 'unit');
    const expected = rollupTree(parents, readable);
    for (const node of outside.nodes) expect(rollupOf(node), node.title).toEqual(rollupOf({ ...node, ...expected.get(node.id)! }));
    expect(outside.nodes.find((node) => node.id === n.a2)!.actionCount).toBe(0);
    expect(outside.nodes.find((node) => node.id === n.a)!.flagshipCount).toBe(2);
    expect(outside.nodes.find((node) => node.id === n.a)!.byWeather.stormy).toBe(1);
    expect(outside.actions.map((a) => a.id)).not.toContain(counted.find((a) => a.seed.visibility === 'unit')!.id);
    expect(outside.actions).toHaveLength(6);

    const inside = await readMap(insider, plan.id);
    expect(inside.nodes.find((node) => node.id === n.a2)!.actionCount).toBe(1);
    expect(inside.actions).toHaveLength(7);
  });

  it('folds the levels below the depth asked: their fiches are summarised by the roll-ups, not listed', async () => {
    const { admin, plan, n } = await craftedPlan();
    const map = await readMap(admin, plan.id, '?depth=1');
    expect(map.depth).toBe(1);
    expect(map.nodes.filter((node) => !node.collapsed).map((node) => node.id)).toEqual([n.a, n.b]);
    expect(map.nodes.find((node) => node.id === n.a)!.actionCount).toBe(6);
    expect(map.actions.map((a) => a.code)).toEqual(['1.1']);

    const two = await readMap(admin, plan.id, '?depth=2');
    expect(two.nodes.filter((node) => node.collapsed).map((node) => node.id)).toEqual([n.a11]);
    expect(two.actions.map((a) => a.code)).toEqual(['1.1', '1.1.1', '1.1.2', '1.2.1', '2.1.1']);

    // Deeper than the plan: all of it, and the answer says how deep it really is.
    expect((await readMap(admin, plan.id, '?depth=9')).depth).toBe(3);
  });

  it('sends roll-ups only when the fiches to list exceed the limit', async () => {
    const { admin, plan, n } = await craftedPlan();
    const map = await readMap(admin, plan.id, '?actionLimit=6');
    expect(map).toMatchObject({ actionLimit: 6, actionsTruncated: true, actions: [] });
    expect(map.nodes.find((node) => node.id === n.a)!.actionCount).toBe(6);
    expect((await readMap(admin, plan.id, '?actionLimit=7')).actions).toHaveLength(7);
  });

  it('applies the dashboard filters to figures and fiches', async () => {
    const { admin, organization, plan, n, unit } = await craftedPlan();
    const flagships = await readMap(admin, plan.id, '?flagship=true');
    expect(flagships.nodes.find((node) => node.id === n.a)!.actionCount).toBe(3);
    expect(flagships.nodes.find((node) => node.id === n.b)!.actionCount).toBe(0);
    expect(flagships.actions.every((a) => a.flagship)).toBe(true);

    const service = await createUnit(admin, 'Service chaussées', unit.id);
    const child = await createNode(admin, plan.id, 'B2', n.b);
    const inService = await insertAction(testApp.ctx, { organizationId: organization.id, planId: plan.id, nodeId: child.id });
    await testApp.ctx.db.update(actions).set({ leadOrgUnitId: service.id }).where(eq(actions.id, inService.id));
    // A unit covers the units below it.
    const ofUnit = await readMap(admin, plan.id, `?orgUnitId=${unit.id}`);
    expect(ofUnit.actions.map((a) => a.code).sort()).toEqual(['1.2.1', '2.2.1']);
  });

  it('places the indicators that follow the plan on their nodes, with the status of their latest point', async () => {
    const { admin, plan, n, counted, unit } = await craftedPlan();
    const followed = await createIndicator(admin, { name: 'Kilomètres de pistes', nodeIds: [n.a1], actionIds: [counted[6]!.id] });
    await putTargets(admin, followed.id, [{ period: '2025', value: 100 }]);
    await putMeasures(admin, followed.id, [{ period: '2025', value: 40 }]);
    const viaUnitFiche = await createIndicator(admin, { name: 'Suivi voirie', actionIds: [counted[5]!.id] });
    await createIndicator(admin, { name: 'Indicateur d’une unité', visibility: 'unit', ownerOrgUnitId: unit.id, nodeIds: [n.b] });
    await createIndicator(admin, { name: 'Sans lien avec le plan' });

    const map = await readMap(admin, plan.id, '?indicators=true');
    const [listed] = await listIndicators(admin, `?q=${encodeURIComponent('pistes')}`);
    expect(map.indicators.map((i) => i.name).sort()).toEqual(['Indicateur d’une unité', 'Kilomètres de pistes', 'Suivi voirie']);
    const onMap = map.indicators.find((i) => i.id === followed.id)!;
    expect(onMap.nodeIds.sort()).toEqual([n.a1, n.b1].sort());
    expect(onMap.status).toBe(listed!.latest!.status);
    expect(map.indicators.find((i) => i.id === viaUnitFiche.id)!.nodeIds).toEqual([n.a2]);

    // Neither the `unit` indicator nor the one placed only by an unreadable fiche shows to others.
    const { session: outsider } = await createMember(testApp, admin);
    const theirs = await readMap(outsider, plan.id, '?indicators=true');
    expect(theirs.indicators.map((i) => i.name)).toEqual(['Kilomètres de pistes']);
    expect((await readMap(outsider, plan.id)).indicators).toEqual([]);
  });

  it('answers 404 for an unknown plan, another collectivité’s plan, or a draft plan its reader is not a member of', async () => {
    const { admin, plan } = await craftedPlan();
    const other = await createOrganizationWithAdmin(testApp);
    expect((await other.admin.request('GET', `/api/plans/${plan.id}/strategy-map`)).statusCode).toBe(404);
    expect((await admin.request('GET', '/api/plans/00000000-0000-4000-8000-000000000000/strategy-map')).statusCode).toBe(404);
    const draft = await createPlan(admin, { name: 'Brouillon' });
    const { session: member } = await createMember(testApp, admin);
    expect((await member.request('GET', `/api/plans/${draft.id}/strategy-map`)).statusCode).toBe(404);
    expect((await admin.request('GET', `/api/plans/${plan.id}/strategy-map?depth=0`)).statusCode).toBe(400);
  });
});

describe('strategy map: default depth', () => {
  it('shows every level of a small plan and folds a large one under its budget', () => {
    expect(defaultDepth([])).toBe(1);
    expect(defaultDepth([{ nodes: 3, actions: 0 }, { nodes: 12, actions: 0 }, { nodes: 30, actions: 187 }])).toBe(3);
    // The région plan: 5, 15, 45, 135 then 405 leaves holding 1,500 fiches.
    const region = [5, 15, 45, 135].map((nodes) => ({ nodes, actions: 0 })).concat({ nodes: 405, actions: 1500 });
    expect(defaultDepth(region)).toBe(4);
    // Even the axes alone over the budget: the axes still show.
    expect(defaultDepth([{ nodes: 5, actions: 6000 }])).toBe(1);
  });
});
