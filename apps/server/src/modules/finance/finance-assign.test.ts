import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { addPlanMember } from '../../../test/plan-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { budgetOf, createPortfolio, importFinance, insertProject } from './finance.test-helpers.js';

let testApp: TestApp;
let admin: Session;
let organizationId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  ({ admin, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
});

/** References are unique in the collectivité: each test has its own. */
const fileOf = (prefix: string) => ['N° engagement;Date;Imputation;Montant', `${prefix}-1;02/01/2026;6288-ZZZ;1000`, `${prefix}-2;03/01/2026;DSI-A;500`].join('\n');

describe('unmatched lines and manual assignment', () => {
  it('lists the unmatched lines, assigns one by hand, and a re-import keeps that choice', async () => {
    const portfolio = await createPortfolio(admin);
    const a = await insertProject(testApp, organizationId, portfolio, { code: 'DSI-A', budget: [{ year: 2026, nature: 'investment', planned: 10_000 }] });
    const b = await insertProject(testApp, organizationId, portfolio, { code: 'DSI-B' });
    const FILE = fileOf('A');
    expect((await importFinance(admin, portfolio.id, FILE)).json().data).toMatchObject({ created: 2, matched: 1, unmatched: 1 });

    const unmatched = await admin.request('GET', `/api/finance/lines?portfolioId=${portfolio.id}&unmatched=true`);
    expect(unmatched.statusCode).toBe(200);
    expect(unmatched.json()).toMatchObject({ counts: { total: 2, unmatched: 1 }, can: { import: true, assign: true } });
    const [line] = unmatched.json().data;
    expect(line).toMatchObject({ reference: 'A-1', type: 'committed', code: '6288-ZZZ', actionId: null, project: null, matchedBy: null });

    const assigned = await admin.request('PATCH', `/api/finance/lines/${line.id}`, { actionId: a });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json().data).toMatchObject({ actionId: a, matchedBy: 'manual', project: { code: 'DSI-A' }, nature: 'investment' });
    expect(await budgetOf(admin, a)).toEqual([{ year: 2026, nature: 'investment', plannedCents: 10_000, committedCents: 150_000, spentCents: 0 }]);
    expect((await admin.request('GET', `/api/finance/lines?portfolioId=${portfolio.id}&unmatched=true`)).json().data).toEqual([]);

    expect((await importFinance(admin, portfolio.id, FILE)).json().data).toMatchObject({ created: 0, updated: 0, unchanged: 2, matched: 2, unmatched: 0 });

    // Moved to another project: both projects follow.
    expect((await admin.request('PATCH', `/api/finance/lines/${line.id}`, { actionId: b })).statusCode).toBe(200);
    expect(await budgetOf(admin, a)).toEqual([{ year: 2026, nature: 'investment', plannedCents: 10_000, committedCents: 50_000, spentCents: 0 }]);
    expect(await budgetOf(admin, b)).toEqual([{ year: 2026, nature: 'operating', plannedCents: 0, committedCents: 100_000, spentCents: 0 }]);

    const elsewhere = await createPortfolio(admin);
    const stranger = await insertProject(testApp, organizationId, elsewhere, { code: 'AUTRE-1' });
    const refused = await admin.request('PATCH', `/api/finance/lines/${line.id}`, { actionId: stranger });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.issues).toEqual([{ path: 'actionId', message: expect.any(String) }]);
  });

  it('only managers and admins import and assign; readers get 403, another collectivité 404', async () => {
    const portfolio = await createPortfolio(admin);
    await insertProject(testApp, organizationId, portfolio, { code: 'DSI-R' });
    const FILE = fileOf('R');
    await importFinance(admin, portfolio.id, FILE);
    const [line] = (await admin.request('GET', `/api/finance/lines?portfolioId=${portfolio.id}&unmatched=true`)).json().data;

    const reader = await createMember(testApp, admin);
    await addPlanMember(admin, portfolio.id, reader.id, 'reader');
    expect((await importFinance(reader.session, portfolio.id, FILE)).statusCode).toBe(403);
    expect((await reader.session.request('PATCH', `/api/finance/lines/${line.id}`, { actionId: null })).statusCode).toBe(403);
    const readable = await reader.session.request('GET', `/api/finance/lines?portfolioId=${portfolio.id}`);
    expect(readable.statusCode).toBe(200);
    expect(readable.json().can).toEqual({ import: false, assign: false });
    expect((await reader.session.request('GET', `/api/portfolios/${portfolio.id}/budget`)).statusCode).toBe(200);

    const manager = await createMember(testApp, admin);
    await addPlanMember(admin, portfolio.id, manager.id, 'manager');
    expect((await importFinance(manager.session, portfolio.id, FILE)).statusCode).toBe(200);
    expect((await manager.session.request('PATCH', `/api/finance/lines/${line.id}`, { actionId: null })).statusCode).toBe(200);

    const other = await createOrganizationWithAdmin(testApp);
    expect((await importFinance(other.admin, portfolio.id, FILE)).statusCode).toBe(404);
    expect((await other.admin.request('PATCH', `/api/finance/lines/${line.id}`, { actionId: null })).statusCode).toBe(404);
    expect((await other.admin.request('GET', `/api/finance/lines?portfolioId=${portfolio.id}`)).statusCode).toBe(404);
    expect((await other.admin.request('GET', `/api/portfolios/${portfolio.id}/budget`)).statusCode).toBe(404);
  });
});

describe('GET /api/portfolios/:id/budget', () => {
  it('gives planned / committed / spent per project and in total, consumption, over-budget projects and weighted rates', async () => {
    const portfolio = await createPortfolio(admin);
    const small = await insertProject(testApp, organizationId, portfolio, {
      code: 'P-1',
      customWeight: 3,
      budget: [{ year: 2026, nature: 'investment', planned: 100_000 }],
    });
    await insertProject(testApp, organizationId, portfolio, {
      code: 'P-2',
      budget: [
        { year: 2026, nature: 'operating', planned: 300_000 },
        { year: 2027, nature: 'operating', planned: 100_000 },
      ],
    });
    await insertProject(testApp, organizationId, portfolio, { code: 'P-3', stage: 'request', budget: [{ year: 2026, nature: 'investment', planned: 900_000 }] });
    const file = ['Référence;Type;Date;Code;Montant', 'D-E1;Engagement;01/02/2026;P-1;1500', 'D-M1;Mandat;01/03/2026;P-1;500', 'D-M2;Mandat;01/03/2026;P-2;1000'].join('\n');
    expect((await importFinance(admin, portfolio.id, file)).statusCode).toBe(200);

    const response = await admin.request('GET', `/api/portfolios/${portfolio.id}/budget`);
    expect(response.statusCode, response.body).toBe(200);
    const budget = response.json().data;
    expect(budget.weightMode).toBe('budget');
    expect(budget.projects.map((p: { code: string }) => p.code)).toEqual(['P-1', 'P-2']);
    expect(budget.projects[0]).toMatchObject({ actionId: small, plannedCents: 100_000, committedCents: 150_000, spentCents: 50_000, consumptionRate: 0.5, overBudget: true, weight: 100_000 });
    expect(budget.totals).toEqual({ plannedCents: 500_000, committedCents: 150_000, spentCents: 150_000, consumptionRate: 0.3, commitmentRate: 0.3 });
    expect(budget.overBudget).toEqual([{ actionId: small, code: 'P-1', title: expect.any(String), overCents: 50_000 }]);
    expect(budget.weighted.consumptionRate).toBeCloseTo(0.3);
    expect(budget.can).toEqual({ import: true, assign: true });

    const year2027 = (await admin.request('GET', `/api/portfolios/${portfolio.id}/budget?year=2027`)).json().data;
    expect(year2027.totals).toMatchObject({ plannedCents: 100_000, spentCents: 0 });

    // Custom weights (P-2 has none: 1): (3 × 0.5 + 1 × 0.25) / 4.
    await testApp.ctx.db.execute(sql`
      insert into portfolio_settings (plan_id, organization_id, start_year, end_year, weight_mode) values (${portfolio.id}, ${organizationId}, 2026, 2028, 'custom')`);
    const custom = (await admin.request('GET', `/api/portfolios/${portfolio.id}/budget`)).json().data;
    expect(custom.weightMode).toBe('custom');
    expect(custom.projects.map((p: { weight: number }) => p.weight)).toEqual([3, 1]);
    expect(custom.weighted.consumptionRate).toBeCloseTo(0.4375);
  });
});
