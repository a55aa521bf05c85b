import { beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../../test/factories.js';
import { issuePaths, readHistory } from '../../../test/history.js';
import { addPlanMember } from '../../../test/plan-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { createPortfolioCast, submitRequest, type PortfolioCast } from './portfolio-fixtures.js';

let testApp: TestApp;
let cast: PortfolioCast;
let secondEvaluator: Session;
let criteria: { id: string; name: string; weight: number; scaleMin: number; scaleMax: number; kind: string; position: number }[];

beforeAll(async () => {
  testApp = await createTestApp();
  cast = await createPortfolioCast(testApp);
  const member = await createMember(testApp, cast.admin, { name: 'Éva Évaluatrice' });
  await addPlanMember(cast.admin, cast.portfolio.id, member.id, 'manager');
  secondEvaluator = member.session;
  const response = await cast.manager.session.request('PUT', `/api/portfolios/${cast.portfolio.id}/criteria`, {
    criteria: [
      { name: 'Alignement stratégique', weight: 3, scaleMin: 0, scaleMax: 4, kind: 'alignment' },
      { name: 'Valeur pour les usagers', weight: 2, scaleMin: 0, scaleMax: 5 },
      { name: 'Risque', weight: 0, scaleMin: 1, scaleMax: 5 },
    ],
  });
  expect(response.statusCode, response.body).toBe(200);
  criteria = response.json().data;
});

const byName = (name: string) => criteria.find((c) => c.name === name)!.id;
const score = (session: Session, id: string, scores: { criterionId: string; score: number; comment?: string }[]) =>
  session.request('PUT', `/api/projects/${id}/scores`, { scores });

describe('criteria', () => {
  it('are replaced as a list, in order; a kept criterion keeps its id; bad scales and weights are refused', async () => {
    expect(criteria.map((c) => [c.name, c.position, c.kind])).toEqual([
      ['Alignement stratégique', 0, 'alignment'],
      ['Valeur pour les usagers', 1, 'manual'],
      ['Risque', 2, 'manual'],
    ]);
    const read = (await cast.agent.session.request('GET', `/api/portfolios/${cast.portfolio.id}/criteria`)).json().data;
    expect(read).toEqual(criteria);
    const again = await cast.manager.session.request('PUT', `/api/portfolios/${cast.portfolio.id}/criteria`, {
      criteria: criteria.map(({ id, name, weight, scaleMin, scaleMax, kind }) => ({ id, name, weight, scaleMin, scaleMax, kind })),
    });
    expect(again.json().data).toEqual(criteria);
    const bad = await cast.manager.session.request('PUT', `/api/portfolios/${cast.portfolio.id}/criteria`, {
      criteria: [{ name: 'Urgence', weight: -1, scaleMin: 5, scaleMax: 1 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(issuePaths(bad.json()).sort()).toEqual(['criteria.0.scaleMax', 'criteria.0.weight']);
    expect((await cast.agent.session.request('PUT', `/api/portfolios/${cast.portfolio.id}/criteria`, { criteria: [] })).statusCode).toBe(403);
    const history = await readHistory(cast.admin, 'plan', cast.portfolio.id);
    expect(history.some((e) => e.action === 'portfolio.criteria')).toBe(true);
  });
});

describe('scores', () => {
  it('a score outside its criterion’s scale → 422 on scores.N.score, nothing written', async () => {
    const { id } = await submitRequest(cast.agent.session, cast, { title: 'Hors échelle' });
    const response = await score(cast.manager.session, id, [
      { criterionId: byName('Valeur pour les usagers'), score: 4 },
      { criterionId: byName('Risque'), score: 0 },
    ]);
    expect(response.statusCode).toBe(422);
    expect(issuePaths(response.json())).toEqual(['scores.1.score']);
    const project = (await cast.manager.session.request('GET', `/api/projects/${id}`)).json().data;
    expect(project.score).toBeNull();
    expect(project.scores.every((s: { mean: number | null }) => s.mean === null)).toBe(true);
  });

  it('a criterion’s score is the mean of its evaluators; the total is weighted on 0–100; mine is shown apart', async () => {
    const { id } = await submitRequest(cast.agent.session, cast, { title: 'Moyenne' });
    expect((await score(cast.manager.session, id, [{ criterionId: byName('Valeur pour les usagers'), score: 5, comment: 'Très attendu' }, { criterionId: byName('Alignement stratégique'), score: 4 }])).statusCode).toBe(200);
    const answer = await score(secondEvaluator, id, [{ criterionId: byName('Valeur pour les usagers'), score: 3 }, { criterionId: byName('Alignement stratégique'), score: 2 }]);
    expect(answer.statusCode, answer.body).toBe(200);
    // Alignment mean 3/4 → 0.75 × 3 ; value mean 4/5 → 0.8 × 2 ; (2.25 + 1.6) / 5 = 77 %
    expect(answer.json().data.score).toBe(77);
    const project = (await cast.manager.session.request('GET', `/api/projects/${id}`)).json().data;
    expect(project.scores.find((s: { name: string }) => s.name === 'Valeur pour les usagers')).toMatchObject({ mean: 4, evaluatorCount: 2, mine: { score: 5, comment: 'Très attendu' } });
    // One objective of a mandate plan: weight 2 of 4 → half the 0–4 scale.
    expect(project.scores.find((s: { name: string }) => s.name === 'Alignement stratégique')).toMatchObject({ proposed: 2, mine: { score: 4 } });
    const history = await readHistory(cast.admin, 'action', id);
    expect(history.find((e) => e.action === 'project.scores')?.changes['score:Valeur pour les usagers']).toEqual({ before: null, after: 5 });
    // Re-scoring replaces my score, not the other evaluator's.
    await score(cast.manager.session, id, [{ criterionId: byName('Valeur pour les usagers'), score: 1 }]);
    const again = (await cast.manager.session.request('GET', `/api/projects/${id}`)).json().data;
    expect(again.scores.find((s: { name: string }) => s.name === 'Valeur pour les usagers')).toMatchObject({ mean: 2, evaluatorCount: 2 });
  });

  it('projects are ranked by total, ties sharing a rank; unscored projects have none', async () => {
    const cast2 = await createPortfolioCast(testApp);
    const put = await cast2.manager.session.request('PUT', `/api/portfolios/${cast2.portfolio.id}/criteria`, { criteria: [{ name: 'Valeur', weight: 1, scaleMin: 0, scaleMax: 10 }] });
    const value = put.json().data[0].id;
    const a = await submitRequest(cast2.agent.session, cast2, { title: 'A' });
    const b = await submitRequest(cast2.agent.session, cast2, { title: 'B' });
    const c = await submitRequest(cast2.agent.session, cast2, { title: 'C' });
    await submitRequest(cast2.agent.session, cast2, { title: 'D' });
    await score(cast2.manager.session, a.id, [{ criterionId: value, score: 6 }]);
    await score(cast2.manager.session, b.id, [{ criterionId: value, score: 9 }]);
    await score(cast2.manager.session, c.id, [{ criterionId: value, score: 6 }]);
    const list = (await cast2.agent.session.request('GET', `/api/portfolios/${cast2.portfolio.id}/projects`)).json().data;
    const ranks = Object.fromEntries(list.map((p: { title: string; rank: number | null; score: number | null }) => [p.title, [p.score, p.rank]]));
    expect(ranks).toEqual({ A: [60, 2], B: [90, 1], C: [60, 2], D: [null, null] });
  });

  it('a criterion of another portfolio cannot be scored (400)', async () => {
    const { id } = await submitRequest(cast.agent.session, cast, { title: 'Étranger' });
    const response = await score(cast.manager.session, id, [{ criterionId: cast.portfolio.id, score: 1 }]);
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json())).toEqual(['scores.0.criterionId']);
  });
});
