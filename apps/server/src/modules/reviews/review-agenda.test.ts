import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUnit } from '../../../test/factories.js';
import { createIndicator, putMeasures, putTargets } from '../../../test/indicator-factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { createReviewCast, expectStatus, newReview, newSeries } from './review.test-fixtures.js';

/** The machine running the suite may be busy: creating people (argon2) and plans takes a while there. */
const SLOW = 180_000;

let testApp: TestApp;
const START = '2026-03-02T09:00:00.000Z';
type Item = { title: string; reasons: string[]; kind: string; action: Record<string, unknown> | null; indicator: Record<string, unknown> | null };
const agendaOf = (items: Item[]) => items.map((item) => [item.title, item.reasons]);

beforeAll(async () => {
  testApp = await createTestApp();
}, SLOW);
beforeEach(() => testApp.clock.set(START));

describe('proposed agenda', { timeout: SLOW }, () => {
  it('lists the open fiches that are late, stormy or without pilot, then the plan’s indicators off track, in that order, one item per fiche', async () => {
    const { admin, manager, plan, node, statuses, fiche } = await createReviewCast(testApp);
    const late = await fiche({ title: 'Rénover les écoles', endsOn: '2026-02-15' });
    await fiche({ title: 'Piste cyclable', weather: 'stormy' });
    await fiche({ title: 'Cantine bio', pilotId: null });
    await fiche({ title: 'Chaufferie bois', endsOn: '2026-01-10', pilotId: null });
    await fiche({ title: 'Éclairage LED', weather: 'sunny', endsOn: '2026-12-31' });
    await fiche({ title: 'Isolation mairie', statusId: statuses['Terminé'], endsOn: '2026-01-01', pilotId: null });
    const offTrack = await createIndicator(admin, { code: 'CO2-VILLE', name: 'Émissions évitées', nodeIds: [node.id] });
    await putTargets(admin, offTrack.id, [{ period: '2025', value: 100 }]);
    await putMeasures(admin, offTrack.id, [{ period: '2025', value: 50 }]);
    const onTrack = await createIndicator(admin, { code: 'VELO', name: 'Km de pistes', nodeIds: [node.id] });
    await putTargets(admin, onTrack.id, [{ period: '2025', value: 10 }]);
    await putMeasures(admin, onTrack.id, [{ period: '2025', value: 12 }]);

    const series = await newSeries(manager.session, plan.id);
    const review = (await newReview(manager.session, { seriesId: series.id })).data;
    expect(agendaOf(review.items)).toEqual([
      ['Rénover les écoles', ['late']],
      ['Chaufferie bois', ['late', 'no_pilot']],
      ['Piste cyclable', ['stormy']],
      ['Cantine bio', ['no_pilot']],
      ['Émissions évitées', ['indicator_off_track']],
    ]);
    expect(review.items[0]).toMatchObject({
      kind: 'action',
      position: 0,
      actionId: late.id,
      action: { id: late.id, code: late.code, statusLabel: 'À lancer', statusCategory: 'not_started', endsOn: '2026-02-15', pilotName: 'Gaëlle Gestion', late: true, version: late.version },
    });
    expect(review.items[4]).toMatchObject({ kind: 'indicator', indicatorId: offTrack.id, indicator: { code: 'CO2-VILLE', lastPeriod: '2025', lastValue: 50, status: 'off_track' } });
    // Everything proposed is on the agenda already.
    expect((await expectStatus(manager.session.request('GET', `/api/reviews/${review.id}/agenda-proposal`), 200)).data).toEqual([]);
  });

  it('proposes a fiche once its end date has passed (today in Paris, from the clock), not before', async () => {
    const { manager, plan, fiche } = await createReviewCast(testApp);
    await fiche({ title: 'Plan vélo', endsOn: '2026-03-02' });
    const series = await newSeries(manager.session, plan.id);
    const review = (await newReview(manager.session, { seriesId: series.id })).data;
    expect(review.items).toEqual([]);
    const proposal = async (at: string) => {
      testApp.clock.set(at); // Steps under 12 h, so the session stays alive.
      return (await expectStatus(manager.session.request('GET', `/api/reviews/${review.id}/agenda-proposal`), 200)).data;
    };
    expect(await proposal('2026-03-02T19:00:00.000Z')).toEqual([]);
    expect(await proposal('2026-03-02T22:30:00.000Z')).toEqual([]); // 23 h 30 in Paris: still due today.
    const late = await proposal('2026-03-02T23:30:00.000Z'); // 00 h 30 on the 3rd in Paris.
    expect(agendaOf(late)).toEqual([['Plan vélo', ['late']]]);
    expect(late[0].action).toMatchObject({ late: true });
  });

  it('proposes the fiches whose status or progress changed since the previous review was held, not before it nor their creation', async () => {
    const { admin, manager, plan, statuses, fiche } = await createReviewCast(testApp);
    const before = await fiche({ title: 'Changée avant la revue' });
    const after = await fiche({ title: 'Avancée depuis la revue' });
    const renamed = await fiche({ title: 'Renommée depuis la revue' });
    await expectStatus(admin.request('PATCH', `/api/actions/${before.id}`, { version: before.version, statusId: statuses['En cours'] }), 200);
    const series = await newSeries(manager.session, plan.id);
    const first = (await newReview(manager.session, { seriesId: series.id, date: '2026-03-02' })).data;
    expect(first.items).toEqual([]);
    testApp.clock.advance(3_600_000);
    await expectStatus(manager.session.request('PATCH', `/api/reviews/${first.id}`, { version: first.version, status: 'held' }), 200);
    await fiche({ title: 'Créée depuis la revue' });

    testApp.clock.advance(2 * 3_600_000);
    await expectStatus(admin.request('PATCH', `/api/actions/${after.id}`, { version: after.version, progress: 30 }), 200);
    await expectStatus(admin.request('PATCH', `/api/actions/${renamed.id}`, { version: renamed.version, title: 'Renommée ensuite' }), 200);
    const second = (await newReview(manager.session, { seriesId: series.id, date: '2026-03-16' })).data;
    expect(second.previousReviewId).toBe(first.id);
    expect(agendaOf(second.items)).toEqual([['Avancée depuis la revue', ['changed']]]);
    expect(second.items[0].action).toMatchObject({ progress: 30 });
  });

  it('adds a fiche, an indicator or a free topic by hand, refuses a fiche of another plan and the same fiche twice', async () => {
    const { admin, manager, plan, fiche } = await createReviewCast(testApp);
    const calm = await fiche({ title: 'Jardins partagés' });
    const indicator = await createIndicator(admin, { code: 'JARDINS', name: 'Parcelles attribuées' });
    const series = await newSeries(manager.session, plan.id);
    const review = (await newReview(manager.session, { seriesId: series.id })).data;
    const url = `/api/reviews/${review.id}/items`;
    await expectStatus(manager.session.request('POST', url, { kind: 'action', actionId: calm.id }), 201);
    await expectStatus(manager.session.request('POST', url, { kind: 'indicator', indicatorId: indicator.id }), 201);
    const withFree = await expectStatus(manager.session.request('POST', url, { kind: 'free', title: 'Questions diverses' }), 201);
    expect(agendaOf(withFree.data.items)).toEqual([
      ['Jardins partagés', ['manual']],
      ['Parcelles attribuées', ['manual']],
      ['Questions diverses', ['manual']],
    ]);
    expect(withFree.data.items[1].indicator).toMatchObject({ code: 'JARDINS', lastValue: null, status: null });
    await expectStatus(manager.session.request('POST', url, { kind: 'action', actionId: calm.id }), 409);
    const elsewhere = await createReviewCast(testApp);
    const foreign = await elsewhere.fiche({ title: 'Ailleurs' });
    const refused = await expectStatus(manager.session.request('POST', url, { kind: 'action', actionId: foreign.id }), 400);
    expect(refused.error.issues).toEqual([{ path: 'actionId', message: 'Fiche action introuvable dans le plan de la revue' }]);
    await expectStatus(manager.session.request('POST', url, { kind: 'free' }), 400);

    // Moving the free topic first shifts the others; notes keep their Markdown, lose HTML.
    const free = withFree.data.items[2];
    const moved = await expectStatus(
      manager.session.request('PATCH', `${url}/${free.id}`, { version: free.version, position: 0, notes: '**Budget** <script>x</script>validé' }),
      200,
    );
    expect(moved.data.items.map((item: { title: string; position: number }) => [item.position, item.title])).toEqual([
      [0, 'Questions diverses'],
      [1, 'Jardins partagés'],
      [2, 'Parcelles attribuées'],
    ]);
    expect(moved.data.items[0].notes).not.toContain('<script>');
    expect(moved.data.items[0].notes).toContain('**Budget**');
    const removed = await expectStatus(manager.session.request('DELETE', `${url}/${free.id}`), 200);
    expect(removed.data.items.map((item: { title: string }) => item.title)).toEqual(['Jardins partagés', 'Parcelles attribuées']);
  });

  it('follows the indicators’ own rule: a `unit` indicator is neither proposed, added, named nor in the diff for whoever is not inside, manager of the plan or not', async () => {
    const { admin, manager, reader, plan, node } = await createReviewCast(testApp);
    const unit = await createUnit(admin, 'Direction des ressources humaines');
    const secret = await createIndicator(admin, { code: 'ABS-RH', name: 'Absentéisme (confidentiel)', visibility: 'unit', ownerOrgUnitId: unit.id, nodeIds: [node.id] });
    const open = await createIndicator(admin, { code: 'CO2', name: 'Émissions évitées', nodeIds: [node.id] });
    for (const indicator of [secret, open]) {
      await putTargets(admin, indicator.id, [{ period: '2025', value: 100 }]);
      await putMeasures(admin, indicator.id, [{ period: '2025', value: 50 }]);
    }
    const series = await newSeries(manager.session, plan.id);
    const review = (await newReview(manager.session, { seriesId: series.id })).data;
    expect(agendaOf(review.items)).toEqual([['Émissions évitées', ['indicator_off_track']]]);
    const url = `/api/reviews/${review.id}/items`;
    const refused = await expectStatus(manager.session.request('POST', url, { kind: 'indicator', indicatorId: secret.id }), 400);
    expect(refused.error.issues).toEqual([{ path: 'indicatorId', message: 'Indicateur introuvable' }]);

    // An admin (inside every indicator) puts it on the agenda: the others see the item masked.
    const added = await expectStatus(admin.request('POST', url, { kind: 'indicator', indicatorId: secret.id, title: 'Absentéisme (confidentiel)' }), 201);
    expect(added.data.items.find((i: { indicatorId: string }) => i.indicatorId === secret.id)).toMatchObject({ title: 'Absentéisme (confidentiel)', indicator: { code: 'ABS-RH' } });
    for (const session of [manager.session, reader.session]) {
      const read = await expectStatus(session.request('GET', `/api/reviews/${review.id}`), 200);
      expect(read.data.items.find((i: { indicatorId: string }) => i.indicatorId === secret.id)).toMatchObject({ title: 'Indicateur non consultable', notes: '', indicator: null });
      const elsewhere = [
        (await expectStatus(session.request('GET', `/api/reviews/${review.id}/agenda-proposal`), 200)).data,
        (await expectStatus(session.request('GET', `/api/reviews/${review.id}/diff`), 200)).data.indicatorMoves,
      ];
      expect(JSON.stringify(elsewhere)).not.toContain('ABS-RH');
    }
    const moves = (await expectStatus(admin.request('GET', `/api/reviews/${review.id}/diff`), 200)).data.indicatorMoves;
    expect(moves.map((m: { indicator: { code: string } }) => m.indicator.code).sort()).toEqual(['ABS-RH', 'CO2']);
  });
});
