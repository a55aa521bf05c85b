import ExcelJS from 'exceljs';
import { planExportDocumentSchema, type PlanExportDocument } from '@pilotis/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { createPlan } from '../../../test/plan-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { buildRichPlan, DANGEROUS_TITLES, type RichPlan } from './plan-export.fixture.js';

let testApp: TestApp;
let rich: RichPlan;

beforeAll(async () => {
  testApp = await createTestApp();
  rich = await buildRichPlan(testApp);
});

const exportOf = (session: Session, planId: string, format: 'json' | 'csv' | 'xlsx', query = '') => session.request('GET', `/api/plans/${planId}/export.${format}${query}`);

async function jsonOf(session: Session, planId: string): Promise<PlanExportDocument> {
  const response = await exportOf(session, planId, 'json');
  expect(response.statusCode).toBe(200);
  return planExportDocumentSchema.parse(response.json());
}

async function workbookOf(session: Session, planId: string, query = '') {
  const response = await exportOf(session, planId, 'xlsx', query);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet as objects keyed by the header row's texts. */
function rowsOf(workbook: ExcelJS.Workbook, name: string) {
  const sheet = workbook.getWorksheet(name)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i + 1] ?? null])));
  });
  return rows;
}

const codesOf = (document: PlanExportDocument) => document.actions.flatMap((a) => [a.title, ...a.subActions.map((s) => s.title)]);

describe('GET /api/plans/:id/export.json', () => {
  it('holds the whole plan, people by e-mail, units by path, without ids', async () => {
    const document = await jsonOf(rich.admin, rich.plan.id);
    expect(document).toMatchObject({ format: 'pilotis.plan', version: 1, plan: { name: 'Plan de mandat 2026-2032', state: 'active' } });
    expect(document.plan.levelNames).toEqual(['Axe', 'Objectif stratégique', 'Objectif opérationnel']);
    expect(document.nodes.map((n) => n.code)).toEqual(['1', '2']);
    expect(document.nodes[0]!.children[0]!.children[0]).toMatchObject({ code: '1.1.1', leadOrgUnit: ['Direction générale', 'Direction de l’éducation', 'Service des écoles'] });

    const main = document.actions.find((a) => a.title === 'Rénover l’école Jules-Ferry')!;
    expect(main).toMatchObject({
      code: '1.1.1.1',
      node: '1.1.1',
      pilot: rich.people.pilot.email,
      elu: rich.people.elu.email,
      copilots: [rich.people.copilot.email, rich.people.schoolAgent.email].sort(),
      status: { category: 'in_progress' },
      weather: 'cloudy',
      progress: 40,
      flagship: true,
      priority: 'high',
      weight: 2.5,
      tags: ['écoles', 'énergie'],
      linkedNodes: [{ plan: 'Plan climat', node: '1', title: 'Sobriété énergétique' }],
    });
    expect(main.orgUnits).toHaveLength(2);
    expect(main.subActions.map((s) => [s.code, s.title])).toEqual([['1.1.1.1.1', 'Tranche 1 : chauffage']]);
    expect(main.milestones.map((m) => m.title)).toEqual(['Choix du maître d’œuvre', 'Fin du chantier']);
    expect(main.tasks).toHaveLength(2);
    expect(main.log.map((l) => l.author)).toEqual([rich.people.pilot.email, rich.people.copilot.email]);
    expect(main.budget.map((b) => b.plannedCents)).toEqual([123_456_78, 5_000_00]);
    // Annexes as metadata: the link keeps its address, the file is described, not embedded.
    expect(main.attachments.map((a) => [a.kind, a.name, a.url]).sort()).toEqual([
      ['file', 'plan.pdf', null],
      ['link', 'Dossier de presse', 'https://ville.example/ecoles'],
    ]);
    expect(document.notice).toContain('fichiers ne sont pas inclus');
    expect(document.statuses).toContainEqual({ label: 'Reporté sine die', category: 'not_started' });
    expect(document.people.map((p) => p.email)).toContain(rich.people.copilot.email);

    const energy = document.indicators.find((i) => i.code === 'EXP-ENERGIE')!;
    expect(energy).toMatchObject({ nodes: ['1.1'], actions: ['1.1.1.1'], pilots: [rich.people.pilot.email], baselineValue: 1200 });
    expect(energy.targets).toEqual([{ period: '2026', value: 1000, valueMax: null }, { period: '2027', value: 800, valueMax: null }]);
    expect(energy.measures.map((m) => [m.period, m.value])).toEqual([['2025', 1200.5]]);
    expect(JSON.stringify(document)).not.toMatch(/"id"\s*:/);
  });

  it('leaves out the fiches the reader may not see (unit visibility), as the action list does', async () => {
    const outsider = await jsonOf(rich.people.outsider.session, rich.plan.id);
    expect(codesOf(outsider)).not.toContain('Audit confidentiel des écoles');
    expect(codesOf(outsider)).toContain('Rénover l’école Jules-Ferry');
    const insider = await jsonOf(rich.people.schoolAgent.session, rich.plan.id);
    expect(codesOf(insider)).toContain('Audit confidentiel des écoles');
  });
});

describe('access', () => {
  it('answers 404 to someone who may not read the plan, in every format', async () => {
    const other = await createOrganizationWithAdmin(testApp);
    const draft = await createPlan(rich.admin, { name: 'Brouillon secret' });
    for (const format of ['json', 'csv', 'xlsx'] as const) {
      expect((await exportOf(other.admin, rich.plan.id, format)).statusCode).toBe(404);
      expect((await exportOf(rich.people.outsider.session, draft.id, format)).statusCode).toBe(404);
    }
  });
});

describe('GET /api/plans/:id/export.xlsx', () => {
  it('opens with exceljs and holds the tree, the fiches, budgets, milestones, indicators and measures', async () => {
    const workbook = await workbookOf(rich.admin, rich.plan.id);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Arborescence', 'Actions', 'Budgets', 'Jalons', 'Tâches', 'Indicateurs', 'Mesures']);
    const actions = workbook.getWorksheet('Actions')!;
    expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const tree = rowsOf(workbook, 'Arborescence');
    expect(tree[0]).toMatchObject({ Niveau: 'Plan', Intitulé: 'Plan de mandat 2026-2032' });
    expect(tree.find((r) => r.Code === '1.1.1')).toMatchObject({ Niveau: 'Objectif opérationnel', 'Unité pilote': 'Direction générale / Direction de l’éducation / Service des écoles' });

    const main = rowsOf(workbook, 'Actions').find((r) => r.Intitulé === 'Rénover l’école Jules-Ferry')!;
    expect(main).toMatchObject({ Code: '1.1.1.1', Pilote: 'Paule Pilote', 'E-mail du pilote': rich.people.pilot.email, Météo: 'Nuageux', 'Projet phare': 'Oui', 'En retard': 'Oui' });
    expect(main['Date de fin']).toEqual(new Date('2026-02-28T00:00:00Z'));
    expect(main['Budget voté (€)']).toBeCloseTo(128_456.78, 2);

    const budget = rowsOf(workbook, 'Budgets').find((r) => r.Nature === 'Investissement' && r.Année === 2026)!;
    expect(budget['Voté (€)']).toBeCloseTo(123_456.78, 2);
    expect(workbook.getWorksheet('Budgets')!.getColumn(5).numFmt).toContain('€');
    expect(rowsOf(workbook, 'Jalons').map((r) => r.Jalon)).toContain('Fin du chantier');
    expect(rowsOf(workbook, 'Indicateurs').map((r) => r.Code)).toEqual(['EXP-ENERGIE', 'EXP-TRAJETS']);
    const measures = rowsOf(workbook, 'Mesures');
    expect(measures.find((r) => r['Code indicateur'] === 'EXP-ENERGIE' && r.Période === '2025')).toMatchObject({ Valeur: 1200.5 });
    expect(measures.find((r) => r['Code indicateur'] === 'EXP-ENERGIE' && r.Période === '2027')).toMatchObject({ Valeur: null, Cible: 800 });
    expect(measures.find((r) => r['Code indicateur'] === 'EXP-TRAJETS')).toMatchObject({ Cible: 10, 'Cible haute': 20 });
    // A negative measure stored as a number stays a number.
    expect(measures.find((r) => r['Code indicateur'] === 'EXP-TRAJETS')!.Valeur).toBe(-3);
  });

  it('neutralises every text cell a spreadsheet could run as a formula (journal sheet included, on demand)', async () => {
    const workbook = await workbookOf(rich.admin, rich.plan.id, '?journal=true');
    expect(workbook.worksheets.map((s) => s.name)).toContain('Journal');
    const titles = rowsOf(workbook, 'Actions').map((r) => r.Intitulé);
    for (const title of DANGEROUS_TITLES) expect(titles).toContain(`'${title}`);
    const dangerous = rowsOf(workbook, 'Actions').find((r) => r.Intitulé === `'${DANGEROUS_TITLES[0]}`)!;
    expect(dangerous).toMatchObject({ Description: "'-1 place de parking", Partenaires: "'=1+1" });
    expect(rowsOf(workbook, 'Journal').map((r) => r['Point d’avancement'])).toContain(`'=cmd|"/c calc"!A1 tentative`);
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))),
    );
  });

  it('hides unit-only fiches from someone outside the unit', async () => {
    const workbook = await workbookOf(rich.people.outsider.session, rich.plan.id);
    expect(rowsOf(workbook, 'Actions').map((r) => r.Intitulé)).not.toContain('Audit confidentiel des écoles');
  });
});

describe('GET /api/plans/:id/export.csv', () => {
  it('is the actions table for French Excel: BOM, semicolons, CRLF, decimal comma, JJ/MM/AAAA, neutralised formulas', async () => {
    const response = await exportOf(rich.admin, rich.plan.id, 'csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="plan-de-mandat-2026-2032-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]!.startsWith('Code;Code du nœud;Nœud;Fiche parente;Intitulé;')).toBe(true);
    const main = lines.find((l) => l.includes('Rénover l’école Jules-Ferry'))!;
    expect(main).toContain(';15/01/2026;28/02/2026;');
    expect(main).toContain(';128456,78;');
    expect(main).toContain(';"ADEME; Région";');
    expect(text).toContain(`;"'=HYPERLINK(""http://evil.example"",""Cliquez"")";`);
    expect(text).toContain(";'+33 1 23 45 67 89;");
    expect(text).toContain(";'@SUM(A1:A9);");
    expect(text).not.toMatch(/;[=+@]/);
  });

  it('hides unit-only fiches from someone outside the unit', async () => {
    const response = await exportOf(rich.people.outsider.session, rich.plan.id, 'csv');
    expect(response.body).not.toContain('Audit confidentiel');
    expect(response.body).toContain('Rénover l’école Jules-Ferry');
  });
});
