import type { MeDashboard } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { createPlanRow } from '../../../test/action-factories.js';
import { createDashboardCast, insertDashboardAction } from '../../../test/dashboard-factories.js';
import { createIndicator, putMeasures } from '../../../test/indicator-factories.js';
import { createTestApp } from '../../../test/test-app.js';

// The clock says 2 March 2026: with 30 days, a fiche last updated before 31 January needs an update.
const testApp = await createTestApp();
const cast = await createDashboardCast(testApp);
const { admin, plan, pilot } = cast;
const orgId = cast.organization.id;
const act = (seed: Parameters<typeof insertDashboardAction>[2]) => insertDashboardAction(testApp.ctx, orgId, seed);
const on = { planId: plan.planId, nodeId: plan.nodeIds['1.1']! };

const fresh = await act({ ...on, title: 'Mise à jour récente', pilotId: pilot.id, logOn: ['2026-01-10', '2026-02-20'], milestones: [{ dueOn: '2026-03-15' }] });
const stale = await act({ ...on, title: 'Journal ancien', pilotId: pilot.id, logOn: ['2026-01-01'], endsOn: '2026-06-30' });
const never = await act({ ...on, title: 'Jamais mise à jour', pilotId: pilot.id });
const moved = await act({ ...on, title: 'Avancement modifié', pilotId: cast.manager.id, copilotIds: [pilot.id] });
await act({ ...on, title: 'Terminée', pilotId: pilot.id, category: 'done' });
const sub = await act({ ...on, title: 'Sous-action', pilotId: pilot.id, parentActionId: stale.id, logOn: ['2026-02-25'] });
await act({ ...on, title: 'Fusionnée', pilotId: pilot.id, mergedIntoId: never.id });
await act({ ...on, title: 'Pilotée par un autre', pilotId: cast.manager.id });
const archived = await createPlanRow(testApp.ctx, { organizationId: orgId, state: 'archived' });
await act({ planId: archived.planId, nodeId: archived.nodeIds['1']!, title: 'Plan archivé', pilotId: pilot.id });
// A progress change through the fiche (the co-pilot edits it): recorded in its history today.
const patch = await pilot.session.request('PATCH', `/api/actions/${moved.id}`, { progress: 30, version: 1 });
if (patch.statusCode !== 200) throw new Error(`patch: ${patch.statusCode} ${patch.body}`);

const me = async (query = '') => {
  const response = await pilot.session.request('GET', `/api/me/dashboard${query}`);
  if (response.statusCode !== 200) throw new Error(`me: ${response.statusCode} ${response.body}`);
  return response.json().data as MeDashboard;
};

describe('personal dashboard', () => {
  it('lists my fiches (pilot or co-pilot, sub-actions too) of running plans, those needing an update first', async () => {
    const data = await me();
    expect(data.staleDays).toBe(30);
    expect(data.myActions.total).toBe(6);
    expect(data.myActions.items.map((a) => [a.title, a.lastUpdateAt, a.needsUpdate])).toEqual([
      ['Jamais mise à jour', null, true],
      ['Journal ancien', '2026-01-01', true],
      ['Terminée', null, false],
      ['Mise à jour récente', '2026-02-20', false],
      ['Sous-action', '2026-02-25', false],
      ['Avancement modifié', '2026-03-02', false],
    ]);
    expect(data.needsUpdateCount).toBe(2);
    expect(data.myActions.items.find((a) => a.id === sub.id)!.code).toBe('1.1.2.1');
    expect(data.myActions.items.find((a) => a.id === fresh.id)).toMatchObject({ code: '1.1.1', pilot: { id: pilot.id, name: 'Paul Pilote' } });
  });

  it('staleDays is configurable (1–365)', async () => {
    const lenient = await me('?staleDays=90');
    expect(lenient.needsUpdateCount).toBe(1);
    expect(lenient.myActions.items.find((a) => a.title === 'Journal ancien')!.needsUpdate).toBe(false);
    const strict = await me('?staleDays=5');
    expect(strict.myActions.items.filter((a) => a.needsUpdate).map((a) => a.title)).toEqual(['Jamais mise à jour', 'Journal ancien', 'Mise à jour récente']);
    expect((await pilot.session.request('GET', '/api/me/dashboard?staleDays=0')).statusCode).toBe(400);
    expect((await pilot.session.request('GET', '/api/me/dashboard?staleDays=366')).statusCode).toBe(400);
  });

  it('milestones of my fiches due within 30 days, filters', async () => {
    const data = await me();
    expect(data.upcomingMilestones.items.map((m) => [m.dueOn, m.action.title, m.action.code])).toEqual([['2026-03-15', 'Mise à jour récente', '1.1.1']]);
    const ending = await me(`?statusId=${never.statusId}`);
    expect(ending.myActions.total).toBe(5);
  });

  it('indicators I must fill: mine (pilot or my units’ path), entered, without a measure for the last completed period', async () => {
    const mine = await createIndicator(admin, { name: 'À saisir', pilotIds: [pilot.id] });
    const filled = await createIndicator(admin, { name: 'Déjà saisi', pilotIds: [pilot.id] });
    await putMeasures(admin, filled.id, [{ period: '2025', value: 3 }]);
    const byUnit = await createIndicator(admin, { name: 'Du service', ownerOrgUnitId: cast.service.id, periodicity: 'quarterly' });
    await createIndicator(admin, { name: 'Pas à moi', ownerOrgUnitId: cast.otherDirection.id });
    const calculated = await createIndicator(admin, { name: 'Calculé', pilotIds: [pilot.id], formula: `[${mine.code}] * 2` });
    expect(calculated.calculated).toBe(true);

    const data = await me();
    expect(data.indicatorsToFill.map((i) => [i.id, i.duePeriod])).toEqual([[mine.id, '2025']]);
    const forService = await cast.serviceMember.session.request('GET', '/api/me/dashboard');
    expect(forService.json().data.indicatorsToFill.map((i: { id: string; duePeriod: string }) => [i.id, i.duePeriod])).toEqual([[byUnit.id, '2025-Q4']]);
    // An admin reads everything but fills only what is theirs.
    expect((await admin.request('GET', '/api/me/dashboard')).json().data.indicatorsToFill).toEqual([]);
  });
});
