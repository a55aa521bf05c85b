import type { QualityReport } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { createPlanRow } from '../../../test/action-factories.js';
import { createDashboardCast, insertDashboardAction } from '../../../test/dashboard-factories.js';
import { createIndicator, putMeasures, putTargets } from '../../../test/indicator-factories.js';
import { createTestApp, type Session } from '../../../test/test-app.js';

// The clock says 2 March 2026: the last completed year is 2025; 30 days back is 31 January.
const testApp = await createTestApp();
const cast = await createDashboardCast(testApp);
const { admin, plan, pilot } = cast;
const orgId = cast.organization.id;
const act = (seed: Parameters<typeof insertDashboardAction>[2]) => insertDashboardAction(testApp.ctx, orgId, seed);
const on = { planId: plan.planId, nodeId: plan.nodeIds['1.1']! };

// Checked: fiches still to do. Q1 fails the three action checks, Q2 none, Q3 two (no end date, stale).
await act({ ...on, title: 'Q1 sans rien', leadOrgUnitId: cast.service.id });
await act({ ...on, title: 'Q2 complète', pilotId: pilot.id, endsOn: '2026-12-31', logOn: ['2026-02-20'], leadOrgUnitId: cast.service.id });
await act({ ...on, title: 'Q3 sans échéance', pilotId: pilot.id, logOn: ['2025-12-01'], category: 'not_started' });
await act({ ...on, title: 'Terminée sans pilote', category: 'done' });
await act({ ...on, title: 'Abandonnée', category: 'stopped' });
const withTarget = await createIndicator(admin, { name: 'Complet', nodeIds: [plan.nodeIds['1']!] });
await putTargets(admin, withTarget.id, [{ period: '2026', value: 10 }]);
await putMeasures(admin, withTarget.id, [{ period: '2025', value: 8 }]);
const bare = await createIndicator(admin, { name: 'Incomplet', nodeIds: [plan.nodeIds['2']!] });
const other = await createPlanRow(testApp.ctx, { organizationId: orgId });
await createIndicator(admin, { name: 'Autre plan', nodeIds: [other.nodeIds['1']!] });

const quality = async (session: Session, query = '') => {
  const response = await session.request('GET', `/api/plans/${plan.planId}/quality${query}`);
  if (response.statusCode !== 200) throw new Error(`quality: ${response.statusCode} ${response.body}`);
  return response.json().data as QualityReport;
};
const checkOf = (report: QualityReport, key: string) => report.checks.find((c) => c.key === key)!;

describe('data quality panel', () => {
  it('counts each check over the fiches still to do and the plan’s indicators, lists the failing items, scores the plan and each unit', async () => {
    const report = await quality(cast.manager.session);
    expect(report.staleDays).toBe(30);
    expect(report.plan.id).toBe(plan.planId);
    expect(report.checks.map((c) => [c.key, c.failing, c.checked])).toEqual([
      ['actionWithoutPilot', 1, 3],
      ['actionWithoutEndDate', 2, 3],
      ['actionStale', 2, 3],
      ['indicatorWithoutTarget', 1, 2],
      ['indicatorWithoutLastMeasure', 1, 2],
    ]);
    expect(checkOf(report, 'actionWithoutEndDate').items).toEqual([
      { kind: 'action', id: expect.any(String), code: '1.1.1', title: 'Q1 sans rien' },
      { kind: 'action', id: expect.any(String), code: '1.1.3', title: 'Q3 sans échéance' },
    ]);
    expect(checkOf(report, 'indicatorWithoutTarget').items).toEqual([{ kind: 'indicator', id: bare.id, code: bare.code, title: 'Incomplet' }]);
    // 13 checks, 7 failing.
    expect(report.score).toBe(46.2);
    expect(report.byOrgUnit).toEqual([
      { orgUnitId: cast.service.id, name: 'Service mobilités', actionCount: 2, score: 50 },
      { orgUnitId: null, name: 'Sans direction', actionCount: 1, score: 33.3 },
    ]);
  });

  it('staleDays and filters change what is checked', async () => {
    expect(checkOf(await quality(admin, '?staleDays=120'), 'actionStale').failing).toBe(1);
    const mine = await quality(admin, `?pilotId=${pilot.id}`);
    expect(checkOf(mine, 'actionWithoutPilot')).toMatchObject({ failing: 0, checked: 2 });
    expect((await admin.request('GET', `/api/plans/${plan.planId}/quality?staleDays=0`)).statusCode).toBe(400);
  });

  it('is for the plan’s managers and admins: others 403, a plan one may not read 404', async () => {
    expect((await cast.elu.session.request('GET', `/api/plans/${plan.planId}/quality`)).statusCode).toBe(403);
    expect((await pilot.session.request('GET', `/api/plans/${plan.planId}/quality`)).statusCode).toBe(403);
    const draft = await createPlanRow(testApp.ctx, { organizationId: orgId, state: 'draft' });
    expect((await cast.elu.session.request('GET', `/api/plans/${draft.planId}/quality`)).statusCode).toBe(404);
    expect((await admin.request('GET', `/api/plans/${draft.planId}/quality`)).statusCode).toBe(200);
  });
});
