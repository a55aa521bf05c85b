import { beforeAll, describe, expect, it } from 'vitest';
import { createAction, createPlanRow, statusIds } from '../../../test/action-factories.js';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { createIndicator, putMeasures, putTargets } from '../../../test/indicator-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { newId } from '../../lib/tokens.js';
import { findReviewSnapshot } from './review-snapshot.repository.js';
import { readLivePlanSnapshot, takeReviewSnapshot } from './review-snapshot.service.js';

let testApp: TestApp;
let admin: Session;
let organizationId: string;
let plan: Awaited<ReturnType<typeof createPlanRow>>;
let statuses: Record<string, string>;

beforeAll(async () => {
  testApp = await createTestApp();
  ({ admin, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
  plan = await createPlanRow(testApp.ctx, { organizationId });
  statuses = await statusIds(testApp.ctx, organizationId);
});

describe('plan snapshot', () => {
  it('freezes every fiche with its code, status, progress and lateness, and the linked indicators with their latest measure', async () => {
    const parent = await createAction(admin, { nodeId: plan.nodeIds['1.1'], title: 'Rénover les écoles', statusId: statuses['En cours'], endsOn: '2026-01-31' });
    const sub = await createAction(admin, { nodeId: plan.nodeIds['1.1'], parentActionId: parent.id, title: 'École Jaurès', progress: 40 });
    const other = await createAction(admin, { nodeId: plan.nodeIds['2'], title: 'Pistes cyclables', statusId: statuses['Terminé'], endsOn: '2025-12-31' });
    const linked = await createIndicator(admin, { code: 'KWH-ECOLES', name: 'Consommation des écoles', actionIds: [parent.id], direction: 'lower' });
    await putTargets(admin, linked.id, [{ period: '2025', value: 100 }]);
    await putMeasures(admin, linked.id, [{ period: '2025', value: 90 }]);
    const unmeasured = await createIndicator(admin, { code: 'VELO', name: 'Km de pistes', nodeIds: [plan.nodeIds['2']] });
    await createIndicator(admin, { code: 'HORS-PLAN', name: 'Sans lien' });

    const reviewId = newId();
    await testApp.ctx.db.transaction((tx) => takeReviewSnapshot(tx, testApp.ctx, { organizationId, reviewId, planId: plan.planId }));
    const stored = await findReviewSnapshot(testApp.ctx.db, { organizationId, reviewId });
    expect(stored?.takenAt.toISOString()).toBe(testApp.clock.now().toISOString());

    const byTitle = Object.fromEntries(stored!.data.actions.map((a) => [a.title, a]));
    expect(byTitle['Rénover les écoles']).toMatchObject({ id: parent.id, code: '1.1.1', statusLabel: 'En cours', statusCategory: 'in_progress', late: true, endsOn: '2026-01-31' });
    expect(byTitle['École Jaurès']).toMatchObject({ id: sub.id, code: '1.1.1.1', parentActionId: parent.id, progress: 40, late: false });
    // Done is never late, whatever its end date.
    expect(byTitle['Pistes cyclables']).toMatchObject({ id: other.id, code: '2.1', statusLabel: 'Terminé', late: false });
    expect(stored!.data.indicators).toEqual([
      { id: linked.id, code: 'KWH-ECOLES', name: 'Consommation des écoles', last: { period: '2025', value: 90, status: 'on_track' } },
      { id: unmeasured.id, code: 'VELO', name: 'Km de pistes', last: null },
    ]);
  });

  it('stays as it was taken while the live plan moves on', async () => {
    const fiche = await createAction(admin, { nodeId: plan.nodeIds['1.2'], title: 'Cantine bio', progress: 10 });
    const reviewId = newId();
    await testApp.ctx.db.transaction((tx) => takeReviewSnapshot(tx, testApp.ctx, { organizationId, reviewId, planId: plan.planId }));
    const patched = await admin.request('PATCH', `/api/actions/${fiche.id}`, { version: fiche.version, progress: 70 });
    expect(patched.statusCode, patched.body).toBe(200);

    const frozen = await findReviewSnapshot(testApp.ctx.db, { organizationId, reviewId });
    const live = await readLivePlanSnapshot(testApp.ctx.db, testApp.ctx, { organizationId, planId: plan.planId });
    expect(frozen!.data.actions.find((a) => a.id === fiche.id)?.progress).toBe(10);
    expect(live.actions.find((a) => a.id === fiche.id)?.progress).toBe(70);
  });
});
