import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { createDashboardCast, insertDashboardAction } from '../../../test/dashboard-factories.js';
import { createIndicator, putMeasures, putTargets } from '../../../test/indicator-factories.js';
import { createTestApp, type Session } from '../../../test/test-app.js';
import { createJobRunner } from '../jobs/job.runner.js';
import { jobHandlers } from '../jobs/job-handlers.js';

// The clock says 2 March 2026 (Paris); the plan runs through 2026.
const testApp = await createTestApp();
const cast = await createDashboardCast(testApp);
const { admin, plan, manager, elu } = cast;
const node = plan.nodeIds as Record<'1' | '1.1' | '1.2' | '2', string>;
const act = (seed: Parameters<typeof insertDashboardAction>[2]) => insertDashboardAction(testApp.ctx, cast.organization.id, seed);
const runner = createJobRunner({ db: testApp.ctx.db, clock: testApp.clock, handlers: jobHandlers(testApp.ctx) });

await act({ planId: plan.planId, nodeId: node['1.1'], title: 'Pistes cyclables', progress: 50, weight: 2, weather: 'sunny', flagship: true, endsOn: '2026-12-31', budget: { planned: 123_450, committed: 50_000, spent: 20_000 }, logOn: ['2026-02-20'], position: 0 });
await act({ planId: plan.planId, nodeId: node['1.1'], title: 'Parkings vélos', category: 'done', progress: 40, endsOn: '2026-01-15', position: 1 });
// Late, stormy, and visible to its service only: the élu (another direction) must not find it.
await act({ planId: plan.planId, nodeId: node['1.2'], title: 'Bus à haut niveau de service', progress: 20, weather: 'stormy', endsOn: '2026-02-01', leadOrgUnitId: cast.service.id, visibility: 'unit' });
await act({ planId: plan.planId, nodeId: node['2'], title: 'Rénovation des écoles', category: 'not_started', pilotId: cast.pilot.id, milestones: [{ dueOn: '2026-02-15' }, { dueOn: '2026-04-15' }] });
const indicator = await createIndicator(admin, { name: 'Kilomètres de pistes cyclables', unit: 'km', decimals: 1, nodeIds: [node['1.1']] });
await putTargets(admin, indicator.id, [{ period: '2025', value: 40 }]);
await putMeasures(admin, indicator.id, [{ period: '2024', value: 30.5 }, { period: '2025', value: 1234.5 }]);

const actionId = async (title: string) => {
  const list = (await manager.session.request('GET', `/api/plans/${plan.planId}/actions?pageSize=200`)).json().data as { id: string; title: string }[];
  return list.find((a) => a.title === title)!.id;
};

/** Asks for a report, runs the job as the server would, and downloads the file. */
async function generate(session: Session, body: Record<string, unknown>) {
  const queued = await session.request('POST', '/api/reports', body);
  expect(queued.statusCode, queued.body).toBe(202);
  const { jobId } = queued.json().data;
  await runner.runDue();
  const job = (await session.request('GET', `/api/jobs/${jobId}`)).json().data;
  expect(job, JSON.stringify(job)).toMatchObject({ status: 'done', progress: 100 });
  const reportId = job.result.reportId as string;
  const file = await session.request('GET', `/api/reports/${reportId}/file`);
  expect(file.statusCode).toBe(200);
  return { reportId, file, bytes: file.rawPayload };
}

// pdf.js gives every kind of space as a plain one; the DOCX keeps Intl fr-FR's (no-break before
// « % » and « € », narrow no-break between thousands).
const pdfText = async (bytes: Buffer) => (await new PDFParse({ data: new Uint8Array(bytes) }).getText()).text;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const docxText = async (bytes: Buffer) => {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const footers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
  // The text of the runs, joined: what Word shows, without the markup.
  const text = (source: string) => [...source.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { text: text(xml), footer: footers.join(''), zip };
};

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('progress report of a plan', () => {
  it('is a PDF with the plan, its axes, progress in French, late actions and page numbers', async () => {
    const { file, bytes } = await generate(manager.session, { kind: 'plan-progress', format: 'pdf', filter: { planId: plan.planId } });
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="rapport-d-avancement-plan-de-mandat-2026-03-02\.pdf"/);
    const text = plain(await pdfText(bytes));
    for (const expected of ['Cabinet', 'Rapport d’avancement', 'Plan de mandat', '1 Axe mobilités', '2 Axe écoles', 'Bus à haut niveau de service', 'Rénovation des écoles', 'Pistes cyclables', 'Kilomètres de pistes cyclables']) {
      expect(text).toContain(expected === 'Cabinet' ? 'Commune' : expected);
    }
    // Roll-up of axis 1: (50 × 2 + 100 + 20) / 4 = 55 %; the plan: (100 + 20 + 0 + 100 ... ) as the dashboard says.
    expect(text).toContain('55 %');
    expect(text).toContain('1 234,5 €');
    expect(text).toContain('1 234,5 km');
    expect(text).toContain('Période : du 1 janvier 2026 au 31 décembre 2026');
    expect(text).toContain('2 mars 2026');
    expect(text).toMatch(/Page 1 \/ (\d+)/);
    const pages = Number(/Page 1 \/ (\d+)/.exec(text)![1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Page ${pages} / ${pages}`);
  });

  it('is an editable DOCX with the same content, charts as images and page number fields', async () => {
    const { file, bytes } = await generate(manager.session, { kind: 'plan-progress', format: 'docx', filter: { planId: plan.planId } });
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { text, footer, zip } = await docxText(bytes);
    for (const expected of ['Rapport d’avancement', 'Plan de mandat', '1 Axe mobilités', '2 Axe écoles', 'Bus à haut niveau de service', 'Rénovation des écoles', `55${NBSP}%`, `1${NNBSP}234,5${NBSP}€`]) {
      expect(text).toContain(expected);
    }
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png')).length).toBeGreaterThanOrEqual(3);
  });

  it('holds only what the requester may read: the élu’s report leaves out the unit-only fiche', async () => {
    const { bytes } = await generate(elu.session, { kind: 'plan-progress', format: 'pdf', filter: { planId: plan.planId } });
    const text = plain(await pdfText(bytes));
    expect(text).toContain('Rénovation des écoles');
    expect(text).not.toContain('Bus à haut niveau de service');
  });

  it('follows the filters: an axis and flagships only', async () => {
    const { bytes } = await generate(manager.session, { kind: 'plan-progress', format: 'pdf', filter: { planId: plan.planId, nodeId: node['1'], flagship: true } });
    const text = plain(await pdfText(bytes));
    expect(text).toContain('Périmètre : 1 Axe mobilités');
    expect(text).toContain('Projets phares uniquement');
    expect(text).not.toContain('Rénovation des écoles');
  });
});

describe('recueil, fiche and indicator reports', () => {
  it('prints one page per fiche of an axis, with their details', async () => {
    const { bytes } = await generate(manager.session, { kind: 'action-book', format: 'pdf', filter: { nodeId: node['1'] } });
    const text = plain(await pdfText(bytes));
    expect(text).toContain('Recueil des fiches actions');
    expect(text).toContain('1.1.1 Pistes cyclables');
    expect(text).toContain('1.1.2 Parkings vélos');
    expect(text).toContain('1 Axe mobilités › 1.1 Objectif vélo');
    expect(text).toContain('Point d’avancement');
    expect(text).toContain('prévu 1 234,5 €');
    expect(text).not.toContain('Rénovation des écoles');
  });

  it('prints the recueil as DOCX too, without the fiches the requester may not read', async () => {
    const { bytes } = await generate(elu.session, { kind: 'action-book', format: 'docx', filter: { planId: plan.planId } });
    const { text } = await docxText(bytes);
    expect(text).toContain('Rénovation des écoles');
    expect(text).not.toContain('Bus à haut niveau de service');
  });

  it('prints a single fiche with its milestones', async () => {
    const { bytes } = await generate(manager.session, { kind: 'action', format: 'pdf', filter: { actionId: await actionId('Rénovation des écoles') } });
    const text = plain(await pdfText(bytes));
    expect(text).toContain('Fiche action');
    expect(text).toContain('2.1 Rénovation des écoles');
    expect(text).toContain('15 février 2026');
    expect(text).toContain('Paul Pilote');
    expect(text).toContain('Page 1 / 1');
  });

  it('prints an indicator with its values against targets', async () => {
    const { bytes } = await generate(manager.session, { kind: 'indicator', format: 'pdf', filter: { indicatorId: indicator.id } });
    const text = plain(await pdfText(bytes));
    expect(text).toContain('Kilomètres de pistes cyclables');
    expect(text).toContain('30,5 km');
    expect(text).toContain('40,0 km');
    expect(text).toContain('En bonne voie');
  });
});

describe('reports: requests and rights', () => {
  it('refuses a request that lacks what its kind needs, or a format it does not come in', async () => {
    expect((await manager.session.request('POST', '/api/reports', { kind: 'plan-progress', format: 'pdf', filter: {} })).statusCode).toBe(400);
    expect((await manager.session.request('POST', '/api/reports', { kind: 'indicator', format: 'docx', filter: { indicatorId: indicator.id } })).statusCode).toBe(400);
  });

  it('answers 404 at once for a fiche the requester may not read', async () => {
    const hidden = await actionId('Bus à haut niveau de service');
    expect((await elu.session.request('POST', '/api/reports', { kind: 'action', format: 'pdf', filter: { actionId: hidden } })).statusCode).toBe(404);
  });

  it('lists to each their own reports, to plan managers those of their plan, to admins all; others get 404', async () => {
    const mine = await generate(cast.pilot.session, { kind: 'plan-progress', format: 'pdf', filter: { planId: plan.planId } });
    const eluReport = await generate(elu.session, { kind: 'indicator', format: 'pdf', filter: { indicatorId: indicator.id } });
    const ids = async (session: Session) => ((await session.request('GET', '/api/reports?pageSize=100')).json().data as { id: string }[]).map((r) => r.id);
    expect(await ids(cast.pilot.session)).toEqual([mine.reportId]);
    expect(await ids(manager.session)).toContain(mine.reportId);
    expect(await ids(manager.session)).not.toContain(eluReport.reportId);
    expect(await ids(admin)).toEqual(expect.arrayContaining([mine.reportId, eluReport.reportId]));
    expect((await manager.session.request('GET', `/api/reports/${eluReport.reportId}/file`)).statusCode).toBe(404);
    expect((await cast.serviceMember.session.request('GET', `/api/reports/${mine.reportId}/file`)).statusCode).toBe(404);
    expect((await manager.session.request('GET', `/api/reports/${mine.reportId}/file`)).statusCode).toBe(200);

    const listed = (await admin.request('GET', '/api/reports?pageSize=1')).json();
    expect(listed).toMatchObject({ page: 1, pageSize: 1, data: [{ kind: 'indicator', format: 'pdf', status: 'ready', createdBy: { name: 'Élise Élue' } }] });
    expect(listed.total).toBeGreaterThanOrEqual(2);
    expect(listed.data[0].byteSize).toBeGreaterThan(1000);
  });

  it('hides every report from another collectivité', async () => {
    const { reportId } = await generate(manager.session, { kind: 'indicator', format: 'pdf', filter: { indicatorId: indicator.id } });
    const other = await createDashboardCast(testApp);
    expect((await other.admin.request('GET', `/api/reports/${reportId}/file`)).statusCode).toBe(404);
    expect((await other.admin.request('GET', '/api/reports')).json().data).toEqual([]);
    expect((await other.admin.request('POST', '/api/reports', { kind: 'plan-progress', format: 'pdf', filter: { planId: plan.planId } })).statusCode).toBe(404);
  });
});
