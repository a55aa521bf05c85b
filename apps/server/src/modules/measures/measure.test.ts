import { describe, expect, it } from 'vitest';
import { readHistory } from '../../../test/history.js';
import { createIndicator, createIndicatorCast, putMeasures, putTargets, readMeasures } from '../../../test/indicator-factories.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();
const cast = await createIndicatorCast(testApp);
const { admin } = cast;

describe('measures: entry', () => {
  it('enters, re-enters (the old value kept as a revision) and clears periods', async () => {
    const made = await createIndicator(admin, { ownerOrgUnitId: cast.service.id });
    const first = await putMeasures(cast.serviceMember.session, made.id, [
      { period: '2024', value: 12.5, comment: 'Rapport annuel' },
      { period: '2025', value: 14 },
    ]);
    expect(first.data.map((m) => [m.period, m.value, m.state])).toEqual([
      ['2024', 12.5, 'validated'],
      ['2025', 14, 'validated'],
    ]);
    await putMeasures(cast.serviceMember.session, made.id, [{ period: '2025', value: 15, comment: 'Corrigé' }]);
    let read = await readMeasures(admin, made.id);
    expect(read.measures.map((m) => [m.period, m.value, m.source, m.comment])).toEqual([
      ['2024', 12.5, 'manual', 'Rapport annuel'],
      ['2025', 15, 'manual', 'Corrigé'],
    ]);
    expect(read.revisions.map((r) => [r.period, r.value, r.comment])).toEqual([['2025', 14, '']]);
    // The same value again is not a change.
    const again = await cast.serviceMember.session.request('PUT', `/api/indicators/${made.id}/measures`, { measures: [{ period: '2025', value: 15, comment: 'Corrigé' }] });
    expect(again.json().counts).toEqual({ created: 0, updated: 0, unchanged: 1, deleted: 0 });
    testApp.clock.advance(60_000);
    await putMeasures(admin, made.id, [{ period: '2024', value: null }]);
    read = await readMeasures(admin, made.id);
    expect(read.measures.map((m) => m.period)).toEqual(['2025']);
    // Newest first.
    expect(read.revisions.map((r) => [r.period, r.value])).toEqual([
      ['2024', 12.5],
      ['2025', 14],
    ]);
  });

  it('rejects bad periods and values with a message per item, and writes nothing', async () => {
    const made = await createIndicator(admin, { periodicity: 'monthly' });
    const bad = await admin.request('PUT', `/api/indicators/${made.id}/measures`, {
      measures: [
        { period: '2026-01', value: 1 },
        { period: '2026-13', value: 2 },
        { period: '2026-Q1', value: 3 },
        { period: '2026-01', value: 4 },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['measures.1', 'measures.2', 'measures.3']);
    expect(bad.json().error.issues[0].message).toBe('Période « 2026-13 » invalide pour l\'indicateur mensuel ' + made.code + ' (attendu par exemple : 2026-07)');
    expect((await readMeasures(admin, made.id)).measures).toEqual([]);
    const text = await admin.request('PUT', `/api/indicators/${made.id}/measures`, { measures: [{ period: '2026-01', value: 'douze' }] });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.issues[0].path).toBe('measures.0.value');
  });

  it('lets pilots and the owning units enter; others get 403, or 404 on a unit indicator', async () => {
    const open = await createIndicator(admin, { ownerOrgUnitId: cast.service.id, pilotIds: [cast.pilot.id] });
    const unit = await createIndicator(admin, { ownerOrgUnitId: cast.service.id, visibility: 'unit' });
    const entry = { measures: [{ period: '2025', value: 1 }] };
    expect((await cast.pilot.session.request('PUT', `/api/indicators/${open.id}/measures`, entry)).statusCode).toBe(200);
    expect((await cast.directionMember.session.request('PUT', `/api/indicators/${open.id}/measures`, entry)).statusCode).toBe(200);
    expect((await cast.outsider.session.request('PUT', `/api/indicators/${open.id}/measures`, entry)).statusCode).toBe(403);
    expect((await cast.outsider.session.request('PUT', `/api/indicators/${unit.id}/measures`, entry)).statusCode).toBe(404);
    expect((await cast.other.admin.request('PUT', `/api/indicators/${open.id}/measures`, entry)).statusCode).toBe(404);
  });
});

describe('measures: status and trend', () => {
  const judged = async (direction: string, targets: { period: string; value: number; valueMax?: number }[], values: [string, number][]) => {
    const made = await createIndicator(admin, { direction });
    await putTargets(admin, made.id, targets);
    await putMeasures(admin, made.id, values.map(([period, value]) => ({ period, value })));
    return (await readMeasures(admin, made.id)).measures.map((m) => [m.period, m.status, m.trend]);
  };

  it('higher is better', async () => {
    const t = (period: string) => ({ period, value: 100 });
    expect(await judged('higher', [t('2022'), t('2023'), t('2024'), t('2025')], [['2022', 96], ['2023', 90], ['2024', 70], ['2025', 70]])).toEqual([
      ['2022', 'on_track', null],
      ['2023', 'at_risk', 'worse'],
      ['2024', 'off_track', 'worse'],
      ['2025', 'off_track', 'stable'],
    ]);
  });

  it('lower is better', async () => {
    const t = (period: string) => ({ period, value: 100 });
    expect(await judged('lower', [t('2023'), t('2024'), t('2025')], [['2023', 130], ['2024', 110], ['2025', 100], ['2026', 90]])).toEqual([
      ['2023', 'off_track', null],
      ['2024', 'at_risk', 'better'],
      ['2025', 'on_track', 'better'],
      ['2026', 'no_target', 'better'],
    ]);
  });

  it('target band', async () => {
    const t = (period: string) => ({ period, value: 10, valueMax: 20 });
    expect(await judged('band', [t('2023'), t('2024'), t('2025')], [['2023', 30], ['2024', 25], ['2025', 15]])).toEqual([
      ['2023', 'off_track', null],
      ['2024', 'at_risk', 'better'],
      ['2025', 'on_track', 'better'],
    ]);
  });

  it('lists periods with a target only, and the baseline period with its value', async () => {
    const made = await createIndicator(admin, { baselinePeriod: '2020', baselineValue: 50 });
    await putTargets(admin, made.id, [{ period: '2030', value: 80 }]);
    await putMeasures(admin, made.id, [{ period: '2025', value: 60 }]);
    expect((await readMeasures(admin, made.id)).measures.map((m) => [m.period, m.value, m.state, m.target])).toEqual([
      ['2020', 50, null, null],
      ['2025', 60, 'validated', null],
      ['2030', null, null, 80],
    ]);
  });
});

describe('measures: drafts and validation', () => {
  it('keeps a draft inside the unit until the owner validates it', async () => {
    const made = await createIndicator(admin, { ownerOrgUnitId: cast.service.id, pilotIds: [cast.pilot.id], requiresValidation: true });
    await putMeasures(cast.pilot.session, made.id, [{ period: '2025', value: 42 }]);
    const inside = await readMeasures(cast.serviceMember.session, made.id);
    expect(inside.measures.map((m) => [m.period, m.value, m.state])).toEqual([['2025', 42, 'draft']]);
    expect((await readMeasures(cast.outsider.session, made.id)).measures).toEqual([]);
    const outsiderView = await cast.outsider.session.request('GET', `/api/indicators/${made.id}`);
    expect(outsiderView.json().data.latest).toBeNull();

    // Pilots enter but do not validate; asking to validate on entry is refused too.
    expect((await cast.pilot.session.request('POST', `/api/indicators/${made.id}/measures/2025/validate`)).statusCode).toBe(403);
    expect((await cast.pilot.session.request('PUT', `/api/indicators/${made.id}/measures`, { measures: [{ period: '2025', value: 43, validate: true }] })).statusCode).toBe(403);

    const validated = await cast.directionMember.session.request('POST', `/api/indicators/${made.id}/measures/2025/validate`);
    expect(validated.statusCode).toBe(200);
    expect(validated.json().data).toMatchObject({ period: '2025', value: 42, state: 'validated' });
    expect((await readMeasures(cast.outsider.session, made.id)).measures.map((m) => [m.period, m.value])).toEqual([['2025', 42]]);
    const history = await readHistory(admin, 'indicator', made.id);
    expect(history.at(-1)).toMatchObject({ action: 'measure.validate', changes: { 'measure:2025': { before: 'draft', after: 'validated' } } });
    expect((await cast.directionMember.session.request('POST', `/api/indicators/${made.id}/measures/2024/validate`)).statusCode).toBe(404);
  });

  it('keeps a calculated value draft while an input is, and validates it with the input', async () => {
    const input = await createIndicator(admin, { ownerOrgUnitId: cast.service.id, requiresValidation: true });
    const calc = await createIndicator(admin, { ownerOrgUnitId: cast.service.id, formula: `[${input.code}] * 2` });
    await putMeasures(cast.serviceMember.session, input.id, [{ period: '2025', value: 21 }]);
    expect((await readMeasures(admin, calc.id)).measures.map((m) => [m.value, m.state])).toEqual([[42, 'draft']]);
    expect((await readMeasures(cast.outsider.session, calc.id)).measures).toEqual([]);
    expect((await cast.serviceMember.session.request('POST', `/api/indicators/${input.id}/measures/2025/validate`)).statusCode).toBe(200);
    expect((await readMeasures(cast.outsider.session, calc.id)).measures.map((m) => [m.value, m.state])).toEqual([[42, 'validated']]);
  });

  it('validates on entry when the validator asks', async () => {
    const made = await createIndicator(admin, { ownerOrgUnitId: cast.service.id, requiresValidation: true });
    const entered = await putMeasures(cast.serviceMember.session, made.id, [
      { period: '2024', value: 1 },
      { period: '2025', value: 2, validate: true },
    ]);
    expect(entered.data.map((m) => [m.period, m.state])).toEqual([
      ['2024', 'draft'],
      ['2025', 'validated'],
    ]);
  });
});
