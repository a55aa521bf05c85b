import { describe, expect, it } from 'vitest';
import { createAction, createPlanRow } from '../../../test/action-factories.js';
import { createIndicator, createIndicatorCast, listIndicators, nextCode, putMeasures, putTargets } from '../../../test/indicator-factories.js';
import { createTestApp, type Session } from '../../../test/test-app.js';

// The clock says 2 March 2026: the last completed year is 2025, quarter 2025-Q4, month 2026-02.
const testApp = await createTestApp();
const cast = await createIndicatorCast(testApp);
const { admin } = cast;
const codes = (list: { code: string }[]) => list.map((i) => i.code);

describe('indicator list: who sees what', () => {
  it('shows a `unit` indicator only to admins, pilots and members of its unit or the units above, as reading it does', async () => {
    const tag = nextCode('VIS');
    const open = await createIndicator(admin, { code: `${tag}-OPEN`, ownerOrgUnitId: cast.service.id });
    const unit = await createIndicator(admin, { code: `${tag}-UNIT`, ownerOrgUnitId: cast.service.id, visibility: 'unit' });
    const piloted = await createIndicator(admin, { code: `${tag}-PILOT`, visibility: 'unit', pilotIds: [cast.pilot.id] });
    const made = [open, unit, piloted];
    const people: Record<string, Session> = {
      admin,
      directionMember: cast.directionMember.session,
      serviceMember: cast.serviceMember.session,
      pilot: cast.pilot.session,
      outsider: cast.outsider.session,
    };
    const seen: Record<string, string[]> = {};
    for (const [who, session] of Object.entries(people)) {
      const listed = codes(await listIndicators(session, `?q=${tag}`));
      const readable: string[] = [];
      for (const indicator of made) if ((await session.request('GET', `/api/indicators/${indicator.id}`)).statusCode === 200) readable.push(indicator.code);
      expect(listed, who).toEqual(readable.sort());
      seen[who] = listed;
    }
    expect(seen).toEqual({
      admin: codes(made).sort(),
      directionMember: [open.code, unit.code].sort(),
      serviceMember: [open.code, unit.code].sort(),
      pilot: [open.code, piloted.code].sort(),
      outsider: [open.code],
    });
    expect(await listIndicators(cast.other.admin, `?q=${tag}`)).toEqual([]);
    expect((await cast.other.admin.request('GET', `/api/indicators/${open.id}`)).statusCode).toBe(404);
    expect((await cast.outsider.session.request('GET', `/api/history/indicator/${unit.id}`)).statusCode).toBe(404);
  });

  it('shows outsiders the latest validated measure, insiders the latest draft', async () => {
    const made = await createIndicator(admin, { ownerOrgUnitId: cast.service.id, requiresValidation: true });
    await putMeasures(admin, made.id, [{ period: '2024', value: 10, validate: true }]);
    await putMeasures(cast.serviceMember.session, made.id, [{ period: '2025', value: 12 }]);
    const [inside] = await listIndicators(cast.serviceMember.session, `?q=${made.code}`);
    const [outside] = await listIndicators(cast.outsider.session, `?q=${made.code}`);
    expect(inside!.latest).toMatchObject({ period: '2025', value: 12, state: 'draft' });
    expect(outside!.latest).toMatchObject({ period: '2024', value: 10, state: 'validated' });
  });
});

describe('indicator list: filters', () => {
  it('filters by owner unit (with its sub-units), periodicity and text without accents', async () => {
    const tag = nextCode('FLT');
    const inService = await createIndicator(admin, { code: `${tag}-A`, name: 'Déchets ménagers collectés', ownerOrgUnitId: cast.service.id });
    const inDirection = await createIndicator(admin, { code: `${tag}-B`, name: 'Qualité de l’air', ownerOrgUnitId: cast.direction.id, periodicity: 'monthly' });
    await createIndicator(admin, { code: `${tag}-C`, name: 'Budget', ownerOrgUnitId: cast.otherDirection.id });
    expect(codes(await listIndicators(admin, `?q=${tag}&orgUnitId=${cast.direction.id}`))).toEqual([inService.code, inDirection.code]);
    expect(codes(await listIndicators(admin, `?q=${tag}&orgUnitId=${cast.service.id}`))).toEqual([inService.code]);
    expect(codes(await listIndicators(admin, `?q=${tag}&periodicity=monthly`))).toEqual([inDirection.code]);
    expect(codes(await listIndicators(admin, `?q=${encodeURIComponent('DECHETS MENAGERS')}`))).toEqual([inService.code]);
    expect(codes(await listIndicators(admin, `?q=${encodeURIComponent('qualité')}`))).toContain(inDirection.code);
  });

  it('filters by plan, node and action through the links', async () => {
    const plan = await createPlanRow(testApp.ctx, { organizationId: cast.organization.id });
    const otherPlan = await createPlanRow(testApp.ctx, { organizationId: cast.organization.id });
    const action = await createAction(admin, { nodeId: plan.nodeIds['1.1'], title: 'Collecte des biodéchets' });
    const onNode = await createIndicator(admin, { nodeIds: [plan.nodeIds['1']] });
    const onAction = await createIndicator(admin, { actionIds: [action.id] });
    const elsewhere = await createIndicator(admin, { nodeIds: [otherPlan.nodeIds['2']] });
    expect(codes(await listIndicators(admin, `?planId=${plan.planId}`))).toEqual([onNode.code, onAction.code]);
    expect(codes(await listIndicators(admin, `?nodeId=${plan.nodeIds['1']}`))).toEqual([onNode.code]);
    expect(codes(await listIndicators(admin, `?actionId=${action.id}`))).toEqual([onAction.code]);
    expect(codes(await listIndicators(admin, `?planId=${otherPlan.planId}`))).toEqual([elsewhere.code]);
  });

  it('filters by status of the latest measure and by due (the last completed period has no measure)', async () => {
    const tag = nextCode('STA');
    const good = await createIndicator(admin, { code: `${tag}-GOOD` });
    const bad = await createIndicator(admin, { code: `${tag}-BAD` });
    const quarterly = await createIndicator(admin, { code: `${tag}-Q`, periodicity: 'quarterly' });
    const none = await createIndicator(admin, { code: `${tag}-NONE` });
    for (const made of [good, bad]) await putTargets(admin, made.id, [{ period: '2024', value: 100 }, { period: '2025', value: 100 }]);
    await putMeasures(admin, good.id, [{ period: '2024', value: 90 }, { period: '2025', value: 100 }]);
    await putMeasures(admin, bad.id, [{ period: '2024', value: 50 }]);
    await putMeasures(admin, quarterly.id, [{ period: '2025-Q4', value: 1 }]);
    expect(codes(await listIndicators(admin, `?q=${tag}&status=on_track`))).toEqual([good.code]);
    expect(codes(await listIndicators(admin, `?q=${tag}&status=off_track`))).toEqual([bad.code]);
    expect(codes(await listIndicators(admin, `?q=${tag}&status=no_target`))).toEqual([none.code, quarterly.code]);
    expect(codes(await listIndicators(admin, `?q=${tag}&due=true`))).toEqual([bad.code, none.code]);
    expect(codes(await listIndicators(admin, `?q=${tag}&due=false`))).toEqual([good.code, quarterly.code]);
    const [listedGood] = await listIndicators(admin, `?q=${good.code}`);
    expect(listedGood).toMatchObject({ due: false, duePeriod: '2025', latest: { period: '2025', value: 100, target: 100, status: 'on_track', trend: 'better' } });
  });

  it('tells whether the actor may create indicators', async () => {
    const ask = async (session: Session) => (await session.request('GET', '/api/indicators')).json().can;
    expect(await ask(admin)).toEqual({ create: true });
    expect(await ask(cast.serviceMember.session)).toEqual({ create: true });
    expect(await ask(cast.pilot.session)).toEqual({ create: false });
  });
});
