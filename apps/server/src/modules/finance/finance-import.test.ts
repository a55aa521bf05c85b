import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { budgetOf, createPortfolio, importFinance, insertProject } from './finance.test-helpers.js';

let testApp: TestApp;
let admin: Session;
let organizationId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  ({ admin, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
});

const csv = (...rows: string[]) => ['Référence;Type;Date;Code projet;Section;Montant;Fournisseur', ...rows].join('\r\n');

describe('POST /api/finance/import', () => {
  it('matches lines by project code and by finance code, sums them per year and nature into the budget lines', async () => {
    const portfolio = await createPortfolio(admin);
    const gru = await insertProject(testApp, organizationId, portfolio, {
      code: 'DSI-2026-001',
      financeCodes: ['2051-020-DSI'],
      budget: [{ year: 2026, nature: 'investment', planned: 5_000_000 }],
    });
    const ged = await insertProject(testApp, organizationId, portfolio, { code: 'DSI-2026-002', budget: [{ year: 2026, nature: 'operating', planned: 100_000 }] });
    const file = csv(
      'E-1;Engagement;15/01/2026;DSI-2026-001;I;"12 000,00 €";Sopra',
      'M-1;Mandat;20/02/2026;2051 - 020-dsi;I;4 000,50;Sopra',
      'M-2;Mandaté;03/03/2026;2051-020-DSI;I;1000;Sopra',
      'M-3;Mandat;05/01/2027;dsi-2026-001;Fonctionnement;250;Orange',
      'E-2;engagé;10/04/2026;DSI-2026-002;;1 500,00;Berger-Levrault',
      'M-9;Mandat;11/04/2026;6288-ZZZ;F;99,99;Inconnu',
    );

    const preview = await importFinance(admin, portfolio.id, file, { dryRun: true });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().data).toMatchObject({ dryRun: true, rows: 6, created: 6, updated: 0, unchanged: 0, matched: 5, unmatched: 1 });
    expect(preview.json().data.preview[1]).toMatchObject({ line: 3, reference: 'M-1', type: 'paid', date: '2026-02-20', amountCents: 400_050, projectCode: 'DSI-2026-001' });
    expect(await budgetOf(admin, gru)).toEqual([{ year: 2026, nature: 'investment', plannedCents: 5_000_000, committedCents: 0, spentCents: 0 }]);

    const done = await importFinance(admin, portfolio.id, file);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().data).toMatchObject({ created: 6, matched: 5, unmatched: 1, committedCents: 1_350_000, paidCents: 535_049 });
    expect(await budgetOf(admin, gru)).toEqual([
      { year: 2026, nature: 'investment', plannedCents: 5_000_000, committedCents: 1_200_000, spentCents: 500_050 },
      { year: 2027, nature: 'operating', plannedCents: 0, committedCents: 0, spentCents: 25_000 },
    ]);
    // No section in the file: the project's only nature.
    expect(await budgetOf(admin, ged)).toEqual([{ year: 2026, nature: 'operating', plannedCents: 100_000, committedCents: 150_000, spentCents: 0 }]);

    const history = await admin.request('GET', `/api/history/action/${gru}`);
    expect(history.json().data.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['budgetLine.update', 'budgetLine.create']));
    const planHistory = await admin.request('GET', `/api/history/plan/${portfolio.id}`);
    expect(planHistory.json().data).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'finance.import', changes: { financeImport: { before: null, after: { created: 6, updated: 0, unchanged: 0, unmatched: 1 } } } })]),
    );
  });

  it('the same file twice changes nothing; a changed amount under the same reference updates the line', async () => {
    const portfolio = await createPortfolio(admin);
    const project = await insertProject(testApp, organizationId, portfolio, { code: 'DSI-2026-010', budget: [{ year: 2026, nature: 'investment', planned: 1_000_000 }] });
    const file = csv('E-10;Engagement;15/01/2026;DSI-2026-010;I;800;A', 'M-10;Mandat;15/02/2026;DSI-2026-010;I;300;A');
    expect((await importFinance(admin, portfolio.id, file)).json().data).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const before = await budgetOf(admin, project);
    const historyBefore = (await admin.request('GET', `/api/history/action/${project}`)).json().data.length;

    const again = await importFinance(admin, portfolio.id, file);
    expect(again.json().data).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await budgetOf(admin, project)).toEqual(before);
    expect((await admin.request('GET', `/api/history/action/${project}`)).json().data).toHaveLength(historyBefore);

    const corrected = await importFinance(admin, portfolio.id, file.replace(';300;', ';350;'));
    expect(corrected.json().data).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await budgetOf(admin, project)).toEqual([{ year: 2026, nature: 'investment', plannedCents: 1_000_000, committedCents: 80_000, spentCents: 35_000 }]);
  });

  it('a missing column → 422 listing the headers found; nothing written', async () => {
    const portfolio = await createPortfolio(admin);
    const response = await importFinance(admin, portfolio.id, 'Référence;Date;Imputation;Fournisseur\r\nM-1;01/02/2026;X;Y\r\n');
    expect(response.statusCode).toBe(422);
    const [issue] = response.json().error.issues;
    expect(issue.path).toBe('ligne 1');
    expect(issue.message).toMatch(/Montant/);
    expect(issue.message).toMatch(/Type/);
    expect(issue.message).toContain('en-têtes lus : « Référence », « Date », « Imputation », « Fournisseur »');
  });

  it('a negative amount, an unknown type, a bad date → 422 with every line and column; nothing written', async () => {
    const portfolio = await createPortfolio(admin);
    const project = await insertProject(testApp, organizationId, portfolio, { code: 'DSI-2026-020' });
    const response = await importFinance(
      admin,
      portfolio.id,
      csv('E-20;Engagement;15/01/2026;DSI-2026-020;I;800;A', 'M-20;Mandat;15/02/2026;DSI-2026-020;I;-300,00;A', 'X-1;Avoir;31/02/2026;DSI-2026-020;I;10;A', 'E-20;Engagement;16/01/2026;DSI-2026-020;I;1;A'),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().error.issues).toEqual([
      { path: 'ligne 3, colonne « Montant »', message: expect.stringContaining('Montant négatif') },
      { path: 'ligne 4, colonne « Type »', message: expect.stringContaining('Avoir') },
      { path: 'ligne 4, colonne « Date »', message: expect.stringContaining('31/02/2026') },
      { path: 'ligne 5, colonne « Référence »', message: expect.stringContaining('ligne 2') },
    ]);
    expect(await budgetOf(admin, project)).toEqual([]);
    const lines = await admin.request('GET', `/api/finance/lines?portfolioId=${portfolio.id}`);
    expect(lines.json().data).toEqual([]);
  });

  it('reads a messy export: Windows-1252, « ; », no BOM, « 1 234,56 », dd/mm/yyyy, N° mandat as reference', async () => {
    const portfolio = await createPortfolio(admin);
    const project = await insertProject(testApp, organizationId, portfolio, { code: 'DSI-2026-030', financeCodes: ['2183-020-INFO'] });
    const text = [
      'N° mandat;Date de mandatement;Imputation;Libellé;Tiers;Montant TTC',
      '2026-000123;05/03/2026;2183-020-INFO;Écrans pour la médiathèque;Société Générale d’Équipement;"1 234,56"',
      '',
      '2026-000124;06/03/2026; 2183-020-info ;Câblage;Électricité Réunie;"10 000,00"',
    ].join('\r\n');
    // Windows-1252 as Excel writes it on French Windows (the apostrophe aside, Latin-1 bytes are the same).
    const latin1 = Buffer.from(text.replace('’', "'"), 'latin1');
    const response = await importFinance(admin, portfolio.id, latin1);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().data).toMatchObject({ created: 2, matched: 2, paidCents: 1_123_456 });
    expect(await budgetOf(admin, project)).toEqual([{ year: 2026, nature: 'operating', plannedCents: 0, committedCents: 0, spentCents: 1_123_456 }]);
    const lines = (await admin.request('GET', `/api/finance/lines?portfolioId=${portfolio.id}`)).json().data;
    expect(lines[1]).toMatchObject({ reference: '2026-000123', type: 'paid', supplier: "Société Générale d'Équipement", label: 'Écrans pour la médiathèque', matchedBy: 'code' });
  });

  it('reads an XLSX workbook: date cells, number amounts', async () => {
    const portfolio = await createPortfolio(admin);
    const project = await insertProject(testApp, organizationId, portfolio, { code: 'DSI-2026-040' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mandats');
    sheet.addRow(['N° mandat', 'Date de mandatement', 'Code projet', 'Section', 'Montant TTC']);
    sheet.addRow(['X-40', new Date(Date.UTC(2026, 5, 30)), 'DSI-2026-040', 'Investissement', 1500.25]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await importFinance(admin, portfolio.id, bytes, { name: 'mandats.xlsx' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().data.preview).toEqual([expect.objectContaining({ reference: 'X-40', type: 'paid', date: '2026-06-30', amountCents: 150_025, nature: 'investment' })]);
    expect(await budgetOf(admin, project)).toEqual([{ year: 2026, nature: 'investment', plannedCents: 0, committedCents: 0, spentCents: 150_025 }]);
  });

  it('refuses what is not a spreadsheet (415) and a file too large (413)', async () => {
    const portfolio = await createPortfolio(admin);
    const pdf = await importFinance(admin, portfolio.id, Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n\u0000', 'latin1'));
    expect(pdf.statusCode).toBe(415);
    const huge = await importFinance(admin, portfolio.id, 'a'.repeat(21 * 1024 * 1024));
    expect(huge.statusCode).toBe(413);
  });
});
