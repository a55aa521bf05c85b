import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createOrganizationWithAdmin, createUnit, PASSWORD } from '../../../test/factories.js';
import { createApiToken, insertTestIndicator, pushMeasures, storedMeasures } from '../../../test/integration-factories.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../../test/test-app.js';
import { apiTokens } from '../api-tokens/api-token.table.js';

let testApp: TestApp;
let admin: Session;
let adminEmail: string;
let organizationId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  ({ admin, adminEmail, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
});

const lastUsedAt = async (id: string) => (await testApp.ctx.db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0]!.lastUsedAt;

describe('POST /api/v1/measures', () => {
  it('writes a batch with a token, idempotently, and records the last use', async () => {
    const tonnage = await insertTestIndicator(testApp.ctx, { organizationId, periodicity: 'monthly' });
    const rate = await insertTestIndicator(testApp.ctx, { organizationId, periodicity: 'quarterly' });
    const { id, token } = await createApiToken(admin);
    const batch = [
      { indicator: tonnage.code.toLowerCase(), period: '2026-01', value: 120.5, comment: 'Collecte janvier' },
      { indicator: tonnage.code, period: '2026-02', value: '1 234,5' },
      { indicator: rate.code, period: 'T1 2026', value: 87 },
    ];
    const first = await pushMeasures(testApp, token, batch);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ created: 3, updated: 0, unchanged: 0, errors: 0 });
    expect(first.json().items[2]).toEqual({ index: 2, indicator: rate.code, period: '2026-Q1', result: 'created' });
    expect(await storedMeasures(testApp.ctx, organizationId, tonnage.id)).toEqual([
      { period: '2026-01', value: 120.5, comment: 'Collecte janvier', source: 'api', tokenId: id, connectorId: null },
      { period: '2026-02', value: 1234.5, comment: '', source: 'api', tokenId: id, connectorId: null },
    ]);
    expect(await lastUsedAt(id)).toEqual(testApp.clock.now());

    testApp.clock.advance(1000);
    const again = await pushMeasures(testApp, token, batch);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: 0 });
    // Within the minute the last use is not written again.
    expect((await lastUsedAt(id))!.getTime()).toBe(testApp.clock.now().getTime() - 1000);

    const changed = await pushMeasures(testApp, token, [{ indicator: tonnage.code, period: '2026-01', value: 121 }]);
    expect(changed.json()).toMatchObject({ created: 0, updated: 1 });
  });

  it('rejects the whole batch when one item is bad, unless ?partial=true', async () => {
    const indicator = await insertTestIndicator(testApp.ctx, { organizationId, periodicity: 'monthly' });
    const { token } = await createApiToken(admin);
    const batch = [
      { indicator: indicator.code, period: '2026-01', value: 10 },
      { indicator: indicator.code, period: '2026-13', value: 11 },
      { indicator: 'INCONNU-99', period: '2026-02', value: 12 },
      { indicator: indicator.code, period: '2026-03', value: 'beaucoup' },
    ];
    const rejected = await pushMeasures(testApp, token, batch);
    expect(rejected.statusCode).toBe(422);
    const body = rejected.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.errors).toBe(3);
    expect(body.items.map((i: { result: string }) => i.result)).toEqual(['unchanged', 'error', 'error', 'error']);
    expect(body.items[1].error).toMatch(/2026-13/);
    expect(body.items[2].error).toMatch(/INCONNU-99/);
    expect(body.items[3].error).toMatch(/beaucoup/);
    expect(await storedMeasures(testApp.ctx, organizationId, indicator.id)).toEqual([]);

    const partial = await pushMeasures(testApp, token, batch, '?partial=true');
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toMatchObject({ created: 1, errors: 3 });
    expect((await storedMeasures(testApp.ctx, organizationId, indicator.id)).map((m) => m.period)).toEqual(['2026-01']);
  });

  it('keeps a scoped token to its units and their sub-units', async () => {
    const direction = await createUnit(admin, 'Direction environnement');
    const service = await createUnit(admin, 'Service déchets', direction.id);
    const other = await createUnit(admin, 'Direction culture');
    const inService = await insertTestIndicator(testApp.ctx, { organizationId, ownerOrgUnitId: service.id });
    const elsewhere = await insertTestIndicator(testApp.ctx, { organizationId, ownerOrgUnitId: other.id });
    const { token } = await createApiToken(admin, { orgUnitIds: [direction.id] });
    const response = await pushMeasures(testApp, token, [
      { indicator: inService.code, period: '2026-01', value: 1 },
      { indicator: elsewhere.code, period: '2026-01', value: 2 },
    ]);
    expect(response.statusCode).toBe(422);
    expect(response.json().items[0].result).toBe('unchanged');
    expect(response.json().items[1].error).toMatch(/hors du périmètre/);
  });

  it("does not see another collectivité's indicators", async () => {
    const ours = await insertTestIndicator(testApp.ctx, { organizationId });
    const other = await createOrganizationWithAdmin(testApp);
    const { token } = await createApiToken(other.admin);
    const response = await pushMeasures(testApp, token, [{ indicator: ours.code, period: '2026-01', value: 1 }]);
    expect(response.statusCode).toBe(422);
    expect(response.json().items[0].error).toMatch(/inconnu/i);
    expect(await storedMeasures(testApp.ctx, organizationId, ours.id)).toEqual([]);
  });

  it('answers 401 with a clear message without a token, with an unknown one, or an expired one', async () => {
    const item = [{ indicator: 'X', period: '2026', value: 1 }];
    const none = await testApp.app.inject({ method: 'POST', url: '/api/v1/measures', payload: item });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.json().error.message).toMatch(/Authorization: Bearer/);
    expect((await pushMeasures(testApp, 'pil_nope', item)).json().error.message).toBe('Jeton d’API inconnu');

    const expiring = await createApiToken(admin, { expiresOn: '2026-03-31' });
    expect((await pushMeasures(testApp, expiring.token, item)).statusCode).toBe(422);
    testApp.clock.set('2026-04-01T08:00:00.000Z');
    try {
      const expired = await pushMeasures(testApp, expiring.token, item);
      expect(expired.statusCode).toBe(401);
      expect(expired.json().error.message).toMatch(/expiré/);
      const later = await signIn(testApp, adminEmail, PASSWORD);
      const listed = (await later.request('GET', '/api/api-tokens')).json().data.find((t: { id: string }) => t.id === expiring.id);
      expect(listed.state).toBe('expired');
    } finally {
      testApp.clock.set('2026-03-02T09:00:00.000Z');
      admin = await signIn(testApp, adminEmail, PASSWORD);
    }
  });

  it('takes no browser session: a cookie alone is refused, a bearer with a stray cookie needs no CSRF token', async () => {
    const item = [{ indicator: 'X', period: '2026', value: 1 }];
    const cookieOnly = await admin.request('POST', '/api/v1/measures', item);
    expect(cookieOnly.statusCode).toBe(401);
    const { token } = await createApiToken(admin);
    const withCookie = await pushMeasures(testApp, token, item, '', { cookie: admin.cookie });
    expect(withCookie.statusCode).toBe(422);
  });

  it('accepts a batch of 10,000 items (bigger than the default body limit) and refuses more', async () => {
    const { token } = await createApiToken(admin);
    const items = Array.from({ length: 10_000 }, (_, i) => ({ indicator: 'INCONNU', period: '2026-01', value: i, comment: 'x'.repeat(200) }));
    const response = await pushMeasures(testApp, token, items);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toBe(10_000);
    const tooMany = await pushMeasures(testApp, token, [...items, items[0]]);
    expect(tooMany.statusCode).toBe(400);
  });
});
