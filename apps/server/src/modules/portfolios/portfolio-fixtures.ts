import { expect } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { addPlanMember, createNode, createPlan } from '../../../test/plan-factories.js';
import type { Session, TestApp } from '../../../test/test-app.js';

/**
 * A collectivité with a published DSI portfolio (one root node), a published mandate plan with
 * two objectives, two units, the portfolio's manager and a plain agent (reader of nothing).
 */
export async function createPortfolioCast(testApp: Pick<TestApp, 'app' | 'ctx'>) {
  const { admin, organization } = await createOrganizationWithAdmin(testApp);
  const portfolio = await createPlan(admin, { name: 'Portefeuille DSI 2026–2028', kind: 'portfolio', state: 'active', startsOn: '2026-01-01', endsOn: '2028-12-31', levelNames: ['Programme'] });
  const programme = await createNode(admin, portfolio.id, 'Transformation numérique');
  const mandate = await createPlan(admin, { name: 'Plan de mandat', kind: 'mandate', state: 'active' });
  const axis = await createNode(admin, mandate.id, 'Une administration simple');
  const objective = await createNode(admin, mandate.id, 'Dématérialiser les démarches', axis.id);
  const dsi = await createUnit(admin, 'DSI');
  const finances = await createUnit(admin, 'Finances');
  const manager = await createMember(testApp, admin, { name: 'Manon Manager' });
  await addPlanMember(admin, portfolio.id, manager.id, 'manager');
  const agent = await createMember(testApp, admin, { name: 'Alain Agent' });
  return { admin, organizationId: organization.id, portfolio, programme, mandate, axis, objective, dsi, finances, manager, agent };
}
export type PortfolioCast = Awaited<ReturnType<typeof createPortfolioCast>>;

export const requestBody = (cast: PortfolioCast, overrides: Record<string, unknown> = {}) => ({
  title: 'Gestion électronique des courriers',
  description: 'Numériser le courrier entrant',
  sponsorName: 'DGS',
  requestingUnitId: cast.finances.id,
  benefits: 'Moins de papier, délais de réponse suivis',
  risks: 'Adhésion des services',
  durationMonths: 18,
  startsOn: '2026-09-01',
  endsOn: '2028-02-28',
  costs: [
    { year: 2026, nature: 'investment', amount: 50_000 },
    { year: 2027, nature: 'operating', amount: 12_000.5 },
  ],
  resources: [{ year: 2026, orgUnitId: cast.dsi.id, fte: 0.5 }],
  objectiveNodeIds: [cast.objective.id],
  ...overrides,
});

export async function submitRequest(session: Session, cast: PortfolioCast, overrides: Record<string, unknown> = {}) {
  const response = await session.request('POST', `/api/portfolios/${cast.portfolio.id}/requests`, requestBody(cast, overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().data as { id: string; code: string; stage: string; version: number };
}

/** Moves a project through the given stages as `session` (each must answer 200). */
export async function moveProject(session: Session, id: string, stages: string[], extra: Record<string, unknown> = {}) {
  let version = (await session.request('GET', `/api/projects/${id}`)).json().data.version as number;
  for (const to of stages) {
    const response = await session.request('POST', `/api/projects/${id}/transition`, { to, version, ...extra });
    expect(response.statusCode, response.body).toBe(200);
    version = response.json().data.version;
  }
  return version;
}
