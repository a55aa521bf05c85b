import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { newId } from '../../lib/tokens.js';
import { indicatorInputs, indicators } from '../indicators/indicator.table.js';
import { measureRevisions, measures } from './measure.table.js';
import { resolveMeasureItems, writeMeasures, type RawMeasureItem } from './measure-write.service.js';

/** The one path every measure takes (grid, file, API, connector): checks, upsert, history, formulas. */
describe('measure writing', () => {
  let t: TestApp;
  let organizationId: string;
  let unitId: string;
  const ids: Record<string, string> = {};

  async function addIndicator(code: string, over: Partial<typeof indicators.$inferInsert> = {}) {
    ids[code] = newId();
    await t.ctx.db.insert(indicators).values({ id: ids[code]!, organizationId, code, name: code, periodicity: 'quarterly', ...over });
  }
  async function addFormula(code: string, formula: string, inputs: string[]) {
    await addIndicator(code, { formula });
    await t.ctx.db.insert(indicatorInputs).values(inputs.map((input) => ({ organizationId, indicatorId: ids[code]!, inputId: ids[input]! })));
  }

  async function write(items: Omit<RawMeasureItem, 'index'>[], options: { validate?: boolean; allowDelete?: boolean } = {}) {
    return t.ctx.db.transaction(async (tx) => {
      const { resolved, problems } = await resolveMeasureItems(tx, { organizationId, items: items.map((item, index) => ({ index, ...item })), allowDelete: options.allowDelete });
      expect(problems).toEqual([]);
      return writeMeasures(tx, t.ctx, { organizationId, measures: resolved, source: 'manual', writer: { userId: null }, validate: options.validate });
    });
  }
  const valueOf = async (code: string, period: string) => {
    const [row] = await t.ctx.db.select().from(measures).where(and(eq(measures.indicatorId, ids[code]!), eq(measures.period, period)));
    return row;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const { organization, admin } = await createOrganizationWithAdmin(t);
    organizationId = organization.id;
    unitId = (await createUnit(admin, 'Direction des déchets')).id;
    await addIndicator('DECH-01', { ownerOrgUnitId: unitId });
    await addIndicator('POP', { periodicity: 'yearly' });
    await addIndicator('A');
    await addIndicator('B');
    await addIndicator('VALID', { requiresValidation: true });
    await addFormula('RATIO', '[A] / [B] * 100', ['A', 'B']);
    await addFormula('DOUBLE', 'RATIO * 2', ['RATIO']);
  });

  it('creates, leaves the same value unchanged, and keeps the replaced value in history', async () => {
    expect((await write([{ code: 'dech-01', period: 'T3 2026', value: '1 234,5', comment: 'Relevé' }])).results).toEqual(['created']);
    expect((await write([{ code: 'DECH-01', period: '2026-Q3', value: 1234.5 }])).results).toEqual(['unchanged']);
    expect((await write([{ code: 'DECH-01', period: '2026-Q3', value: 1300 }])).results).toEqual(['updated']);

    const row = await valueOf('DECH-01', '2026-Q3');
    expect(row).toMatchObject({ value: 1300, comment: 'Relevé', version: 2 });
    const history = await t.ctx.db.select().from(measureRevisions).where(eq(measureRevisions.indicatorId, ids['DECH-01']!)).orderBy(asc(measureRevisions.replacedAt));
    expect(history.map((h) => h.value)).toEqual([1234.5]);
  });

  it('reports every bad item with a French message and resolves the good ones', async () => {
    const items: RawMeasureItem[] = [
      { index: 1, code: 'INCONNU', period: '2026', value: 1 },
      { index: 2, code: 'DECH-01', period: '2026-13', value: 1 },
      { index: 3, code: 'DECH-01', period: '2026-Q1', value: 'douze' },
      { index: 4, code: 'DECH-01', period: '2026-Q2', value: 5 },
      { index: 5, code: 'DECH-01', period: 'T2 2026', value: 6 },
      { index: 6, code: 'RATIO', period: '2026-Q2', value: 6 },
      { index: 7, code: 'POP', period: '2026-Q2', value: 6 },
      { index: 8, code: 'A', period: '2026-Q2', value: '' },
    ];
    const { resolved, problems } = await resolveMeasureItems(t.ctx.db, { organizationId, items });
    expect(resolved.map((r) => r.index)).toEqual([4]);
    const byIndex = Object.fromEntries(problems.map((p) => [p.index, p.message]));
    expect(byIndex[1]).toMatch(/Indicateur inconnu : « INCONNU »/);
    expect(byIndex[2]).toMatch(/Période « 2026-13 » invalide/);
    expect(byIndex[3]).toMatch(/non numérique/);
    expect(byIndex[5]).toMatch(/En double/);
    expect(byIndex[6]).toMatch(/calculé/);
    expect(byIndex[7]).toMatch(/attendu par exemple : 2026\)$/);
    expect(byIndex[8]).toMatch(/Valeur manquante/);
  });

  it('keeps a token to the indicators of its org units', async () => {
    const items = [
      { index: 0, code: 'DECH-01', period: '2026-Q1', value: 1 },
      { index: 1, code: 'A', period: '2026-Q1', value: 1 },
    ];
    const { resolved, problems } = await resolveMeasureItems(t.ctx.db, { organizationId, items, scope: { orgUnitIds: [unitId] } });
    expect(resolved.map((r) => r.code)).toEqual(['DECH-01']);
    expect(problems).toEqual([{ index: 1, message: expect.stringMatching(/hors du périmètre/) }]);
  });

  it('recomputes calculated indicators, in chains, when an input changes or disappears', async () => {
    await write([
      { code: 'A', period: '2026-Q1', value: 30 },
      { code: 'B', period: '2026-Q1', value: 60 },
    ]);
    expect(await valueOf('RATIO', '2026-Q1')).toMatchObject({ value: 50, source: 'formula' });
    expect((await valueOf('DOUBLE', '2026-Q1'))?.value).toBe(100);

    await write([{ code: 'A', period: '2026-Q1', value: 45 }]);
    expect((await valueOf('RATIO', '2026-Q1'))?.value).toBe(75);
    expect((await valueOf('DOUBLE', '2026-Q1'))?.value).toBe(150);

    await write([{ code: 'B', period: '2026-Q1', value: null }], { allowDelete: true });
    expect(await valueOf('B', '2026-Q1')).toBeUndefined();
    expect(await valueOf('RATIO', '2026-Q1')).toBeUndefined();
    expect(await valueOf('DOUBLE', '2026-Q1')).toBeUndefined();
  });

  it('keeps measures of an indicator requiring validation as drafts until validated', async () => {
    await write([{ code: 'VALID', period: '2026-Q1', value: 10 }]);
    expect((await valueOf('VALID', '2026-Q1'))?.state).toBe('draft');
    expect((await write([{ code: 'VALID', period: '2026-Q1', value: 10 }], { validate: true })).results).toEqual(['updated']);
    expect((await valueOf('VALID', '2026-Q1'))?.state).toBe('validated');
    // A new value from someone who does not validate goes back to draft.
    await write([{ code: 'VALID', period: '2026-Q1', value: 11 }]);
    expect((await valueOf('VALID', '2026-Q1'))?.state).toBe('draft');
  });

  it('upserts a large batch in one pass', async () => {
    await addIndicator('BULK', { periodicity: 'monthly' });
    const items = Array.from({ length: 2400 }, (_, i) => ({ code: 'BULK', period: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value: i }));
    const first = await write(items);
    expect(first.created).toBe(2400);
    const again = await write(items);
    expect(again.unchanged).toBe(2400);
  });
});
