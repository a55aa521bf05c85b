import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../../test/history.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import type { MemberActor } from '../../http/actor.js';
import type { Clock } from '../../lib/clock.js';
import { actions } from '../actions/action.table.js';
import { applyDecision } from './review-apply.service.js';
import { createReviewCast, expectStatus, newReview, newSeries, type ReviewCast } from './review.test-fixtures.js';

/** The machine running the suite may be busy: creating people (argon2) and plans takes a while there. */
const SLOW = 180_000;

let testApp: TestApp;
let cast: ReviewCast;
let review: { id: string; title: string; date: string };

beforeAll(async () => {
  testApp = await createTestApp();
  cast = await createReviewCast(testApp);
  const series = await newSeries(cast.manager.session, cast.plan.id);
  review = (await newReview(cast.manager.session, { seriesId: series.id })).data;
}, SLOW);

type Decision = { id: string; itemId: string; text: string; appliedAt: string | null; appliedBy: { id: string; name: string } | null; stale: boolean; version: number };
const ficheRow = async (id: string) => (await testApp.ctx.db.select().from(actions).where(eq(actions.id, id)))[0]!;
const decisionsOf = (data: { items: { decisions: Decision[] }[] }) => data.items.flatMap((item) => item.decisions);
const readReview = async () => (await expectStatus(cast.manager.session.request('GET', `/api/reviews/${review.id}`), 200)).data;

/** A fiche on the agenda with one decision recorded on it. */
async function decide(title: string, effect: Record<string, unknown> | null, text = `Décision sur ${title}`) {
  const fiche = await cast.fiche({ title });
  const withItem = await expectStatus(cast.manager.session.request('POST', `/api/reviews/${review.id}/items`, { kind: 'action', actionId: fiche.id }), 201);
  const item = withItem.data.items.find((i: { actionId: string }) => i.actionId === fiche.id);
  const withDecision = await expectStatus(cast.manager.session.request('POST', `/api/reviews/${review.id}/items/${item.id}/decisions`, { text, effect }), 201);
  const decision = decisionsOf(withDecision.data).find((d) => d.itemId === item.id)!;
  return { fiche, decision };
}
const apply = (decisionId: string) => cast.manager.session.request('POST', `/api/reviews/${review.id}/decisions/${decisionId}/apply`);

describe('applying a decision', { timeout: SLOW }, () => {
  it('changes the status through the fiche’s own rules, marks the decision applied and links the fiche’s history to the review', async () => {
    const { fiche, decision } = await decide('Rénover les écoles', { type: 'status', statusId: cast.statuses['En cours'] }, 'Lancer les travaux en avril');
    const applied = await expectStatus(apply(decision.id), 200);
    expect((await ficheRow(fiche.id)).statusId).toBe(cast.statuses['En cours']);
    expect(decisionsOf(applied.data).find((d) => d.id === decision.id)).toMatchObject({
      appliedAt: testApp.clock.now().toISOString(),
      appliedBy: { id: cast.manager.id, name: 'Gaëlle Gestion' },
      stale: false,
    });

    const history = await readHistory(cast.admin, 'action', fiche.id);
    expect(history.find((e) => e.action === 'update')?.changes.statusId).toEqual({ before: cast.statuses['À lancer'], after: cast.statuses['En cours'] });
    expect(history.find((e) => e.action === 'review.decision')).toMatchObject({
      actor: { id: cast.manager.id },
      changes: {
        review: { before: null, after: 'Revue de projet du 27/04/2026' },
        reviewId: { before: null, after: review.id },
        decision: { before: null, after: 'Lancer les travaux en avril' },
        effect: { before: null, after: 'status' },
      },
    });

    const again = await expectStatus(apply(decision.id), 409);
    expect(again.error.code).toBe('already_applied');
    await expectStatus(cast.manager.session.request('DELETE', `/api/reviews/${review.id}/decisions/${decision.id}`), 409);
  });

  it('changes the pilot, the end date, or closes the fiche with the first « done » status', async () => {
    const pilot = await decide('Plan vélo', { type: 'pilot', pilotId: cast.reader.id });
    const endDate = await decide('Cantine bio', { type: 'end_date', endsOn: '2026-09-30' });
    const close = await decide('Jardins partagés', { type: 'close' });
    for (const { decision } of [pilot, endDate, close]) await expectStatus(apply(decision.id), 200);
    expect((await ficheRow(pilot.fiche.id)).pilotId).toBe(cast.reader.id);
    expect((await ficheRow(endDate.fiche.id)).endsOn).toBe('2026-09-30');
    expect((await ficheRow(close.fiche.id)).statusId).toBe(cast.statuses['Terminé']);
    expect((await readHistory(cast.admin, 'action', endDate.fiche.id)).some((e) => e.action === 'review.decision' && e.changes.effect?.after === 'end_date')).toBe(true);
  });

  it('attaches a fiche under another, or merges it into another (seed 003’s re-attachment)', async () => {
    const target = await cast.fiche({ title: 'Mobilité douce' });
    const attach = await decide('Arceaux vélo', { type: 'attach', targetActionId: target.id });
    const merge = await decide('Vélos en libre-service', { type: 'merge', targetActionId: target.id });
    await expectStatus(apply(attach.decision.id), 200);
    await expectStatus(apply(merge.decision.id), 200);
    expect((await ficheRow(attach.fiche.id)).parentActionId).toBe(target.id);
    const merged = await ficheRow(merge.fiche.id);
    expect(merged.mergedIntoId).toBe(target.id);
    expect(merged.statusId).toBe(cast.statuses['Suspendu']);
    expect((await readHistory(cast.admin, 'action', merge.fiche.id)).map((e) => e.action)).toEqual(expect.arrayContaining(['merge', 'review.decision']));
  });

  it('refuses a decision over a fiche changed since (409) until it is rebased; then applies it', async () => {
    const { fiche, decision } = await decide('Éclairage LED', { type: 'end_date', endsOn: '2026-12-31' });
    await expectStatus(cast.admin.request('PATCH', `/api/actions/${fiche.id}`, { version: fiche.version, title: 'Éclairage public LED' }), 200);
    expect(decisionsOf(await readReview()).find((d) => d.id === decision.id)?.stale).toBe(true);
    const refused = await expectStatus(apply(decision.id), 409);
    expect(refused.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('La fiche a été modifiée depuis que la décision a été prise') });
    expect((await ficheRow(fiche.id)).endsOn).toBeNull();

    const rebased = await expectStatus(cast.manager.session.request('PATCH', `/api/reviews/${review.id}/decisions/${decision.id}`, { version: decision.version, rebase: true }), 200);
    expect(decisionsOf(rebased.data).find((d) => d.id === decision.id)?.stale).toBe(false);
    await expectStatus(apply(decision.id), 200);
    expect((await ficheRow(fiche.id)).endsOn).toBe('2026-12-31');
  });

  it('applies nothing when anything fails: the fiche, its history and the decision stay as they were', async () => {
    // A refusal of the action service (a pilot from another collectivité).
    const foreign = await decide('Chaufferie bois', { type: 'pilot', pilotId: cast.other.userId });
    await expectStatus(apply(foreign.decision.id), 400);
    expect((await ficheRow(foreign.fiche.id)).pilotId).toBe(cast.manager.id);

    // A failure after the fiche was written (the clock breaks at its last reading of the apply).
    const actor: MemberActor = { userId: cast.manager.id, name: 'Gaëlle Gestion', email: cast.manager.email, sessionId: 's', csrfToken: 'c', organizationId: cast.organizationId, orgRole: 'member', unitIds: [] };
    const counting = (failAt: number) => {
      let calls = 0;
      const clock: Clock = { now: () => { calls += 1; if (calls === failAt) throw new Error('Panne simulée'); return testApp.clock.now(); } };
      return { ctx: { ...testApp.ctx, clock }, calls: () => calls };
    };
    const probe = await decide('Isolation gymnase', { type: 'status', statusId: cast.statuses['En cours'] });
    const dryRun = counting(Number.POSITIVE_INFINITY);
    await applyDecision(dryRun.ctx, actor, review.id, probe.decision.id);
    const { fiche, decision } = await decide('Isolation mairie', { type: 'status', statusId: cast.statuses['En cours'] });
    const before = await ficheRow(fiche.id);
    await expect(applyDecision(counting(dryRun.calls()).ctx, actor, review.id, decision.id)).rejects.toThrow('Panne simulée');
    const after = await ficheRow(fiche.id);
    expect({ statusId: after.statusId, version: after.version }).toEqual({ statusId: before.statusId, version: before.version });
    expect(decisionsOf(await readReview()).find((d) => d.id === decision.id)).toMatchObject({ appliedAt: null, stale: false });
    expect((await readHistory(cast.admin, 'action', fiche.id)).map((e) => e.action)).toEqual(['create']);
    await expectStatus(apply(decision.id), 200);
  });

  it('refuses an effect on an item that is not a fiche, and applying a decision without effect', async () => {
    const withFree = await expectStatus(cast.manager.session.request('POST', `/api/reviews/${review.id}/items`, { kind: 'free', title: 'Calendrier' }), 201);
    const free = withFree.data.items.find((i: { title: string }) => i.title === 'Calendrier');
    const url = `/api/reviews/${review.id}/items/${free.id}/decisions`;
    const refused = await expectStatus(cast.manager.session.request('POST', url, { text: 'Clore', effect: { type: 'close' } }), 400);
    expect(refused.error.issues).toEqual([expect.objectContaining({ path: 'effect' })]);
    const recorded = await expectStatus(cast.manager.session.request('POST', url, { text: 'Prochaine revue en juin' }), 201);
    const plain = decisionsOf(recorded.data).find((d) => d.text === 'Prochaine revue en juin')!;
    await expectStatus(apply(plain.id), 400);
    await expectStatus(cast.reader.session.request('POST', `/api/reviews/${review.id}/decisions/${plain.id}/apply`), 403);
    await expectStatus(cast.manager.session.request('DELETE', `/api/reviews/${review.id}/decisions/${plain.id}`), 200);
  });
});
