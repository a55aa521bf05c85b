import { type PlanExportDocument, type PlanImportResult } from '@pilotis/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMemberDirectly } from '../organizations/organization.service.js';
import { createMember, createOrganizationWithAdmin, PASSWORD } from '../../../test/factories.js';
import { multipartBody } from '../../../test/multipart.js';
import { createNode, createPlan } from '../../../test/plan-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { buildRichPlan, createUnits, type RichPlan } from './plan-export.fixture.js';

let testApp: TestApp;
let rich: RichPlan;
let source: PlanExportDocument;
/** Organization B: the same people (by e-mail), the same units (by name), a « Plan climat » of its own. */
let adminB: Session;

beforeAll(async () => {
  testApp = await createTestApp();
  rich = await buildRichPlan(testApp);
  source = (await rich.admin.request('GET', `/api/plans/${rich.plan.id}/export.json`)).json();
  const b = await createOrganizationWithAdmin(testApp, 'Ville d’Arrivée');
  adminB = b.admin;
  await testApp.ctx.db.transaction(async (tx) => {
    for (const email of rich.emails) await addMemberDirectly(tx, testApp.ctx, { organizationId: b.organization.id, email, name: 'ignoré', orgRole: 'member', password: PASSWORD });
  });
  await createUnits(adminB);
  const climate = await createPlan(adminB, { name: 'Plan climat', state: 'active', levelNames: ['Axe'] });
  await createNode(adminB, climate.id, 'Sobriété énergétique');
});

async function importJson(session: Session, document: unknown, dryRun: boolean) {
  return session.request('POST', `/api/plans/import-json?dryRun=${dryRun}`, document);
}
const resultOf = (response: { statusCode: number; body: string; json: () => { data: PlanImportResult } }) => {
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data;
};
const planCount = async (session: Session) => ((await session.request('GET', '/api/plans')).json().data as unknown[]).length;

/** The document without what differs by nature between two exports: when, from where, creation timestamps. */
function comparable(document: PlanExportDocument, { dropFiles }: { dropFiles: boolean }) {
  const { exportedAt: _at, source: _from, ...copy } = structuredClone(document);
  for (const action of copy.actions) {
    for (const fiche of [action, ...action.subActions]) {
      if (dropFiles) fiche.attachments = fiche.attachments.filter((a) => a.kind !== 'file');
      fiche.log.forEach((l) => (l.createdAt = null));
      fiche.attachments.forEach((a) => (a.createdAt = null));
    }
  }
  copy.indicators.forEach((i) => i.measures.forEach((m) => ((m.enteredAt = null), (m.validatedAt = null))));
  return copy;
}

describe('POST /api/plans/import-json', () => {
  it('previews without writing: counts, statuses to create, files not carried', async () => {
    const before = await planCount(adminB);
    const preview = resultOf(await importJson(adminB, source, true));
    expect(preview).toMatchObject({ dryRun: true, planId: null, planName: 'Plan de mandat 2026-2032', problems: [] });
    expect(preview.counts).toEqual({
      nodes: 5,
      actions: 5,
      subActions: 1,
      milestones: 2,
      tasks: 2,
      logEntries: 3,
      budgetLines: 3,
      attachments: 1,
      statusesCreated: 1,
      indicatorsCreated: 2,
      indicatorsLinked: 0,
      measures: 2,
    });
    expect(preview.unmatched).toEqual({ people: [], orgUnits: [], statuses: ['Reporté sine die'], linkedNodes: [] });
    expect(preview.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('1 annexe(s) de type fichier'));
    expect(await planCount(adminB)).toBe(before);
  });

  it('round trip: the plan imported in B exports the same document as in A (but ids, timestamps and files)', async () => {
    const result = resultOf(await importJson(adminB, source, false));
    expect(result.planId).not.toBeNull();
    const again: PlanExportDocument = (await adminB.request('GET', `/api/plans/${result.planId}/export.json`)).json();
    expect(comparable(again, { dropFiles: false })).toEqual(comparable(source, { dropFiles: true }));
    expect(again.source.organization).toBe('Ville d’Arrivée');

    const history = await adminB.request('GET', `/api/history/plan/${result.planId}`);
    expect(history.statusCode).toBe(200);
    expect(history.json().data[0]).toMatchObject({ action: 'create', changes: { importedFrom: { after: 'Ville de Départ' } } });
    // The imported fiches are searchable like any other.
    const found = await adminB.request('GET', `/api/plans/${result.planId}/actions?q=chaudiere`);
    expect(found.json().data.map((a: { title: string }) => a.title)).toEqual(['Tranche 1 : chauffage']);
  });

  it('takes the document as an uploaded file too', async () => {
    const upload = multipartBody({ name: 'plan.json', type: 'application/json', content: Buffer.from(`\uFEFF${JSON.stringify(source)}`) });
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/plans/import-json?dryRun=true',
      headers: { cookie: adminB.cookie, 'x-csrf-token': adminB.csrfToken, ...upload.headers },
      payload: upload.payload,
    });
    expect(resultOf(response).counts.actions).toBe(5);
  });

  it('leaves unknown people and units empty and says so', async () => {
    const c = await createOrganizationWithAdmin(testApp, 'Ville inconnue');
    const result = resultOf(await importJson(c.admin, source, false));
    expect(result.unmatched.people).toEqual([...rich.emails].filter((e) => source.people.some((p) => p.email === e)).sort());
    expect(result.unmatched.orgUnits).toContain('Direction générale / Direction de l’éducation / Service des écoles');
    expect(result.unmatched.linkedNodes).toEqual(['Plan climat › 1']);
    const imported: PlanExportDocument = (await c.admin.request('GET', `/api/plans/${result.planId}/export.json`)).json();
    const main = imported.actions.find((a) => a.title === 'Rénover l’école Jules-Ferry')!;
    expect(main).toMatchObject({ pilot: null, copilots: [], leadOrgUnit: null, linkedNodes: [] });
    expect(main.milestones).toHaveLength(2);
  });

  it('refuses a document with duplicate codes as a whole, and one that is not a Pilotis export', async () => {
    const broken = structuredClone(source);
    broken.actions[1]!.code = broken.actions[0]!.code;
    const before = await planCount(adminB);
    const result = resultOf(await importJson(adminB, broken, false));
    expect(result.planId).toBeNull();
    expect(result.problems).toContainEqual({ path: 'actions[1].code', message: `Code de fiche en double : « ${broken.actions[0]!.code} »` });
    expect(await planCount(adminB)).toBe(before);

    const wrong = await importJson(adminB, { format: 'autre', plan: {} }, true);
    expect(wrong.statusCode).toBe(400);
    const invalidDoc = await importJson(adminB, { ...source, actions: [{ ...source.actions[0], progress: 140 }] }, true);
    expect(invalidDoc.statusCode).toBe(400);
    expect(invalidDoc.json().error.issues[0].path).toBe('actions[0].progress');
  });

  it('cleans what came from elsewhere as the forms of the app do: no HTML in the journal, only web links', async () => {
    const evil = structuredClone(source);
    const first = evil.actions[0]!;
    first.log = [{ occurredOn: '2026-02-02', author: null, body: '<script>alert(1)</script>Chantier <b>ouvert</b>', createdAt: null }];
    const result = resultOf(await importJson(adminB, evil, false));
    const again: PlanExportDocument = (await adminB.request('GET', `/api/plans/${result.planId}/export.json`)).json();
    expect(again.actions.find((a) => a.code === first.code)!.log.map((l) => l.body)).toEqual(['Chantier ouvert']);

    first.attachments = [{ kind: 'link', name: 'Piège', url: 'javascript:alert(1)', mimeType: null, sizeBytes: null, uploadedBy: null, createdAt: null }];
    const refused = await importJson(adminB, evil, true);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues[0].path).toBe('actions[0].attachments[0].url');
  });

  it('is for those who may create a plan', async () => {
    const member = await createMember(testApp, adminB);
    expect((await importJson(member.session, source, true)).statusCode).toBe(403);
  });
});
