import { describe, expect, it } from 'vitest';
import { createTestApp, signIn } from '../../../test/test-app.js';
import { DEMO_PASSWORD, seedDemo } from './demo.seed.js';

const testApp = await createTestApp();

describe('demo portfolio', () => {
  it('gives Ville de Démo a DSI portfolio with projects at every stage, scored, arbitrated and on the roadmap', async () => {
    expect(await seedDemo(testApp.ctx.db, testApp.clock)).toBe(true);
    const admin = await signIn(testApp, 'admin@demo.pilotis.fr', DEMO_PASSWORD);
    const [portfolio, ...others] = (await admin.request('GET', '/api/portfolios')).json().data;
    expect(others).toEqual([]);
    expect(portfolio).toMatchObject({
      name: 'Portefeuille DSI 2026–2028',
      startYear: 2026,
      endYear: 2028,
      projectCount: 8,
      countsByStage: { request: 1, evaluation: 1, arbitration: 2, approved: 1, rejected: 0, postponed: 0, in_progress: 2, closed: 1 },
    });

    const detail = (await admin.request('GET', `/api/portfolios/${portfolio.id}`)).json().data;
    expect(detail.criteria).toHaveLength(5);
    expect(detail.budgetCapacities).toHaveLength(6);

    const arbitration = (await admin.request('GET', `/api/portfolios/${portfolio.id}/arbitration`)).json().data;
    const portail = arbitration.projects.find((p: { code: string }) => p.code === 'DSI-2026-005');
    expect(portail).toMatchObject({ stage: 'arbitration', rank: expect.any(Number), risk: 3, totalCostCents: 17_500_000 });
    expect(portail.score).toBeGreaterThan(50);
    const overloads = (view: { capacity: { budget: { overload: boolean }[]; fte: { overload: boolean }[] } }) => [...view.capacity.budget, ...view.capacity.fte].filter((c) => c.overload).length;
    expect(overloads(arbitration)).toBe(0);
    // Selecting both projects in arbitration overloads 2026: the investment budget and the FTE of the DSI's direction.
    const ids = arbitration.projects.filter((p: { stage: string }) => p.stage === 'arbitration').map((p: { id: string }) => p.id);
    const whatIf = (await admin.request('GET', `/api/portfolios/${portfolio.id}/arbitration?selected=${ids.join(',')}`)).json().data;
    expect(whatIf.capacity.fte.some((f: { year: number; overload: boolean }) => f.year === 2026 && f.overload)).toBe(true);
    expect(whatIf.capacity.budget.find((b: { year: number; nature: string }) => b.year === 2026 && b.nature === 'investment')).toMatchObject({ usedCents: 46_000_000, overload: true });

    const roadmap = (await admin.request('GET', `/api/portfolios/${portfolio.id}/roadmap`)).json().data;
    expect(roadmap.projects.map((p: { code: string }) => p.code).sort()).toEqual(['DSI-2026-001', 'DSI-2026-002', 'DSI-2026-003', 'DSI-2026-004']);
    expect(roadmap.projects.find((p: { code: string }) => p.code === 'DSI-2026-002').milestones).toHaveLength(3);
    expect((await admin.request('GET', `/api/portfolios/${portfolio.id}/decisions`)).json().data).toHaveLength(2);

    // Projects serve objectives of the strategy plans; the lecteur reads the portfolio and his own request.
    const wifi = (await admin.request('GET', `/api/projects/${roadmap.projects.find((p: { code: string }) => p.code === 'DSI-2026-004').id}`)).json().data;
    expect(wifi.objectives.map((o: { title: string }) => o.title).sort()).toEqual(['Donner sa place à la jeunesse', 'Écoles numériques']);
    const reader = await signIn(testApp, 'lecteur@demo.pilotis.fr', DEMO_PASSWORD);
    const requests = (await reader.request('GET', `/api/portfolios/${portfolio.id}/projects?stage=request`)).json().data;
    expect(requests).toEqual([expect.objectContaining({ code: 'DSI-2026-008', requestedBy: expect.objectContaining({ name: 'Louis Lecteur' }) })]);
  });
});
