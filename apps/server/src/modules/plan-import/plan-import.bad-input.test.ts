import { describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { tinyPdf } from '../../../test/multipart.js';
import { createTestApp } from '../../../test/test-app.js';
import { MAX_ENTRY_BYTES } from './plan-import.guard.js';
import { postImport, workbookOf } from './plan-import.test-helpers.js';

const testApp = await createTestApp();
const fields = { name: 'Plan', kind: 'mandate' };

/** The same archive, its first entry claiming `size` bytes once unpacked. */
function claimingSize(xlsx: Buffer, size: number) {
  const copy = Buffer.from(xlsx);
  const entry = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  copy.writeUInt32LE(size, entry + 24);
  return copy;
}

/** What Office writes for a password-protected workbook: an OLE compound file (CFB), not a ZIP. */
function cfbFile() {
  const bytes = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  bytes.write('EncryptedPackage', 1024, 'utf16le');
  return bytes;
}

const small = () => workbookOf({ Actions: [['Axe', 'Titre de l’action'], ['A', 'Une action']] });

describe('plan import: bad input gives a clear answer and writes nothing', () => {
  it('refuses a password-protected (CFB) workbook, a corrupt one, and what is no spreadsheet', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const cfb = await postImport(admin, cfbFile(), fields, true);
    expect(cfb.statusCode).toBe(422);
    expect(cfb.json().error.message).toMatch(/protégé par un mot de passe/);

    const corrupt = (await small()).subarray(0, 600);
    const broken = await postImport(admin, Buffer.concat([corrupt, Buffer.from('PK\u0005\u0006')]), fields, true);
    expect([415, 422]).toContain(broken.statusCode);

    const truncated = Buffer.from(await small());
    truncated.fill(0x41, 200, 400); // a damaged entry inside a readable directory
    const damaged = await postImport(admin, truncated, fields, true);
    expect(damaged.statusCode).toBe(422);
    expect(damaged.json().error.message).toMatch(/illisible ou endommagé/);

    const pdf = await postImport(admin, tinyPdf(), fields, true);
    expect(pdf.statusCode).toBe(415);
  });

  it('refuses a zip bomb before unpacking it: one entry or the total too large once unpacked', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const bomb = await postImport(admin, claimingSize(await small(), MAX_ENTRY_BYTES + 1), fields, true);
    expect(bomb.statusCode).toBe(422);
    expect(bomb.json().error.message).toMatch(/une fois décompressée/);
    const zip64 = await postImport(admin, claimingSize(await small(), 0xffffffff), fields, true);
    expect(zip64.statusCode).toBe(422);
  });

  it('refuses a file over 20 Mo with 413', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 'a');
    expect((await postImport(admin, big, fields, true)).statusCode).toBe(413);
  });

  it('refuses more than 20,000 rows, naming the sheet', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const lines = ['Axe;Titre de l’action', ...Array.from({ length: 20_001 }, (_, i) => `Axe ${i % 7};Action ${i}`)];
    const response = await postImport(admin, Buffer.from(lines.join('\n')), fields, true);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toMatch(/20\s001 lignes.*20\s000 au plus/);
  });

  it('names the missing mandatory column: the action title, or the first level', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const noTitle = await postImport(admin, await workbookOf({ Feuil1: [['Axe', 'Pilote', 'Statut'], ['A', 'x', 'En cours']] }), fields, true);
    expect(noTitle.statusCode).toBe(422);
    expect(noTitle.json().error.message).toMatch(/Colonne « Titre de l’action » introuvable ; en-têtes lus : Axe, Pilote, Statut/);
    const noLevel = await postImport(admin, Buffer.from('Titre de l’action;Statut\nUne;En cours\n'), fields, true);
    expect(noLevel.statusCode).toBe(422);
    expect(noLevel.json().error.message).toMatch(/Colonne « Axe » \(premier niveau du plan\) introuvable/);
  });

  it('reports duplicate codes as problems, with both lines', async () => {
    const { admin } = await createOrganizationWithAdmin(testApp);
    const file = await workbookOf({ Actions: [['Axe', 'Code', 'Titre de l’action'], ['A', 'X1', 'Une'], ['A', 'x1 ', 'Deux']] });
    const preview = (await postImport(admin, file, fields, true)).json().data;
    expect(preview.ready).toBe(false);
    expect(preview.problems).toEqual([{ severity: 'error', sheet: 'Actions', line: 3, column: 'Code', message: 'Code « x1 » en double (déjà ligne 2)' }]);
  });
});
