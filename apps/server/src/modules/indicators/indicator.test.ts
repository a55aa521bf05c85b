import { describe, expect, it } from 'vitest';
import { createAction, createPlanRow } from '../../../test/action-factories.js';
import { readHistory } from '../../../test/history.js';
import { createIndicator, createIndicatorCast, nextCode, putMeasures, readMeasures } from '../../../test/indicator-factories.js';
import { createTestApp } from '../../../test/test-app.js';

const testApp = await createTestApp();
const cast = await createIndicatorCast(testApp);
const { admin } = cast;

describe('indicators: definitions', () => {
  it('creates an indicator with its pilots, links and defaults, reads it back, and records the creation', async () => {
    const plan = await createPlanRow(testApp.ctx, { organizationId: cast.organization.id });
    const created = await createIndicator(admin, {
      code: 'dech-01',
      name: 'Déchets collectés par habitant',
      unit: 'kg/hab',
      direction: 'lower',
      ownerOrgUnitId: cast.service.id,
      pilotIds: [cast.pilot.id],
      nodeIds: [plan.nodeIds['1']],
      baselinePeriod: '2024',
      baselineValue: 410,
    });
    expect(created).toMatchObject({
      code: 'DECH-01',
      unit: 'kg/hab',
      direction: 'lower',
      kind: 'result',
      visibility: 'organization',
      calculated: false,
      pilots: [{ id: cast.pilot.id, name: 'Paula Pilote' }],
      nodeIds: [plan.nodeIds['1']],
      thresholds: { onTrack: 95, offTrack: 80 },
      latest: null,
      due: true,
      duePeriod: '2025',
      version: 1,
    });
    const read = await cast.pilot.session.request('GET', `/api/indicators/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().can).toEqual({ update: true, delete: false, enterMeasures: true, validateMeasures: false });
    const history = await readHistory(admin, 'indicator', created.id);
    expect(history.map((e) => e.action)).toEqual(['create']);
    expect(history[0]!.changes.code).toEqual({ before: null, after: 'DECH-01' });
  });

  it('refuses a code already used in the collectivité, but another collectivité may use it', async () => {
    const code = nextCode('DUP');
    await createIndicator(admin, { code });
    const again = await admin.request('POST', '/api/indicators', { code: code.toLowerCase(), name: 'Doublon', periodicity: 'yearly' });
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({ code: 'validation_failed', issues: [{ path: 'code', message: `Le code « ${code} » est déjà utilisé par un autre indicateur de la collectivité` }] });
    await createIndicator(cast.other.admin, { code });
  });

  it('checks references and periods with clear messages', async () => {
    const bad = await admin.request('POST', '/api/indicators', {
      code: nextCode(),
      name: 'Mauvaises références',
      periodicity: 'yearly',
      pilotIds: [cast.other.admin.userId],
      ownerOrgUnitId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['ownerOrgUnitId', 'pilotIds']);
    const baseline = await admin.request('POST', '/api/indicators', { code: nextCode(), name: 'Réf', periodicity: 'quarterly', baselinePeriod: '2025' });
    expect(baseline.statusCode).toBe(422);
    expect(baseline.json().error.message).toBe('La période de référence doit être une période trimestrielle (par exemple 2026-Q3)');
    const shape = await admin.request('POST', '/api/indicators', { code: 'avec espace', name: '', periodicity: 'weekly' });
    expect(shape.statusCode).toBe(400);
  });

  it('lets members create for their unit only, and only admins without an owner unit', async () => {
    const forMyService = await cast.directionMember.session.request('POST', '/api/indicators', { code: nextCode(), name: 'Du service', periodicity: 'yearly', ownerOrgUnitId: cast.service.id });
    expect(forMyService.statusCode).toBe(201);
    const elsewhere = await cast.serviceMember.session.request('POST', '/api/indicators', { code: nextCode(), name: 'De la direction', periodicity: 'yearly', ownerOrgUnitId: cast.direction.id });
    expect(elsewhere.statusCode).toBe(403);
    const noOwner = await cast.serviceMember.session.request('POST', '/api/indicators', { code: nextCode(), name: 'Sans unité', periodicity: 'yearly' });
    expect(noOwner.statusCode).toBe(403);
  });

  it('updates with the version it read (409 when stale) and records what changed', async () => {
    const made = await createIndicator(admin, { ownerOrgUnitId: cast.service.id, pilotIds: [cast.pilot.id] });
    const patched = await cast.pilot.session.request('PATCH', `/api/indicators/${made.id}`, { version: 1, name: 'Nouveau nom', unit: '%' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().data).toMatchObject({ name: 'Nouveau nom', unit: '%', version: 2 });
    const stale = await admin.request('PATCH', `/api/indicators/${made.id}`, { version: 1, name: 'Trop tard' });
    expect(stale.statusCode).toBe(409);
    const outsider = await cast.outsider.session.request('PATCH', `/api/indicators/${made.id}`, { version: 2, name: 'Non' });
    expect(outsider.statusCode).toBe(403);
    const history = await readHistory(admin, 'indicator', made.id);
    expect(history.at(-1)!.changes).toEqual({ name: { before: 'Indicateur de test', after: 'Nouveau nom' }, unit: { before: '', after: '%' } });
  });

  it('keeps the periodicity once measures exist', async () => {
    const made = await createIndicator(admin);
    await putMeasures(admin, made.id, [{ period: '2025', value: 3 }]);
    const changed = await admin.request('PATCH', `/api/indicators/${made.id}`, { version: made.version, periodicity: 'monthly' });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.message).toContain('sa périodicité ne peut plus changer');
  });

  it('deletes an indicator with its measures, but not while a formula reads it', async () => {
    const input = await createIndicator(admin);
    const calc = await createIndicator(admin, { formula: `[${input.code}] * 2` });
    await putMeasures(admin, input.id, [{ period: '2025', value: 5 }]);
    const refused = await admin.request('DELETE', `/api/indicators/${input.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(`Cet indicateur est utilisé par la formule de ${calc.code} : modifiez ces formules avant de le supprimer`);
    expect((await cast.pilot.session.request('DELETE', `/api/indicators/${calc.id}`)).statusCode).toBe(403);
    expect((await admin.request('DELETE', `/api/indicators/${calc.id}`)).statusCode).toBe(204);
    expect((await admin.request('DELETE', `/api/indicators/${input.id}`)).statusCode).toBe(204);
    expect((await admin.request('GET', `/api/indicators/${input.id}`)).statusCode).toBe(404);
    const history = await readHistory(admin, 'indicator', input.id).catch((error: Error) => error.message);
    expect(history).toContain('404');
  });
});

describe('indicators: links', () => {
  it('keeps the indicator when a linked action, node or plan is deleted, without the link', async () => {
    const plan = await createPlanRow(testApp.ctx, { organizationId: cast.organization.id });
    const emptyPlan = await createPlanRow(testApp.ctx, { organizationId: cast.organization.id });
    const action = await createAction(admin, { nodeId: plan.nodeIds['1.1'], title: 'Composteurs de quartier' });
    const made = await createIndicator(admin, { actionIds: [action.id], nodeIds: [plan.nodeIds['2'], emptyPlan.nodeIds['1']] });
    expect((await admin.request('DELETE', `/api/actions/${action.id}`)).statusCode).toBe(204);
    expect((await admin.request('DELETE', `/api/nodes/${plan.nodeIds['2']}`)).statusCode).toBe(204);
    expect((await admin.request('DELETE', `/api/plans/${emptyPlan.planId}`)).statusCode).toBe(204);
    const read = (await admin.request('GET', `/api/indicators/${made.id}`)).json().data;
    expect(read).toMatchObject({ actionIds: [], nodeIds: [] });
  });
});

describe('indicators: calculated', () => {
  it('computes a formula from its inputs and recomputes when an input changes', async () => {
    const waste = await createIndicator(admin, { code: nextCode('TONNES') });
    const people = await createIndicator(admin, { code: nextCode('POP') });
    await putMeasures(admin, waste.id, [{ period: '2024', value: 4000 }, { period: '2025', value: 3900 }]);
    await putMeasures(admin, people.id, [{ period: '2024', value: 10000 }, { period: '2025', value: 10000 }]);
    const perHead = await createIndicator(admin, { code: nextCode('RATIO'), formula: `[${waste.code}] / [${people.code}] * 1000` });
    expect(perHead).toMatchObject({ calculated: true, inputCodes: [people.code, waste.code].sort() });
    expect((await readMeasures(admin, perHead.id)).measures.map((m) => [m.period, m.value, m.source])).toEqual([
      ['2024', 400, 'formula'],
      ['2025', 390, 'formula'],
    ]);
    await putMeasures(admin, waste.id, [{ period: '2025', value: 3500 }]);
    expect((await readMeasures(admin, perHead.id)).measures.at(-1)!.value).toBe(350);
    const manual = await admin.request('PUT', `/api/indicators/${perHead.id}/measures`, { measures: [{ period: '2025', value: 1 }] });
    expect(manual.statusCode).toBe(422);
    expect(manual.json().error.message).toContain('est calculé');
    expect((await admin.request('POST', `/api/indicators/${perHead.id}/measures/2025/validate`)).statusCode).toBe(422);
    expect((await admin.request('GET', `/api/indicators/${perHead.id}`)).json().can).toEqual({ update: true, delete: true, enterMeasures: false, validateMeasures: false });
  });

  it('recomputes when the formula changes', async () => {
    const a = await createIndicator(admin);
    await putMeasures(admin, a.id, [{ period: '2025', value: 10 }]);
    const calc = await createIndicator(admin, { formula: `[${a.code}] + 1` });
    const patched = await admin.request('PATCH', `/api/indicators/${calc.id}`, { version: calc.version, formula: `[${a.code}] * 3` });
    expect(patched.statusCode).toBe(200);
    expect((await readMeasures(admin, calc.id)).measures.map((m) => m.value)).toEqual([30]);
  });

  it('refuses unknown codes, itself, loops and other periodicities, with a message on the formula', async () => {
    const yearly = await createIndicator(admin);
    const monthly = await createIndicator(admin, { periodicity: 'monthly' });
    const hidden = await createIndicator(admin, { visibility: 'unit', ownerOrgUnitId: cast.otherDirection.id });
    const first = await createIndicator(admin, { formula: `[${yearly.code}] * 2` });
    const attempt = async (session: typeof admin, body: Record<string, unknown>) => {
      const response = await session.request('POST', '/api/indicators', { code: nextCode(), name: 'Calculé', periodicity: 'yearly', ...body });
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().error.issues[0].path).toBe('formula');
      return response.json().error.message as string;
    };
    expect(await attempt(admin, { formula: '[INCONNU] + 1' })).toBe('Code inconnu dans la formule : INCONNU');
    expect(await attempt(admin, { code: 'SOI-MEME', formula: '[SOI-MEME] + 1' })).toBe('La formule ne peut pas utiliser l’indicateur lui-même (SOI-MEME)');
    expect(await attempt(admin, { formula: `[${monthly.code}] + 1` })).toBe(`La formule doit utiliser des indicateurs de même périodicité (annuelle) : ${monthly.code} (mensuelle)`);
    expect(await attempt(admin, { formula: '2 +' })).toMatch(/^Formule invalide/);
    expect(await attempt(admin, { formula: 'eval(1)' })).toMatch(/Fonction inconnue/);
    // A unit indicator the author cannot read is reported like a missing one.
    expect(await attempt(cast.directionMember.session, { ownerOrgUnitId: cast.direction.id, formula: `[${hidden.code}]` })).toBe(`Code inconnu dans la formule : ${hidden.code}`);

    // yearly ← first; making yearly read first closes a loop.
    const loop = await admin.request('PATCH', `/api/indicators/${yearly.id}`, { version: yearly.version, formula: `[${first.code}] / 2` });
    expect(loop.statusCode).toBe(422);
    expect(loop.json().error.message).toBe(`La formule crée une boucle entre indicateurs calculés : ${yearly.code} → ${first.code} → ${yearly.code}`);
  });

  it('keeps a code that formulas use', async () => {
    const input = await createIndicator(admin);
    const calc = await createIndicator(admin, { formula: `[${input.code}]` });
    const renamed = await admin.request('PATCH', `/api/indicators/${input.id}`, { version: input.version, code: nextCode() });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().error.message).toBe(`Cet indicateur est utilisé par la formule de ${calc.code} : son code ne peut pas changer`);
  });
});

describe('indicators: targets', () => {
  it('replaces the list of targets, checks periods against the periodicity, and records it', async () => {
    const made = await createIndicator(admin, { periodicity: 'quarterly' });
    const put = await admin.request('PUT', `/api/indicators/${made.id}/targets`, { targets: [{ period: '2026-Q1', value: 10 }, { period: '2026-Q2', value: 12 }] });
    expect(put.statusCode).toBe(200);
    expect(put.json().data).toEqual([
      { period: '2026-Q1', value: 10, valueMax: null },
      { period: '2026-Q2', value: 12, valueMax: null },
    ]);
    const bad = await admin.request('PUT', `/api/indicators/${made.id}/targets`, { targets: [{ period: '2026', value: 1 }, { period: '2026-Q1', value: 2 }, { period: '2026-Q1', value: 3 }] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.issues).toEqual([
      { path: 'targets.0.period', message: '« 2026 » n’est pas une période trimestrielle' },
      { path: 'targets.2.period', message: 'La période 2026-Q1 figure deux fois' },
    ]);
    const replaced = await admin.request('PUT', `/api/indicators/${made.id}/targets`, { targets: [{ period: '2026-Q1', value: 11 }] });
    expect(replaced.json().data).toEqual([{ period: '2026-Q1', value: 11, valueMax: null }]);
    const history = await readHistory(admin, 'indicator', made.id);
    expect(history.at(-1)!.changes).toEqual({ 'target:2026-Q1': { before: 10, after: 11 }, 'target:2026-Q2': { before: 12, after: null } });
    expect((await cast.outsider.session.request('PUT', `/api/indicators/${made.id}/targets`, { targets: [] })).statusCode).toBe(403);
  });
});
