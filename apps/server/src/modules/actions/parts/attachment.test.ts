import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { multipartBody, tinyPdf, tinyPng } from '../../../../test/multipart.js';
import { createFicheWithPeople } from '../../../../test/parts-factories.js';
import { actionHistory } from '../../../../test/parts-history.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { attachments } from '../action-parts.table.js';
import { contentDisposition } from '../../files/file-download.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'pilotis-annexes-'));
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp({ env: { DATA_DIR: dataDir } });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Every file under DATA_DIR/files/<organizationId>, temporary ones included. */
const filesOf = (organizationId: string) => {
  const dir = path.join(dataDir, 'files', organizationId);
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};
const rowsOf = (actionId: string) => testApp.ctx.db.select().from(attachments).where(eq(attachments.ownerId, actionId));

function upload(session: Session, actionId: string, file: Parameters<typeof multipartBody>[0], headers: Record<string, string> = {}) {
  const { payload, headers: multipartHeaders } = multipartBody(file);
  return session.request('POST', `/api/actions/${actionId}/attachments`, payload, { ...multipartHeaders, ...headers });
}

describe('annexes of a fiche action', () => {
  it('removes the stored files when the fiche is deleted', async () => {
    const { pilot, manager, actionId, organization } = await createFicheWithPeople(testApp);
    const created = await upload(pilot.session, actionId, { name: 'plan.pdf', type: 'application/pdf', content: tinyPdf() });
    expect(filesOf(organization.id)).toContain(created.json().data.id);
    expect((await manager.session.request('DELETE', `/api/actions/${actionId}`)).statusCode).toBe(204);
    expect(filesOf(organization.id)).toEqual([]);
    expect(await rowsOf(actionId)).toEqual([]);
  });

  it('stores a PDF and a PNG checked on content, and gives the same bytes back to readers', async () => {
    const { pilot, reader, other, actionId, organization } = await createFicheWithPeople(testApp);
    const pdf = tinyPdf();
    const created = await upload(pilot.session, actionId, { name: 'compte-rendu.pdf', type: 'application/pdf', content: pdf });
    expect(created.statusCode).toBe(201);
    const annex = created.json().data;
    expect(annex).toMatchObject({ kind: 'file', name: 'compte-rendu.pdf', url: null, mimeType: 'application/pdf', sizeBytes: pdf.length, uploadedBy: { id: pilot.id } });
    expect(readFileSync(path.join(dataDir, 'files', organization.id, annex.id))).toEqual(pdf);

    // The browser said text/plain: the content says PNG, and the content wins.
    const png = tinyPng();
    const image = await upload(pilot.session, actionId, { name: 'Photo chantier été (1).png', type: 'text/plain', content: png });
    expect(image.statusCode).toBe(201);
    expect(image.json().data.mimeType).toBe('image/png');

    const list = await reader.session.request('GET', `/api/actions/${actionId}/attachments`);
    expect(list.json().data).toHaveLength(2);
    expect(list.json().can).toEqual({ update: false });

    const download = await reader.session.request('GET', `/api/attachments/${image.json().data.id}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload).toEqual(png);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Photo chantier _t_ (1).png"; filename*=UTF-8''Photo%20chantier%20%C3%A9t%C3%A9%20%281%29.png`,
    );
    expect(contentDisposition('a"b\\c\r\n.pdf')).toBe(`attachment; filename="a_b_c__.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0A.pdf`);

    expect((await other.request('GET', `/api/attachments/${annex.id}/download`)).statusCode).toBe(404);
    expect((await other.request('GET', `/api/actions/${actionId}/attachments`)).statusCode).toBe(404);
    expect((await other.request('DELETE', `/api/attachments/${annex.id}`)).statusCode).toBe(404);
    expect((await reader.session.request('DELETE', `/api/attachments/${annex.id}`)).statusCode).toBe(403);

    expect((await pilot.session.request('DELETE', `/api/attachments/${annex.id}`)).statusCode).toBe(204);
    expect(filesOf(organization.id)).toEqual([image.json().data.id]);
    expect((await pilot.session.request('GET', `/api/attachments/${annex.id}/download`)).statusCode).toBe(404);

    const history = await actionHistory(testApp.ctx, organization.id, actionId);
    expect(history.map((e) => e.action)).toEqual(['attachment.create', 'attachment.create', 'attachment.delete']);
    expect(history[0]!.changes['attachment:compte-rendu.pdf']!.after).toMatchObject({ kind: 'file', mimeType: 'application/pdf' });
  });

  it('refuses executables whatever their name (415), oversized files (413), and keeps nothing of them', async () => {
    const { pilot, reader, actionId, organization } = await createFicheWithPeople(testApp);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const fakePdf = await upload(pilot.session, actionId, { name: 'facture.pdf', type: 'application/pdf', content: exe });
    expect(fakePdf.statusCode).toBe(415);
    expect(fakePdf.json().error.message).toMatch(/Type de fichier non accepté/);
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)]);
    expect((await upload(pilot.session, actionId, { name: 'notes.txt', type: 'text/plain', content: elf })).statusCode).toBe(415);
    const binary = Buffer.from([0x01, 0x02, 0x00, 0xff, 0xfe, 0x00]);
    expect((await upload(pilot.session, actionId, { name: 'data.csv', type: 'text/csv', content: binary })).statusCode).toBe(415);

    const big = Buffer.alloc(25 * 1024 * 1024 + 1, 0x41);
    const tooBig = await upload(pilot.session, actionId, { name: 'gros.txt', type: 'text/plain', content: big });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toMatchObject({ code: 'payload_too_large', message: 'Le fichier dépasse la taille maximale de 25 Mo' });

    expect((await upload(reader.session, actionId, { name: 'cr.pdf', content: tinyPdf() })).statusCode).toBe(403);
    const noCsrf = await upload(pilot.session, actionId, { name: 'cr.pdf', content: tinyPdf() }, { 'x-csrf-token': 'wrong' });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_failed');
    const notMultipart = await pilot.session.request('POST', `/api/actions/${actionId}/attachments`, { file: 'x' });
    expect(notMultipart.statusCode).toBe(415);

    expect(filesOf(organization.id)).toEqual([]);
    expect(await rowsOf(actionId)).toEqual([]);
    expect(await actionHistory(testApp.ctx, organization.id, actionId)).toEqual([]);
  });

  it('accepts UTF-8 text and CSV, and http(s) links only', async () => {
    const { pilot, actionId } = await createFicheWithPeople(testApp);
    const csv = await upload(pilot.session, actionId, { name: 'suivi.csv', content: Buffer.from('\uFEFFannée;coût\n2026;12 000 €\n') });
    expect(csv.statusCode).toBe(201);
    expect(csv.json().data.mimeType).toBe('text/csv; charset=utf-8');
    const text = await upload(pilot.session, actionId, { name: 'notes', content: Buffer.from('Réunion du 3 mars') });
    expect(text.json().data.mimeType).toBe('text/plain; charset=utf-8');

    const link = await pilot.session.request('POST', `/api/actions/${actionId}/links`, { name: 'Délibération', url: 'https://deliberations.example.fr/2026-12' });
    expect(link.statusCode).toBe(201);
    expect(link.json().data).toMatchObject({ kind: 'link', name: 'Délibération', url: 'https://deliberations.example.fr/2026-12', mimeType: null, sizeBytes: null });
    expect((await pilot.session.request('POST', `/api/actions/${actionId}/links`, { name: 'x', url: 'javascript:alert(1)' })).statusCode).toBe(400);
    expect((await pilot.session.request('POST', `/api/actions/${actionId}/links`, { name: 'x', url: 'file:///etc/passwd' })).statusCode).toBe(400);
    expect((await pilot.session.request('GET', `/api/attachments/${link.json().data.id}/download`)).statusCode).toBe(404);
    expect((await pilot.session.request('DELETE', `/api/attachments/${link.json().data.id}`)).statusCode).toBe(204);
  });

  it('removes the stored file when the database transaction fails', async () => {
    const { pilot, actionId, organization } = await createFicheWithPeople(testApp);
    const db = testApp.ctx.db;
    const original = db.transaction.bind(db);
    let ranToTheEnd = false;
    // The upload's transaction runs to its end (file moved into place), then the commit fails.
    const spy = vi.spyOn(db, 'transaction').mockImplementationOnce((run) =>
      original(async (tx) => {
        await run(tx);
        ranToTheEnd = true;
        throw new Error('commit refusé');
      }),
    );
    try {
      const failed = await upload(pilot.session, actionId, { name: 'cr.pdf', content: tinyPdf() });
      expect(failed.statusCode).toBe(500);
      expect(ranToTheEnd).toBe(true);
    } finally {
      spy.mockRestore();
    }
    expect(filesOf(organization.id)).toEqual([]);
    expect(await rowsOf(actionId)).toEqual([]);
  });
});
