import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin, createUnit } from '../../../test/factories.js';
import { insertTestIndicator, storedMeasures } from '../../../test/integration-factories.js';
import { multipartBody, tinyPdf } from '../../../test/multipart.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

let testApp: TestApp;
let admin: Session;
let organizationId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  ({ admin, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
});

async function importFile(session: Session, content: Buffer | string, { dryRun = true, name = 'mesures.csv' } = {}) {
  const { payload, headers } = multipartBody({ name, content: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });
  return session.request('POST', `/api/indicators/import?dryRun=${dryRun}`, payload, headers);
}
const resultOf = async (response: Awaited<ReturnType<typeof importFile>>) => {
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data;
};

describe('POST /api/indicators/import', () => {
  it('previews without writing, then imports; a French CSV (BOM, « ; », decimal comma, messy cells)', async () => {
    const waste = await insertTestIndicator(testApp.ctx, { organizationId, periodicity: 'monthly' });
    const rate = await insertTestIndicator(testApp.ctx, { organizationId, periodicity: 'quarterly' });
    const csv =
      '\uFEFFCode indicateur ;Période;Valeur;Commentaire\r\n' +
      `${waste.code};2026-01;"1 234,5";Janvier \r\n` +
      '\r\n' +
      `${waste.code.toLowerCase()} ; 02/2026 ; 980 ;\r\n` +
      ';;;\r\n' +
      `${rate.code};T1 2026;12 %;\r\n`;

    const preview = await resultOf(await importFile(admin, csv));
    expect(preview).toMatchObject({ dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, problems: [] });
    expect(preview.preview).toEqual([
      { line: 2, indicator: waste.code, period: '2026-01', value: 1234.5, comment: 'Janvier' },
      { line: 4, indicator: waste.code, period: '2026-02', value: 980, comment: '' },
      { line: 6, indicator: rate.code, period: '2026-Q1', value: 12, comment: '' },
    ]);
    expect(await storedMeasures(testApp.ctx, organizationId, waste.id)).toEqual([]);

    const done = await resultOf(await importFile(admin, csv, { dryRun: false }));
    expect(done).toMatchObject({ dryRun: false, created: 3, problems: [] });
    expect(await storedMeasures(testApp.ctx, organizationId, waste.id)).toMatchObject([
      { period: '2026-01', value: 1234.5, comment: 'Janvier', source: 'import' },
      { period: '2026-02', value: 980, source: 'import' },
    ]);

    const again = await resultOf(await importFile(admin, csv.replace('980', '990'), { dryRun: false }));
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
  });

  it('reports every bad row with its line and column, and writes nothing at all', async () => {
    const indicator = await insertTestIndicator(testApp.ctx, { organizationId, periodicity: 'monthly' });
    const csv = [
      'code;periode;valeur',
      `${indicator.code};2026-01;10`,
      `${indicator.code};2026-05;15;"sur deux\nlignes"`,
      `${indicator.code};2026-13;11`,
      '',
      'INCONNU-1;2026-02;12',
      `${indicator.code};2026-03;douze`,
      `${indicator.code};2026-01;13`,
      `${indicator.code};2026-04;14`,
    ].join('\n');
    const preview = await resultOf(await importFile(admin, csv));
    expect(preview.rows).toBe(7);
    expect(preview.created).toBe(3);
    expect(preview.problems).toEqual([
      { line: 5, column: 'periode', message: expect.stringContaining('2026-13') },
      { line: 7, column: 'code', message: expect.stringContaining('INCONNU-1') },
      { line: 8, column: 'valeur', message: expect.stringContaining('douze') },
      { line: 9, message: expect.stringMatching(/double.*ligne 2/) },
    ]);

    const real = await resultOf(await importFile(admin, csv, { dryRun: false }));
    expect(real).toMatchObject({ dryRun: false, created: 0, updated: 0 });
    expect(real.problems).toHaveLength(4);
    expect(await storedMeasures(testApp.ctx, organizationId, indicator.id)).toEqual([]);
  });

  it('reads a Windows-1252 CSV with « , » and decimal points, English headers in any case', async () => {
    const indicator = await insertTestIndicator(testApp.ctx, { organizationId, periodicity: 'yearly' });
    const text = `Indicator Code,PERIOD,Value,Comment\n${indicator.code},2025,"1,234.5",Donnée élevée\n`;
    const bytes = Buffer.from(text, 'latin1');
    const result = await resultOf(await importFile(admin, bytes, { dryRun: false }));
    expect(result).toMatchObject({ created: 1, problems: [] });
    expect(await storedMeasures(testApp.ctx, organizationId, indicator.id)).toMatchObject([{ period: '2025', value: 1234.5, comment: 'Donnée élevée' }]);
  });

  it('reads the first sheet with data of an XLSX: numbers, formulas, an Excel date as the period containing it', async () => {
    const monthly = await insertTestIndicator(testApp.ctx, { organizationId, periodicity: 'monthly' });
    const quarterly = await insertTestIndicator(testApp.ctx, { organizationId, periodicity: 'quarterly' });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Vide');
    const sheet = workbook.addWorksheet('Mesures');
    sheet.addRow(['Indicateur', 'Période', 'Valeur', 'Commentaire']);
    sheet.addRow([monthly.code, new Date(Date.UTC(2026, 6, 15)), 42.5, 'Excel']);
    sheet.addRow([]);
    sheet.addRow([quarterly.code, new Date(Date.UTC(2026, 7, 31)), { formula: 'C2*2', result: 85 }]);
    sheet.addRow([monthly.code, '2026-08', '7,5']);
    sheet.getColumn(2).numFmt = 'dd/mm/yyyy';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const result = await resultOf(await importFile(admin, bytes, { dryRun: false, name: 'mesures.xlsx' }));
    expect(result.problems).toEqual([]);
    expect(result.preview.map((p: { line: number; period: string; value: number }) => [p.line, p.period, p.value])).toEqual([
      [2, '2026-07', 42.5],
      [4, '2026-Q3', 85],
      [5, '2026-08', 7.5],
    ]);
    expect(await storedMeasures(testApp.ctx, organizationId, quarterly.id)).toMatchObject([{ period: '2026-Q3', value: 85 }]);
  });

  it("lets an agent import only the indicators they may enter; others' are problems, hidden ones unknown", async () => {
    const unit = await createUnit(admin, 'Direction des sports');
    const otherUnit = await createUnit(admin, 'Direction des finances');
    const agent = await createMember(testApp, admin, { orgUnitIds: [unit.id] });
    const ours = await insertTestIndicator(testApp.ctx, { organizationId, ownerOrgUnitId: unit.id });
    const piloted = await insertTestIndicator(testApp.ctx, { organizationId, ownerOrgUnitId: otherUnit.id, pilotIds: [agent.id] });
    const readOnly = await insertTestIndicator(testApp.ctx, { organizationId, ownerOrgUnitId: otherUnit.id });
    const hidden = await insertTestIndicator(testApp.ctx, { organizationId, ownerOrgUnitId: otherUnit.id, visibility: 'unit' });
    const csv = ['code;période;valeur', `${ours.code};2026-01;1`, `${piloted.code};2026-01;2`, `${readOnly.code};2026-01;3`, `${hidden.code};2026-01;4`].join('\n');
    const result = await resultOf(await importFile(agent.session, csv));
    expect(result.created).toBe(2);
    expect(result.problems).toEqual([
      { line: 4, column: 'code', message: `Vous ne pouvez pas saisir les mesures de l'indicateur ${readOnly.code}` },
      { line: 5, column: 'code', message: `Indicateur inconnu : « ${hidden.code} »` },
    ]);
  });

  it('says which column is missing, refuses a PDF renamed .csv (415), an empty file and a file too large (413)', async () => {
    const missing = await resultOf(await importFile(admin, 'code;période\nX;2026\n'));
    expect(missing.problems).toEqual([{ line: 1, message: expect.stringContaining('« valeur »') }]);

    const pdf = await importFile(admin, tinyPdf(), { name: 'mesures.csv' });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.message).toMatch(/CSV ou un classeur XLSX/);

    expect((await importFile(admin, '')).statusCode).toBe(400);

    const huge = Buffer.alloc(20 * 1024 * 1024 + 1, 'a');
    const tooLarge = await importFile(admin, huge);
    expect(tooLarge.statusCode).toBe(413);

    const notMultipart = await admin.request('POST', '/api/indicators/import?dryRun=true', { file: 'x' });
    expect(notMultipart.statusCode).toBe(415);
  });
});
