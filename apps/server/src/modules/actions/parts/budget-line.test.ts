import { beforeAll, describe, expect, it } from 'vitest';
import { issuePaths } from '../../../../test/history.js';
import { createFicheWithPeople } from '../../../../test/parts-factories.js';
import { actionHistory } from '../../../../test/parts-history.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});

describe('budget lines of a fiche action', () => {
  it('keeps one line per year and nature, in cents, with totals per nature and overall', async () => {
    const { pilot, reader, other, actionId, organization } = await createFicheWithPeople(testApp);
    const url = `/api/actions/${actionId}/budget-lines`;
    const inv = await pilot.session.request('POST', url, { year: 2026, nature: 'investment', plannedCents: 150_000_00, committedCents: 40_000_00 });
    expect(inv.statusCode).toBe(201);
    expect(inv.json().data).toEqual({ id: inv.json().data.id, year: 2026, nature: 'investment', plannedCents: 15_000_000, committedCents: 4_000_000, spentCents: 0, version: 1 });
    await pilot.session.request('POST', url, { year: 2027, nature: 'investment', plannedCents: 100 });
    await pilot.session.request('POST', url, { year: 2026, nature: 'operating', plannedCents: 5_000_00, spentCents: 1_000_00 });

    const duplicate = await pilot.session.request('POST', url, { year: 2026, nature: 'investment', plannedCents: 1 });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toContain('investissement');

    const negative = await pilot.session.request('POST', url, { year: 2028, nature: 'investment', plannedCents: -1 });
    expect(negative.statusCode).toBe(400);
    expect(issuePaths(negative.json())).toEqual(['plannedCents']);
    expect((await pilot.session.request('POST', url, { year: 2028, nature: 'investment', spentCents: 1.5 })).statusCode).toBe(400);

    const list = (await reader.session.request('GET', url)).json();
    expect(list.data.map((l: { year: number; nature: string }) => `${l.year} ${l.nature}`)).toEqual(['2026 investment', '2026 operating', '2027 investment']);
    expect(list.totals).toEqual({
      investment: { plannedCents: 15_000_100, committedCents: 4_000_000, spentCents: 0 },
      operating: { plannedCents: 500_000, committedCents: 0, spentCents: 100_000 },
      all: { plannedCents: 15_500_100, committedCents: 4_000_000, spentCents: 100_000 },
    });
    expect(list.can).toEqual({ update: false });

    const id = inv.json().data.id;
    const spent = await pilot.session.request('PATCH', `/api/budget-lines/${id}`, { spentCents: 10_000_00, version: 1 });
    expect(spent.json().data).toMatchObject({ plannedCents: 15_000_000, committedCents: 4_000_000, spentCents: 1_000_000, version: 2 });
    const moved = await pilot.session.request('PATCH', `/api/budget-lines/${id}`, { year: 2027, version: 2 });
    expect(moved.statusCode).toBe(409);
    expect((await pilot.session.request('PATCH', `/api/budget-lines/${id}`, { spentCents: 1, version: 1 })).statusCode).toBe(409);

    expect((await reader.session.request('PATCH', `/api/budget-lines/${id}`, { spentCents: 1, version: 2 })).statusCode).toBe(403);
    expect((await other.request('GET', url)).statusCode).toBe(404);
    expect((await other.request('PATCH', `/api/budget-lines/${id}`, { spentCents: 1, version: 2 })).statusCode).toBe(404);

    expect((await pilot.session.request('DELETE', `/api/budget-lines/${id}?version=2`)).statusCode).toBe(204);
    const history = await actionHistory(testApp.ctx, organization.id, actionId);
    expect(history.map((e) => e.action)).toEqual(['budgetLine.create', 'budgetLine.create', 'budgetLine.create', 'budgetLine.update', 'budgetLine.delete']);
    expect(history[3]!.changes['budgetLine:2026 investment']).toMatchObject({ before: { spentCents: 0 }, after: { spentCents: 1_000_000 } });
  });
});
