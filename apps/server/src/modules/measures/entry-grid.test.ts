import { describe, expect, it } from 'vitest';
import { createIndicator, createIndicatorCast, putMeasures, putTargets } from '../../../test/indicator-factories.js';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { createTestApp, type Session } from '../../../test/test-app.js';

// The clock says 2 March 2026: due are 2025 (yearly), 2025-Q4 (quarterly), 2026-02 (monthly).
const testApp = await createTestApp();

interface Grid {
  periods: string[];
  rows: { indicator: { code: string }; canEnter: boolean; cells: { period: string; value: number | null; state: string | null; target: number | null; status: string; trend: string | null }[] }[];
}
const grid = async (session: Session, query = ''): Promise<Grid> => {
  const response = await session.request('GET', `/api/indicators/entry-grid${query}`);
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json().data;
};

describe('entry grid', () => {
  it('gives each person the indicators they may enter × the last completed periods of each periodicity', async () => {
    // A collectivité of its own: the grid lists every enterable indicator of it.
    const cast = await createIndicatorCast(testApp);
    const { admin } = cast;
    const waste = await createIndicator(admin, { code: 'DECH', ownerOrgUnitId: cast.service.id, periodicity: 'monthly' });
    const fibre = await createIndicator(admin, { code: 'FIBRE', ownerOrgUnitId: cast.direction.id, periodicity: 'quarterly', pilotIds: [cast.pilot.id] });
    const budget = await createIndicator(admin, { code: 'BUDGET', ownerOrgUnitId: cast.otherDirection.id });
    const ratio = await createIndicator(admin, { code: 'RATIO', ownerOrgUnitId: cast.service.id, periodicity: 'monthly', formula: '[DECH] * 2' });
    await putTargets(admin, waste.id, [{ period: '2026-02', value: 100 }]);
    await putMeasures(cast.serviceMember.session, waste.id, [{ period: '2025-12', value: 120 }, { period: '2026-02', value: 110 }]);

    const mine = await grid(cast.serviceMember.session);
    expect(mine.periods).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(mine.rows.map((r) => [r.indicator.code, r.canEnter])).toEqual([
      ['DECH', true],
      ['RATIO', false],
    ]);
    expect(mine.rows[0]!.cells.map((c) => [c.period, c.value, c.target, c.status, c.trend])).toEqual([
      ['2025-12', 120, null, 'no_target', null],
      ['2026-01', null, null, 'no_target', null],
      ['2026-02', 110, 100, 'on_track', null],
    ]);
    expect(mine.rows[1]!.cells.map((c) => c.value)).toEqual([240, null, 220]);

    expect((await grid(cast.directionMember.session)).rows.map((r) => r.indicator.code)).toEqual(['DECH', 'FIBRE', 'RATIO']);
    const pilot = await grid(cast.pilot.session, '?periods=2');
    expect(pilot.periods).toEqual(['2025-Q3', '2025-Q4']);
    expect(pilot.rows.map((r) => r.indicator.code)).toEqual(['FIBRE']);
    expect((await grid(cast.outsider.session)).rows.map((r) => r.indicator.code)).toEqual(['BUDGET']);

    const all = await grid(admin);
    expect(all.periods).toEqual(['2025-12', '2026-01', '2026-02', '2025-Q2', '2025-Q3', '2025-Q4', '2023', '2024', '2025']);
    expect(all.rows.map((r) => r.indicator.code)).toEqual(['BUDGET', 'DECH', 'FIBRE', 'RATIO']);
    expect((await grid(admin, `?orgUnitId=${cast.direction.id}`)).rows.map((r) => r.indicator.code)).toEqual(['DECH', 'FIBRE', 'RATIO']);
    expect((await grid(admin, '?periodicity=quarterly')).rows.map((r) => r.indicator.code)).toEqual(['FIBRE']);
    void budget;
    void ratio;
  });

  it('shows drafts to those who enter them, with the trend from the period before', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const made = await createIndicator(admin, { requiresValidation: true, direction: 'lower' });
    await putMeasures(admin, made.id, [{ period: '2022', value: 10 }, { period: '2023', value: 8 }]);
    const answer = await grid(admin, '?periods=1');
    expect(answer.rows[0]!.cells).toMatchObject([{ period: '2025', value: null }]);
    const two = await grid(admin, '?periods=3');
    expect(two.rows[0]!.cells.map((c) => [c.period, c.value, c.state, c.trend])).toEqual([
      ['2023', 8, 'draft', 'better'],
      ['2024', null, null, null],
      ['2025', null, null, null],
    ]);
    expect((await admin.request('GET', '/api/indicators/entry-grid?periods=0')).statusCode).toBe(400);
  });
});
