import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { issuePaths, readHistory } from '../../../test/history.js';
import { addPlanMember } from '../../../test/plan-factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { createPortfolioCast, moveProject, submitRequest, type PortfolioCast } from './portfolio-fixtures.js';

let testApp: TestApp;
let cast: PortfolioCast;

beforeAll(async () => {
  testApp = await createTestApp();
  cast = await createPortfolioCast(testApp);
});

describe('project requests', () => {
  it('a plain agent submits a request: a fiche of the portfolio with a code, costs, resources and objectives, visible to them', async () => {
    const created = await submitRequest(cast.agent.session, cast);
    expect(created).toMatchObject({
      code: 'DSI-2026-001',
      stage: 'request',
      title: 'Gestion électronique des courriers',
      nodeId: cast.programme.id,
      requestingUnit: { id: cast.finances.id, name: 'Finances' },
      requestedBy: { id: cast.agent.id, name: 'Alain Agent' },
      totalPlannedCents: 6_200_050,
      fteTotal: 0.5,
      score: null,
      costs: [
        { year: 2026, nature: 'investment', plannedCents: 5_000_000, committedCents: 0, spentCents: 0 },
        { year: 2027, nature: 'operating', plannedCents: 1_200_050, committedCents: 0, spentCents: 0 },
      ],
      resources: [{ year: 2026, orgUnitId: cast.dsi.id, orgUnitName: 'DSI', fte: 0.5 }],
      objectives: [{ nodeId: cast.objective.id, code: '1.1', title: 'Dématérialiser les démarches', planName: 'Plan de mandat' }],
      allowedTransitions: ['evaluation'],
      historyUrl: `/api/history/action/${created.id}`,
    });
    const mine = await cast.agent.session.request('GET', `/api/projects/${created.id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().can).toEqual({ update: false, transition: false, score: false });
    const list = (await cast.agent.session.request('GET', `/api/portfolios/${cast.portfolio.id}/projects?stage=request`)).json().data;
    expect(list.map((p: { id: string }) => p.id)).toContain(created.id);
    // It is a fiche action like any other: the action API shows it, linked to the objective.
    const fiche = (await cast.admin.request('GET', `/api/actions/${created.id}`)).json().data;
    expect(fiche).toMatchObject({ planId: cast.portfolio.id, linkedNodeIds: [cast.objective.id] });
    const second = await submitRequest(cast.agent.session, cast, { title: 'Parapheur électronique' });
    expect(second.code).toBe('DSI-2026-002');
  });

  it('bad references are refused with their paths and nothing is written', async () => {
    const before = (await cast.admin.request('GET', `/api/portfolios/${cast.portfolio.id}/projects`)).json().data.length;
    const response = await cast.agent.session.request('POST', `/api/portfolios/${cast.portfolio.id}/requests`, {
      title: 'Mauvaise demande',
      requestingUnitId: cast.programme.id,
      objectiveNodeIds: [cast.programme.id],
      resources: [{ year: 2026, orgUnitId: cast.mandate.id, fte: 1 }],
      costs: [{ year: 2026, nature: 'investment', amount: -5 }],
    });
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json())).toContain('costs.0.amount');
    const refs = await cast.agent.session.request('POST', `/api/portfolios/${cast.portfolio.id}/requests`, {
      title: 'Mauvaise demande',
      requestingUnitId: cast.programme.id,
      objectiveNodeIds: [cast.programme.id],
      resources: [{ year: 2026, orgUnitId: cast.mandate.id, fte: 1 }],
    });
    expect(refs.statusCode).toBe(400);
    expect(issuePaths(refs.json()).sort()).toEqual(['objectiveNodeIds.0', 'requestingUnitId', 'resources.0.orgUnitId']);
    expect((await cast.admin.request('GET', `/api/portfolios/${cast.portfolio.id}/projects`)).json().data.length).toBe(before);
  });
});

describe('project lifecycle', () => {
  it('managers move a project through every allowed stage; each transition is in the fiche’s history', async () => {
    const { id } = await submitRequest(cast.agent.session, cast, { title: 'Portail citoyen' });
    await moveProject(cast.manager.session, id, ['evaluation', 'arbitration', 'postponed', 'evaluation', 'arbitration', 'postponed', 'arbitration', 'approved', 'in_progress']);
    const project = (await cast.manager.session.request('GET', `/api/projects/${id}`)).json().data;
    expect(project).toMatchObject({ stage: 'in_progress', allowedTransitions: ['closed'] });
    const fiche = (await cast.admin.request('GET', `/api/actions/${id}`)).json().data;
    expect(fiche.status.category).toBe('in_progress');

    const history = await readHistory(cast.admin, 'action', id);
    const transitions = history.filter((e) => e.action === 'project.transition').map((e) => e.changes.stage);
    expect(transitions).toHaveLength(9);
    expect(transitions).toContainEqual({ before: 'arbitration', after: 'approved' });
    expect(transitions).toContainEqual({ before: 'postponed', after: 'arbitration' });
  });

  it('a transition the lifecycle does not allow → 409 transition_not_allowed naming both stages; the stage stays', async () => {
    const { id, version } = await submitRequest(cast.agent.session, cast, { title: 'Wifi public' });
    const response = await cast.manager.session.request('POST', `/api/projects/${id}/transition`, { to: 'approved', version });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'transition_not_allowed', message: 'Le projet est « demande » : il ne peut pas passer à « validé ».' });
    expect((await cast.manager.session.request('GET', `/api/projects/${id}`)).json().data.stage).toBe('request');
  });

  it('a stale version → 409 conflict', async () => {
    const { id, version } = await submitRequest(cast.agent.session, cast, { title: 'Téléphonie IP' });
    await moveProject(cast.manager.session, id, ['evaluation']);
    const stale = await cast.manager.session.request('POST', `/api/projects/${id}/transition`, { to: 'arbitration', version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
  });

  it('closing requires the outcome and the lessons (422), then records them and marks the fiche done', async () => {
    const { id } = await submitRequest(cast.agent.session, cast, { title: 'Archivage électronique' });
    const version = await moveProject(cast.manager.session, id, ['evaluation', 'arbitration', 'approved', 'in_progress']);
    const missing = await cast.manager.session.request('POST', `/api/projects/${id}/transition`, { to: 'closed', version, outcome: 'Livré' });
    expect(missing.statusCode).toBe(422);
    expect(issuePaths(missing.json())).toEqual(['lessons']);
    const closed = await cast.manager.session.request('POST', `/api/projects/${id}/transition`, { to: 'closed', version, outcome: 'Livré en juin', lessons: 'Former les agents plus tôt' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().data).toMatchObject({ stage: 'closed', outcome: 'Livré en juin', lessons: 'Former les agents plus tôt', progress: 100, allowedTransitions: [] });
    const fiche = (await cast.admin.request('GET', `/api/actions/${id}`)).json().data;
    expect(fiche.status.category).toBe('done');
    const event = (await readHistory(cast.admin, 'action', id)).find((e) => e.action === 'project.transition' && e.changes.stage?.after === 'closed');
    expect(event?.changes.lessons).toEqual({ before: null, after: 'Former les agents plus tôt' });
  });

  it('managers change the project’s fields (lists replace), with its version; the change is in the history', async () => {
    const { id, version } = await submitRequest(cast.agent.session, cast, { title: 'Flotte de portables' });
    const response = await cast.manager.session.request('PATCH', `/api/projects/${id}`, {
      version,
      code: 'DSI-PORTABLES',
      sponsorId: cast.manager.id,
      costs: [{ year: 2026, nature: 'investment', amount: 80_000 }],
      resources: [],
      financeCodes: ['2183-020-DSI'],
      customWeight: 3,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().data).toMatchObject({
      code: 'DSI-PORTABLES',
      sponsor: { id: cast.manager.id, name: 'Manon Manager' },
      totalPlannedCents: 8_000_000,
      fteTotal: 0,
      financeCodes: ['2183-020-DSI'],
      customWeight: 3,
      costs: [{ year: 2026, nature: 'investment', plannedCents: 8_000_000 }],
    });
    const event = (await readHistory(cast.admin, 'action', id)).find((e) => e.action === 'update');
    expect(event?.changes.code).toEqual({ before: expect.stringMatching(/^DSI-2026-\d{3}$/), after: 'DSI-PORTABLES' });
    const stale = await cast.manager.session.request('PATCH', `/api/projects/${id}`, { version, risks: 'x' });
    expect(stale.statusCode).toBe(409);
    const other = await submitRequest(cast.agent.session, cast, { title: 'Autre' });
    const taken = await cast.manager.session.request('PATCH', `/api/projects/${other.id}`, { version: other.version, code: 'DSI-PORTABLES' });
    expect(taken.statusCode).toBe(422);
    expect(issuePaths(taken.json())).toEqual(['code']);
  });
});

describe('project rights', () => {
  it('a reader of the portfolio cannot move, change or score a project: 403', async () => {
    const { id, version } = await submitRequest(cast.agent.session, cast, { title: 'Sauvegardes' });
    await addPlanMember(cast.admin, cast.portfolio.id, cast.agent.id, 'reader');
    expect((await cast.agent.session.request('POST', `/api/projects/${id}/transition`, { to: 'evaluation', version })).statusCode).toBe(403);
    expect((await cast.agent.session.request('PATCH', `/api/projects/${id}`, { version, risks: 'x' })).statusCode).toBe(403);
    expect((await cast.agent.session.request('PUT', `/api/projects/${id}/scores`, { scores: [] })).statusCode).toBe(403);
  });

  it('another collectivité sees nothing: 404 on the portfolio, its projects and their transitions', async () => {
    const { id, version } = await submitRequest(cast.agent.session, cast, { title: 'Cybersécurité' });
    const { admin: stranger } = await createOrganizationWithAdmin(testApp);
    expect((await stranger.request('GET', `/api/portfolios/${cast.portfolio.id}`)).statusCode).toBe(404);
    expect((await stranger.request('GET', `/api/portfolios/${cast.portfolio.id}/arbitration`)).statusCode).toBe(404);
    expect((await stranger.request('GET', `/api/projects/${id}`)).statusCode).toBe(404);
    expect((await stranger.request('POST', `/api/projects/${id}/transition`, { to: 'evaluation', version })).statusCode).toBe(404);
    expect((await stranger.request('POST', `/api/portfolios/${cast.portfolio.id}/requests`, { title: 'x', requestingUnitId: null })).statusCode).toBe(404);
    expect((await stranger.request('GET', '/api/portfolios')).json().data).toEqual([]);
  });

  it('a plan that is not a portfolio is not one: 404', async () => {
    expect((await cast.admin.request('GET', `/api/portfolios/${cast.mandate.id}`)).statusCode).toBe(404);
  });
});
