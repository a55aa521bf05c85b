import { beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, readHistory } from '../../../test/history.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { createPortfolioCast, moveProject, submitRequest, type PortfolioCast } from './portfolio-fixtures.js';

let testApp: TestApp;
let cast: PortfolioCast;
let running: string;
let candidate: string;
let evaluated: string;
let other: string;

const cost = (year: number, amount: number) => [{ year, nature: 'investment', amount }];
const fte = (cast: PortfolioCast, year: number, value: number) => [{ year, orgUnitId: cast.dsi.id, fte: value }];

beforeAll(async () => {
  testApp = await createTestApp();
  cast = await createPortfolioCast(testApp);
  const settings = await cast.manager.session.request('PUT', `/api/portfolios/${cast.portfolio.id}/settings`, {
    version: 0,
    startYear: 2026,
    endYear: 2027,
    weightMode: 'budget',
    budgetCapacities: [
      { year: 2026, nature: 'investment', amountCents: 10_000_000 },
      { year: 2027, nature: 'investment', amountCents: 10_000_000 },
    ],
    fteCapacities: [{ year: 2026, orgUnitId: cast.dsi.id, fte: 1 }],
  });
  expect(settings.statusCode, settings.body).toBe(200);
  const base = { startsOn: '2026-03-01', endsOn: '2027-06-30' };
  running = (await submitRequest(cast.agent.session, cast, { ...base, title: 'Socle réseau', costs: cost(2026, 60_000), resources: fte(cast, 2026, 0.5) })).id;
  candidate = (await submitRequest(cast.agent.session, cast, { ...base, title: 'Guichet unique', costs: cost(2026, 50_000), resources: fte(cast, 2026, 0.75) })).id;
  evaluated = (await submitRequest(cast.agent.session, cast, { ...base, title: 'Open data', costs: cost(2027, 5_000), resources: [] })).id;
  other = (await submitRequest(cast.agent.session, cast, { ...base, title: 'Borne interactive', costs: cost(2026, 1_000), resources: [] })).id;
  await moveProject(cast.manager.session, running, ['evaluation', 'arbitration', 'approved', 'in_progress']);
  await moveProject(cast.manager.session, candidate, ['evaluation', 'arbitration']);
  await moveProject(cast.manager.session, evaluated, ['evaluation']);
  await moveProject(cast.manager.session, other, ['evaluation', 'arbitration']);
});

const arbitration = async (selected?: string[]) => {
  const response = await cast.agent.session.request('GET', `/api/portfolios/${cast.portfolio.id}/arbitration${selected ? `?selected=${selected.join(',')}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data;
};

describe('portfolio settings', () => {
  it('are read with the portfolio; a stale version → 409; a reader cannot change them (403)', async () => {
    const portfolio = (await cast.agent.session.request('GET', `/api/portfolios/${cast.portfolio.id}`)).json().data;
    expect(portfolio).toMatchObject({
      settings: { startYear: 2026, endYear: 2027, weightMode: 'budget', version: 1 },
      fteCapacities: [{ year: 2026, orgUnitId: cast.dsi.id, orgUnitName: 'DSI', fte: 1 }],
      defaultNodeId: cast.programme.id,
      can: { read: true, submit: true, manage: false, score: false },
    });
    const body = { version: 0, startYear: 2026, endYear: 2027, weightMode: 'custom', budgetCapacities: [], fteCapacities: [] };
    expect((await cast.manager.session.request('PUT', `/api/portfolios/${cast.portfolio.id}/settings`, body)).statusCode).toBe(409);
    expect((await cast.agent.session.request('PUT', `/api/portfolios/${cast.portfolio.id}/settings`, { ...body, version: 1 })).statusCode).toBe(403);
    const list = (await cast.agent.session.request('GET', '/api/portfolios')).json().data;
    expect(list).toEqual([expect.objectContaining({ id: cast.portfolio.id, projectCount: 4, countsByStage: expect.objectContaining({ in_progress: 1, arbitration: 2, evaluation: 1, request: 0 }) })]);
  });
});

describe('arbitration', () => {
  it('capacity per year counts approved and running projects only, without a selection', async () => {
    const view = await arbitration();
    expect(view.years).toEqual([2026, 2027]);
    expect(view.capacity.budget).toEqual([
      { year: 2026, nature: 'investment', capacityCents: 10_000_000, usedCents: 6_000_000, overload: false },
      { year: 2026, nature: 'operating', capacityCents: 0, usedCents: 0, overload: false },
      { year: 2027, nature: 'investment', capacityCents: 10_000_000, usedCents: 0, overload: false },
      { year: 2027, nature: 'operating', capacityCents: 0, usedCents: 0, overload: false },
    ]);
    expect(view.capacity.fte).toEqual([{ year: 2026, orgUnitId: cast.dsi.id, orgUnitName: 'DSI', capacity: 1, used: 0.5, overload: false }]);
    const byId = Object.fromEntries(view.projects.map((p: { id: string }) => [p.id, p]));
    expect(byId[candidate]).toMatchObject({ stage: 'arbitration', totalCostCents: 5_000_000, costByYear: [{ year: 2026, nature: 'investment', cents: 5_000_000 }], counted: false, selected: false, risk: null });
    expect(byId[running]).toMatchObject({ counted: true });
  });

  it('a what-if selection adds its projects and shows the overloads', async () => {
    const view = await arbitration([candidate, evaluated]);
    expect(view.capacity.budget.find((b: { year: number; nature: string }) => b.year === 2026 && b.nature === 'investment')).toEqual({
      year: 2026, nature: 'investment', capacityCents: 10_000_000, usedCents: 11_000_000, overload: true,
    });
    expect(view.capacity.budget.find((b: { year: number; nature: string }) => b.year === 2027 && b.nature === 'investment')).toMatchObject({ usedCents: 500_000, overload: false });
    expect(view.capacity.fte).toEqual([{ year: 2026, orgUnitId: cast.dsi.id, orgUnitName: 'DSI', capacity: 1, used: 1.25, overload: true }]);
    expect(view.projects.find((p: { id: string }) => p.id === candidate)).toMatchObject({ counted: true, selected: true });
    const bad = await cast.agent.session.request('GET', `/api/portfolios/${cast.portfolio.id}/arbitration?selected=nope`);
    expect(bad.statusCode).toBe(400);
    expect(issuePaths(bad.json())).toEqual(['selected']);
  });
});

describe('decisions', () => {
  it('one project not in arbitration → 409 naming it, and nothing moves', async () => {
    const response = await cast.manager.session.request('POST', `/api/portfolios/${cast.portfolio.id}/decisions`, {
      decidedOn: '2026-03-10', body: 'Comité numérique', approvedIds: [candidate, evaluated],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('transition_not_allowed');
    expect(response.json().error.message).toContain('(en évaluation)');
    expect((await cast.manager.session.request('GET', `/api/projects/${candidate}`)).json().data.stage).toBe('arbitration');
    expect((await cast.manager.session.request('GET', `/api/portfolios/${cast.portfolio.id}/decisions`)).json().data).toEqual([]);
  });

  it('a decision moves every named project at once, is listed, and each move is in the fiche’s history', async () => {
    const response = await cast.manager.session.request('POST', `/api/portfolios/${cast.portfolio.id}/decisions`, {
      decidedOn: '2026-03-10', body: 'Comité numérique', note: 'Budget 2026 tenu', approvedIds: [candidate], rejectedIds: [other],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().data).toMatchObject({
      decidedOn: '2026-03-10', body: 'Comité numérique', note: 'Budget 2026 tenu',
      approved: [{ id: candidate, title: 'Guichet unique' }], rejected: [{ id: other }], postponed: [],
      createdBy: { id: cast.manager.id, name: 'Manon Manager' },
    });
    expect((await cast.agent.session.request('GET', `/api/projects/${candidate}`)).json().data.stage).toBe('approved');
    expect((await cast.agent.session.request('GET', `/api/projects/${other}`)).json().data.stage).toBe('rejected');
    const event = (await readHistory(cast.admin, 'action', candidate)).find((e) => e.action === 'project.transition' && e.changes.stage?.after === 'approved');
    expect(event?.changes.decisionId?.after).toBe(response.json().data.id);
    const decisions = (await cast.agent.session.request('GET', `/api/portfolios/${cast.portfolio.id}/decisions`)).json().data;
    expect(decisions).toHaveLength(1);
    // The approved project now weighs in the capacity without being selected; the rejected one left the view.
    const view = await arbitration();
    expect(view.capacity.fte[0]).toMatchObject({ used: 1.25, overload: true });
    expect(view.projects.map((p: { id: string }) => p.id)).not.toContain(other);
    expect((await cast.agent.session.request('POST', `/api/portfolios/${cast.portfolio.id}/decisions`, { decidedOn: '2026-03-10', body: 'x', approvedIds: [evaluated] })).statusCode).toBe(403);
  });
});

describe('roadmap', () => {
  it('shows approved, running and closed projects of the period with their milestones, not requests', async () => {
    const milestone = await cast.manager.session.request('POST', `/api/actions/${running}/milestones`, { title: 'Cœur de réseau livré', dueOn: '2026-02-15' });
    expect(milestone.statusCode, milestone.body).toBe(201);
    const outside = (await submitRequest(cast.agent.session, cast, { title: 'Ancien projet', startsOn: '2024-01-01', endsOn: '2025-06-30' })).id;
    await moveProject(cast.manager.session, outside, ['evaluation', 'arbitration', 'approved']);
    const response = await cast.agent.session.request('GET', `/api/portfolios/${cast.portfolio.id}/roadmap`);
    expect(response.statusCode, response.body).toBe(200);
    const roadmap = response.json().data;
    expect(roadmap).toMatchObject({ startYear: 2026, endYear: 2027 });
    expect(roadmap.projects.map((p: { title: string }) => p.title).sort()).toEqual(['Guichet unique', 'Socle réseau']);
    expect(roadmap.projects.find((p: { id: string }) => p.id === running)).toMatchObject({
      stage: 'in_progress',
      startsOn: '2026-03-01',
      endsOn: '2027-06-30',
      // The test clock is 2 March 2026: a milestone due mid-February and not done makes it late.
      late: true,
      milestones: [{ title: 'Cœur de réseau livré', dueOn: '2026-02-15', doneOn: null }],
    });
  });
});
