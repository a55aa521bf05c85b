import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { createIndicator } from '../../../test/indicator-factories.js';
import { createTestApp, type Session } from '../../../test/test-app.js';
import { jobHandlers } from '../jobs/job-handlers.js';
import { createJobRunner } from '../jobs/job.runner.js';
import { postImport, workbookOf } from './plan-import.test-helpers.js';

const testApp = await createTestApp({ env: { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pilotis-plan-import-')) } });
const runner = createJobRunner({ db: testApp.ctx.db, clock: testApp.clock, handlers: jobHandlers(testApp.ctx) });

async function setup() {
  const { admin, organization } = await createOrganizationWithAdmin(testApp);
  const marie = await createMember(testApp, admin, { name: 'Marie Curie' });
  const paul = await createMember(testApp, admin, { name: 'Paul Durand' });
  const unit = await createUnit(admin, 'Direction des Mobilités');
  return { admin, organization, marie, paul, unit };
}

const ACTIONS_HEADER = ['Axe', 'Objectif', 'Code', 'Titre de l’action', 'Pilote', 'Co-pilotes', 'Direction / service', 'Statut', 'Météo', 'Avancement (%)', 'Date de début', 'Date de fin', 'Projet phare', 'Étiquettes'];

async function pilotisWorkbook(marieEmail: string) {
  return workbookOf({
    Actions: [
      ACTIONS_HEADER,
      ['Mobilité', 'Vélo', 'M1', 'Pistes cyclables', marieEmail, 'Paul Durand ; Jean Inconnu', 'direction des mobilites', 'en cours', 'Nuageux', '40 %', '01/01/2026', 'décembre 2027', 'Oui', 'vélo, climat'],
      [null, null, 'M2', 'Stationnement vélo', 'Durand Paul', null, null, 'Réalisé', null, 1, null, null, null, null],
      [],
      [null, 'Marche', 'M3', 'Zones piétonnes', 'Jean Inconnu', null, 'Service inconnu', 'Presque fini', 'Orageux', 0.2, null, null, 'Non', null],
      ['Énergie', 'Écoles', 'E1', 'Rénovation des écoles', null, null, null, null, null, null, '2026-09-01', null, null, null],
    ],
    Budgets: [
      ['Code action', 'Année', 'Nature', 'Prévu (€)', 'Engagé (€)', 'Mandaté (€)'],
      ['M1', 2026, 'Investissement', '120 000 €', '50 000', '1 234,50 €'],
      ['E1', 2027, 'Fonctionnement', '12 k€', null, null],
    ],
  });
}

const planFields = (extra: Record<string, unknown> = {}) => ({ name: 'Plan vélo importé', kind: 'roadmap', startsOn: '2026-01-01', endsOn: '2030-12-31', ...extra });

async function commitAndRun(session: Session, file: Buffer, fields: Record<string, unknown>) {
  const started = await postImport(session, file, fields, false);
  expect(started.statusCode, started.body).toBe(202);
  const { jobId } = started.json().data;
  await runner.runDue();
  const job = await session.request('GET', `/api/jobs/${jobId}`);
  expect(job.statusCode).toBe(200);
  return job.json().data;
}

const planCount = async (session: Session) => (await session.request('GET', '/api/plans')).json().data.length;

describe('plan import: template', () => {
  it('downloads a template with French headers, instructions, lists of the collectivité, and imports it back', async () => {
    const { admin } = await setup();
    const response = await admin.request('GET', '/api/import-templates/plan.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Instructions', 'Actions', 'Budgets', 'Listes']);
    const actions = book.getWorksheet('Actions')!;
    const header = (actions.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['Axe', 'Objectif', 'Sous-objectif', 'Code', 'Titre de l’action']);
    expect(header).toEqual(expect.arrayContaining(['Statut', 'Météo', 'Projet phare', 'Priorité', 'Pilote', 'Co-pilotes', 'Élu référent', 'Date de fin']));
    const lists = book.getWorksheet('Listes')!;
    expect(lists.getColumn(1).values).toEqual(expect.arrayContaining(['En cours', 'Terminé']));
    expect(lists.getColumn(2).values).toEqual(expect.arrayContaining(['Ensoleillé', 'Nuageux', 'Orageux']));
    const instructions = book.getWorksheet('Instructions')!;
    expect(JSON.stringify(instructions.getSheetValues())).toContain('Valeurs acceptées');

    actions.getRow(2).values = ['Axe 1', 'Objectif 1', 'Sous-objectif 1', 'A1', 'Action du modèle', null, null, null, null, null, null, 'En cours', 'Ensoleillé'];
    const preview = await postImport(admin, Buffer.from(await book.xlsx.writeBuffer()), planFields(), true);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().data).toMatchObject({ templateKind: 'pilotis', levelNames: ['Axe', 'Objectif', 'Sous-objectif'], counts: { nodes: 3, actions: 1 }, ready: true });
  });
});

describe('plan import: preview, mapping, commit', () => {
  it('previews the tree, counts, people and statuses matched or not, every problem located; writes nothing', async () => {
    const { admin, marie, paul } = await setup();
    const before = await planCount(admin);
    const response = await postImport(admin, await pilotisWorkbook(marie.email), planFields(), true);
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json().data;
    expect(preview.levels).toEqual([{ name: 'Axe', count: 2 }, { name: 'Objectif', count: 3 }]);
    expect(preview.nodes.map((n: { code: string; title: string }) => `${n.code} ${n.title}`)).toEqual(['1 Mobilité', '1.1 Vélo', '1.2 Marche', '2 Énergie', '2.1 Écoles']);
    expect(preview.counts).toEqual({ nodes: 5, actions: 4, subActions: 0, budgetLines: 2, indicatorLinks: 0 });
    expect(preview.people.matched.map((p: { text: string; user: { id: string } }) => [p.text, p.user.id])).toEqual([
      [marie.email, marie.id],
      ['Paul Durand', paul.id],
      ['Durand Paul', paul.id],
    ]);
    expect(preview.people.unmatched).toEqual([{ text: 'Jean Inconnu', lines: [2, 5], candidates: [] }]);
    expect(preview.statuses.matched.map((s: { text: string; label: string }) => [s.text, s.label])).toEqual([['en cours', 'En cours'], ['Réalisé', 'Terminé']]);
    expect(preview.statuses.unmatched).toEqual([{ text: 'Presque fini', lines: [5] }]);
    expect(preview.problems).toEqual([
      { severity: 'warning', sheet: 'Actions', line: 2, column: 'Co-pilotes', message: expect.stringContaining('Jean Inconnu') },
      { severity: 'error', sheet: 'Actions', line: 5, column: 'Statut', message: expect.stringContaining('Presque fini') },
      { severity: 'warning', sheet: 'Actions', line: 5, column: 'Direction / service', message: expect.stringContaining('Service inconnu') },
      { severity: 'warning', sheet: 'Actions', line: 5, column: 'Pilote', message: expect.stringContaining('Jean Inconnu') },
    ]);
    expect(preview.ready).toBe(false);
    expect(await planCount(admin)).toBe(before);
  });

  it('with the unknown person and status mapped, writes the whole plan in a background job', async () => {
    const { admin, marie, paul, unit } = await setup();
    const statuses = (await admin.request('GET', '/api/statuses')).json().data as { id: string; label: string }[];
    const doneId = statuses.find((s) => s.label === 'Terminé')!.id;
    const mapping = { people: { 'Jean Inconnu': paul.id }, statuses: { 'Presque fini': doneId } };
    const file = await pilotisWorkbook(marie.email);
    const again = (await postImport(admin, file, planFields({ mapping }), true)).json().data;
    expect(again.ready).toBe(true);
    expect(again.people.matched).toContainEqual({ text: 'Jean Inconnu', user: expect.objectContaining({ id: paul.id }), mapped: true });

    const job = await commitAndRun(admin, file, planFields({ mapping }));
    expect(job).toMatchObject({ status: 'done', progress: 100, result: { counts: { actions: 4, budgetLines: 2 } } });
    const planId = job.result.planId;
    const tree = (await admin.request('GET', `/api/plans/${planId}/tree`)).json().data;
    expect(tree.plan).toMatchObject({ name: 'Plan vélo importé', kind: 'roadmap', levelNames: ['Axe', 'Objectif'], state: 'draft', myRole: 'manager' });
    expect(tree.plan.rollup.budget).toEqual({ plannedCents: 13_200_000, committedCents: 5_000_000, spentCents: 123_450 });
    const list = (await admin.request('GET', `/api/plans/${planId}/actions`)).json().data as { id: string; title: string; code: string; pilot: { id: string } | null; status: { label: string } }[];
    const byTitle = Object.fromEntries(list.map((a) => [a.title, a]));
    expect(byTitle['Pistes cyclables']).toMatchObject({ code: '1.1.1', pilot: { id: marie.id }, status: { label: 'En cours' } });
    expect(byTitle['Zones piétonnes']).toMatchObject({ pilot: { id: paul.id }, status: { label: 'Terminé' } });
    const fiche = (await admin.request('GET', `/api/actions/${byTitle['Pistes cyclables']!.id}`)).json().data;
    expect(fiche).toMatchObject({ weather: 'cloudy', progress: 40, startsOn: '2026-01-01', endsOn: '2027-12-31', flagship: true, tags: ['vélo', 'climat'], leadOrgUnitId: unit.id });
    expect(fiche.copilots.map((c: { id: string }) => c.id)).toEqual([paul.id]);
    const zones = (await admin.request('GET', `/api/actions/${byTitle['Zones piétonnes']!.id}`)).json().data;
    expect(zones.description).toContain('Direction / service :\nService inconnu');
    const history = (await admin.request('GET', `/api/history/action/${fiche.id}`)).json().data;
    expect(history[0]).toMatchObject({ action: 'create', actor: { id: admin.userId } });
    // The uploaded file is kept only while its job runs.
    const uploads = path.join(testApp.ctx.config.dataDir, 'imports');
    expect(readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())).toEqual([]);
  });

  it('writes nothing when an error is left: the job answers the problems', async () => {
    const { admin, marie } = await setup();
    const before = await planCount(admin);
    const job = await commitAndRun(admin, await pilotisWorkbook(marie.email), planFields());
    expect(job.status).toBe('done');
    expect(job.result.planId).toBeNull();
    expect(job.result.problems).toEqual([expect.objectContaining({ line: 5, column: 'Statut', message: expect.stringContaining('Presque fini') })]);
    expect(await planCount(admin)).toBe(before);
  });

  it('lists in the template only the active statuses, in the collectivité’s order', async () => {
    const { admin } = await setup();
    const created = await admin.request('POST', '/api/statuses', { label: 'Attente de financement', category: 'not_started' });
    const moved = await admin.request('PATCH', `/api/statuses/${created.json().data.id}`, { version: 1, position: 0 });
    expect(moved.statusCode).toBe(200);
    const retired = await admin.request('POST', '/api/statuses', { label: 'Statut retiré', category: 'in_progress' });
    await admin.request('PATCH', `/api/statuses/${retired.json().data.id}`, { version: 1, active: false });
    const response = await admin.request('GET', '/api/import-templates/plan.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const labels = (book.getWorksheet('Listes')!.getColumn(1).values as unknown[]).filter((v): v is string => typeof v === 'string');
    expect(labels).toContain('En cours');
    expect(labels.indexOf('Attente de financement')).toBeLessThan(labels.indexOf('En cours'));
    expect(labels).not.toContain('Statut retiré');
  });

  it('imports the Territoires en Transitions template: levels, sub-actions, funders, budget, unit and indicators', async () => {
    const { admin, marie, unit } = await setup();
    const indicator = await createIndicator(admin, { code: 'GES-1', name: 'Émissions de GES' });
    const header = ['Axe', 'Sous-axe', 'Sous-sous axe', 'Titre de l\'action', 'Titre de la sous-action', 'Descriptif', 'Instances de gouvernance', 'Objectifs', 'Indicateurs liés', 'Structure pilote', 'Moyens humains et techniques', 'Partenaires', 'Direction ou service pilote', 'Personne pilote', 'Élu·e référent·e', 'Participation Citoyenne', 'Financements', 'Financeur 1', 'Montant € HT', 'Financeur 2', 'Montant € HT', 'Financeur 3', 'Montant € HT', 'Budget prévisionnel total € HT', 'Statut', 'Niveau de priorité', 'Date de début', 'Date de fin'];
    const row = (values: Record<string, ExcelJS.CellValue>) => header.map((h) => values[h] ?? null);
    const file = await workbookOf({
      'Plan d\'actions': [
        header,
        row({ Axe: '1 - Bâtiments', 'Sous-axe': '1.1 - Écoles', 'Titre de l\'action': 'Rénover les écoles', 'Indicateurs liés': 'GES-1 ; Indicateur absent', 'Direction ou service pilote': 'DIRECTION DES MOBILITES', 'Personne pilote': 'Marie Curie', 'Financeur 1': 'ADEME', 'Montant € HT': '10 000 €', 'Budget prévisionnel total € HT': '25 000 €', Statut: 'En pause', 'Niveau de priorité': 'Élevé', 'Date de début': '01/03/2027', 'Instances de gouvernance': 'COPIL trimestriel' }),
        row({ 'Titre de l\'action': 'Rénover les écoles', 'Titre de la sous-action': 'École Jaurès', Statut: 'À venir' }),
        row({ Axe: '2 - Mobilité', 'Titre de l\'action': 'Plan vélo', Statut: 'Non prioritaire' }),
      ],
    }, (book) => book.getWorksheet('Plan d\'actions')!.mergeCells('A2:A3'));
    const preview = (await postImport(admin, file, planFields(), true)).json().data;
    expect(preview).toMatchObject({ templateKind: 'tet', levelNames: ['Axe', 'Sous-axe', 'Sous-sous axe'], counts: { nodes: 3, actions: 2, subActions: 1, budgetLines: 1, indicatorLinks: 1 }, ready: true });
    expect(preview.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 2, column: 'Indicateurs liés', message: expect.stringContaining('Indicateur absent') })]);
    expect(preview.notes.join(' ')).toContain('Financeurs');

    const job = await commitAndRun(admin, file, planFields());
    const list = (await admin.request('GET', `/api/plans/${job.result.planId}/actions`)).json().data as { id: string; title: string; parentActionId: string | null; status: { label: string } }[];
    const parent = list.find((a) => a.title === 'Rénover les écoles')!;
    expect(list.find((a) => a.title === 'École Jaurès')).toMatchObject({ parentActionId: parent.id, status: { label: 'À lancer' } });
    expect(list.find((a) => a.title === 'Plan vélo')).toMatchObject({ status: { label: 'À lancer' } });
    const fiche = (await admin.request('GET', `/api/actions/${parent.id}`)).json().data;
    expect(fiche).toMatchObject({ priority: 'high', leadOrgUnitId: unit.id, pilot: { id: marie.id }, status: { label: 'Suspendu' } });
    expect(fiche.description).toContain('Instances de gouvernance :\nCOPIL trimestriel');
    expect(fiche.description).toContain('Financeurs :\n- ADEME : 10 000 €');
    const tree = (await admin.request('GET', `/api/plans/${job.result.planId}/tree`)).json().data;
    expect(tree.plan.rollup.budget.plannedCents).toBe(2_500_000);
    const linked = (await admin.request('GET', `/api/indicators/${indicator.id}`)).json().data;
    expect(linked.actionIds).toEqual([parent.id]);
  });

  it('lets only whoever may create a plan import one', async () => {
    const { admin, marie } = await setup();
    const file = await pilotisWorkbook(marie.email);
    const member = (await createMember(testApp, admin)).session;
    expect((await postImport(member, file, planFields(), true)).statusCode).toBe(403);
    expect((await postImport(member, file, planFields(), false)).statusCode).toBe(403);
    expect((await postImport(admin, file, { kind: 'roadmap' }, false)).statusCode).toBe(400);
  });
});
