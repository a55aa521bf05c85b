import type { LeadershipDashboard, OrgUnitDashboard } from '@pilotis/shared';
import { describe, expect, it } from 'vitest';
import { createPlanRow } from '../../../test/action-factories.js';
import { createDashboardCast, insertDashboardAction } from '../../../test/dashboard-factories.js';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { createIndicator, putMeasures } from '../../../test/indicator-factories.js';
import { createTestApp, type Session } from '../../../test/test-app.js';

// The clock says 2 March 2026.
const testApp = await createTestApp();
const cast = await createDashboardCast(testApp);
const { admin, plan } = cast;
const orgId = cast.organization.id;
const act = (seed: Parameters<typeof insertDashboardAction>[2]) => insertDashboardAction(testApp.ctx, orgId, seed);
const node = plan.nodeIds as Record<'1' | '1.1' | '1.2' | '2', string>;

await act({ planId: plan.planId, nodeId: node['1.1'], title: 'Pistes cyclables', progress: 50, flagship: true, orgUnitIds: [cast.direction.id], milestones: [{ dueOn: '2026-03-10' }] });
await act({ planId: plan.planId, nodeId: node['1.2'], title: 'Bus (interne)', progress: 10, flagship: true, endsOn: '2026-02-01', leadOrgUnitId: cast.service.id, visibility: 'unit' });
await act({ planId: plan.planId, nodeId: node['2'], title: 'Écoles', progress: 30, endsOn: '2026-01-31', leadOrgUnitId: cast.otherDirection.id });
const second = await createPlanRow(testApp.ctx, { organizationId: orgId, name: 'Feuille de route numérique', nodes: [['1', null, 'Axe numérique']] });
await act({ planId: second.planId, nodeId: second.nodeIds['1']!, title: 'Fibre', progress: 100, category: 'done', leadOrgUnitId: cast.service.id });
const draft = await createPlanRow(testApp.ctx, { organizationId: orgId, name: 'Brouillon', state: 'draft', members: [{ userId: cast.elu.id, role: 'reader' }] });
await act({ planId: draft.planId, nodeId: draft.nodeIds['1']!, title: 'Dans un brouillon', flagship: true, leadOrgUnitId: cast.service.id });
const closed = await createPlanRow(testApp.ctx, { organizationId: orgId, name: 'Plan clos', state: 'closed' });
await act({ planId: closed.planId, nodeId: closed.nodeIds['1']!, title: 'Dans un plan clos', flagship: true, leadOrgUnitId: cast.service.id });

const get = async <T>(session: Session, url: string) => {
  const response = await session.request('GET', url);
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json().data as T;
};
const titles = (list: { items: { title: string }[] }) => list.items.map((item) => item.title);

describe('leadership dashboard', () => {
  it('every active plan the actor reads, summed by axis; flagships and late fiches across them; only what was published to an élu', async () => {
    const forElu = await get<LeadershipDashboard>(cast.elu.session, '/api/dashboards/leadership');
    expect(forElu.plans.map((p) => [p.plan.name, p.summary.actionCount, p.summary.progress])).toEqual([
      ['Feuille de route numérique', 1, 100],
      ['Plan de mandat', 2, 40],
    ]);
    const mandate = forElu.plans[1]!;
    expect(mandate.plan.elapsedPercent).toBe(16.5);
    expect(mandate.axes.map((a) => [a.code, a.title, a.actionCount, a.lateCount, a.childCount])).toEqual([
      ['1', 'Axe mobilités', 1, 0, 2],
      ['2', 'Axe écoles', 1, 1, 0],
    ]);
    expect(titles(forElu.flagships)).toEqual(['Pistes cyclables']);
    expect(forElu.lateActions.items.map((a) => [a.code, a.title])).toEqual([['2.1', 'Écoles']]);

    const forAdmin = await get<LeadershipDashboard>(admin, '/api/dashboards/leadership');
    expect(forAdmin.plans.map((p) => p.summary.actionCount)).toEqual([1, 3]);
    expect(titles(forAdmin.flagships)).toEqual(['Pistes cyclables', 'Bus (interne)']);
    expect(titles(forAdmin.lateActions)).toEqual(['Écoles', 'Bus (interne)']);
    const filtered = await get<LeadershipDashboard>(admin, `/api/dashboards/leadership?orgUnitId=${cast.service.id}`);
    expect(filtered.plans.map((p) => p.summary.actionCount)).toEqual([1, 1]);
  });

  it('published indicators only, with validated measures, even for those inside', async () => {
    const published = await createIndicator(admin, { name: 'Publié', nodeIds: [node['1']], ownerOrgUnitId: cast.otherDirection.id, requiresValidation: true });
    await putMeasures(admin, published.id, [{ period: '2024', value: 5, validate: true }]);
    await putMeasures(cast.elu.session, published.id, [{ period: '2025', value: 7 }]);
    await createIndicator(admin, { name: 'Interne', nodeIds: [node['1']], ownerOrgUnitId: cast.otherDirection.id, visibility: 'unit' });
    await createIndicator(admin, { name: 'Dans un brouillon', nodeIds: [draft.nodeIds['1']!] });
    const forElu = await get<LeadershipDashboard>(cast.elu.session, '/api/dashboards/leadership');
    expect(forElu.indicators.map((i) => [i.name, i.latest?.period, i.latest?.state])).toEqual([['Publié', '2024', 'validated']]);
    expect(forElu.indicators[0]!.sparkline).toEqual([{ period: '2024', value: 5 }]);
  });
});

describe('org unit dashboard', () => {
  it('readable fiches of active plans led by or associated with the unit or below, their roll-up, late ones, milestones', async () => {
    const forManager = await get<OrgUnitDashboard>(cast.manager.session, `/api/org-units/${cast.direction.id}/dashboard`);
    expect(forManager.orgUnit).toEqual({ id: cast.direction.id, name: 'Direction de l’aménagement' });
    expect(titles(forManager.actions)).toEqual(['Fibre', 'Pistes cyclables', 'Bus (interne)']);
    expect(forManager.summary).toMatchObject({ actionCount: 3, lateCount: 1, flagshipCount: 2 });
    expect(titles(forManager.lateActions)).toEqual(['Bus (interne)']);
    expect(forManager.upcomingMilestones.items.map((m) => [m.dueOn, m.action.title])).toEqual([['2026-03-10', 'Pistes cyclables']]);

    const forElu = await get<OrgUnitDashboard>(cast.elu.session, `/api/org-units/${cast.direction.id}/dashboard`);
    expect(titles(forElu.actions)).toEqual(['Fibre', 'Pistes cyclables']);
    expect(forElu.summary).toMatchObject({ actionCount: 2, lateCount: 0 });
    const service = await get<OrgUnitDashboard>(cast.manager.session, `/api/org-units/${cast.service.id}/dashboard`);
    expect(titles(service.actions)).toEqual(['Fibre', 'Bus (interne)']);
  });

  it('indicators owned by the unit or below, due ones with their period', async () => {
    const due = await createIndicator(admin, { name: 'Sans 2025', ownerOrgUnitId: cast.service.id });
    const done = await createIndicator(admin, { name: 'Avec 2025', ownerOrgUnitId: cast.direction.id });
    await putMeasures(admin, done.id, [{ period: '2025', value: 1 }]);
    const hidden = await createIndicator(admin, { name: 'Interne', ownerOrgUnitId: cast.service.id, visibility: 'unit' });
    await createIndicator(admin, { name: 'Ailleurs', ownerOrgUnitId: cast.otherDirection.id });
    const forMember = await get<OrgUnitDashboard>(cast.serviceMember.session, `/api/org-units/${cast.direction.id}/dashboard`);
    expect(forMember.indicators.map((i) => i.id).sort()).toEqual([due.id, done.id, hidden.id].sort());
    expect(forMember.indicatorsDue.map((i) => [i.id, i.duePeriod]).sort()).toEqual([[due.id, '2025'], [hidden.id, '2025']].sort());
    const forElu = await get<OrgUnitDashboard>(cast.elu.session, `/api/org-units/${cast.direction.id}/dashboard`);
    expect(forElu.indicators.map((i) => i.id).sort()).toEqual([due.id, done.id].sort());
  });

  it('404 for a unit of another collectivité or none', async () => {
    const other = await createOrganizationWithAdmin(testApp);
    expect((await other.admin.request('GET', `/api/org-units/${cast.direction.id}/dashboard`)).statusCode).toBe(404);
    expect((await admin.request('GET', `/api/org-units/${crypto.randomUUID()}/dashboard`)).statusCode).toBe(404);
  });
});
