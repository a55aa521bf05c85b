import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationWithAdmin } from '../../../test/factories.js';
import { startFakeApplication, type FakeApplication } from '../../../test/fake-application.js';
import { insertTestIndicator, storedMeasures } from '../../../test/integration-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

let testApp: TestApp;
let fake: FakeApplication;
let admin: Session;
let organizationId: string;

beforeAll(async () => {
  fake = await startFakeApplication();
  testApp = await createTestApp({ env: { CONNECTOR_ALLOWED_HOSTS: `intranet.ville.fr, ${fake.host}, localhost:1`, CONNECTOR_TIMEOUT_MS: '300', CONNECTOR_MAX_MB: '1' } });
  ({ admin, organization: { id: organizationId } } = await createOrganizationWithAdmin(testApp));
});

const csvMapping = { indicatorField: 'code', periodField: 'periode', valueField: 'valeur', commentField: null };

async function createConnector(input: Record<string, unknown>) {
  const response = await admin.request('POST', '/api/connectors', { name: 'Logiciel déchets', format: 'csv', schedule: 'manual', mapping: csvMapping, ...input });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().data as { id: string; version: number };
}

async function runNow(connectorId: string) {
  const response = await admin.request('POST', `/api/connectors/${connectorId}/run`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data as { status: string; trigger: string; fetchedRows: number; writtenRows: number; errors: string[]; finishedAt: string | null };
}

describe('running a connector', () => {
  it('fetches a CSV and writes its measures; a second run changes nothing', async () => {
    const a = await insertTestIndicator(testApp.ctx, { organizationId });
    const b = await insertTestIndicator(testApp.ctx, { organizationId });
    fake.serve('/collecte.csv', `code;periode;valeur\n${a.code};2026-01;10,5\n${b.code};2026-01;7\n${a.code};2026-02;11\n`);
    const connector = await createConnector({ url: fake.url('/collecte.csv'), indicatorIds: [a.id, b.id] });

    const run = await runNow(connector.id);
    expect(run).toMatchObject({ status: 'success', trigger: 'manual', fetchedRows: 3, writtenRows: 3, errors: [] });
    expect(run.finishedAt).not.toBeNull();
    expect(await storedMeasures(testApp.ctx, organizationId, a.id)).toMatchObject([
      { period: '2026-01', value: 10.5, source: 'connector', connectorId: connector.id },
      { period: '2026-02', value: 11, source: 'connector' },
    ]);
    expect(await runNow(connector.id)).toMatchObject({ status: 'success', fetchedRows: 3, writtenRows: 0 });

    const runs = (await admin.request('GET', `/api/connectors/${connector.id}/runs`)).json().data;
    expect(runs).toHaveLength(2);
    const listed = (await admin.request('GET', '/api/connectors')).json().data.find((c: { id: string }) => c.id === connector.id);
    expect(listed.lastRun).toMatchObject({ status: 'success', writtenRows: 0 });
  });

  it('reads JSON through the mapping’s dotted paths, and a CSV for a single indicator without a code column', async () => {
    const a = await insertTestIndicator(testApp.ctx, { organizationId, periodicity: 'quarterly' });
    fake.serve(
      '/api/indicateurs',
      JSON.stringify({ data: { items: [{ ind: { code: a.code }, trimestre: 'T1 2026', mesure: { v: 3.5 }, note: 'ok' }, { ind: { code: a.code }, trimestre: '2026-Q2', mesure: { v: '4,5' } }] } }),
      'application/json',
    );
    const json = await createConnector({
      url: fake.url('/api/indicateurs'),
      format: 'json',
      indicatorIds: [a.id],
      mapping: { itemsPath: 'data.items', indicatorField: 'ind.code', periodField: 'trimestre', valueField: 'mesure.v', commentField: 'note' },
    });
    expect(await runNow(json.id)).toMatchObject({ status: 'success', fetchedRows: 2, writtenRows: 2 });
    expect(await storedMeasures(testApp.ctx, organizationId, a.id)).toMatchObject([
      { period: '2026-Q1', value: 3.5, comment: 'ok' },
      { period: '2026-Q2', value: 4.5 },
    ]);

    const single = await insertTestIndicator(testApp.ctx, { organizationId });
    fake.serve('/tonnage.csv', 'Mois,Tonnage\n2026-01,"1,234.5"\n');
    const csv = await createConnector({ url: fake.url('/tonnage.csv'), indicatorIds: [single.id], mapping: { indicatorField: null, periodField: 'mois', valueField: 'tonnage' } });
    expect(await runNow(csv.id)).toMatchObject({ status: 'success', writtenRows: 1 });
    expect(await storedMeasures(testApp.ctx, organizationId, single.id)).toMatchObject([{ period: '2026-01', value: 1234.5 }]);
  });

  it('writes nothing when one row is bad, and logs every error with its line', async () => {
    const a = await insertTestIndicator(testApp.ctx, { organizationId });
    const notMine = await insertTestIndicator(testApp.ctx, { organizationId });
    fake.serve('/bad.csv', `code;periode;valeur\n${a.code};2026-01;1\n${a.code};2026-13;2\n${notMine.code};2026-01;3\n${a.code};2026-02;n/a\n`);
    const connector = await createConnector({ url: fake.url('/bad.csv'), indicatorIds: [a.id] });
    const run = await runNow(connector.id);
    expect(run).toMatchObject({ status: 'failed', fetchedRows: 4, writtenRows: 0 });
    expect(run.errors).toEqual([
      expect.stringMatching(/^ligne 3 : .*2026-13/),
      expect.stringMatching(/^ligne 4 : .*hors du périmètre/),
      expect.stringMatching(/^ligne 5 : .*n\/a/),
    ]);
    expect(await storedMeasures(testApp.ctx, organizationId, a.id)).toEqual([]);
  });

  it.each([
    ['a 500', '/error', (f: FakeApplication) => f.serve('/error', 'boom', 'text/plain', 500), /répondu 500/],
    ['HTML', '/login', (f: FakeApplication) => f.serve('/login', '<!DOCTYPE html><html><body>Connexion</body></html>', 'text/html'), /page HTML/],
    ['an image', '/logo.png', (f: FakeApplication) => f.serve('/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'), /inattendu/],
    ['a timeout', '/slow', (f: FakeApplication) => f.route('/slow', (_q, r) => void setTimeout(() => r.end('code;periode;valeur\n'), 2000)), /en 0.3 s/],
    [
      'a body slow to come',
      '/trickle',
      (f: FakeApplication) =>
        f.route('/trickle', (_q, r) => {
          r.writeHead(200, { 'content-type': 'text/csv' }).write('code;periode;valeur\n');
          setTimeout(() => r.end(), 2000);
        }),
      /en 0.3 s/,
    ],
    [
      'a huge body',
      '/huge.csv',
      (f: FakeApplication) =>
        f.route('/huge.csv', (_q, r) => {
          r.writeHead(200, { 'content-type': 'text/csv' });
          for (let i = 0; i < 40; i++) r.write('x'.repeat(64 * 1024) + '\n');
          r.end();
        }),
      /trop volumineuse/,
    ],
    ['a redirect out of the allowed hosts', '/moved', (f: FakeApplication) => f.route('/moved', (_q, r) => r.writeHead(302, { location: 'http://example.com/data.csv' }).end()), /example\.com.*pas autorisé/],
    ['an unreachable host', null, () => undefined, /Connexion impossible à localhost:1/],
  ])('fails with a clear message on %s, and writes nothing', async (_label, path, setUp, message) => {
    const a = await insertTestIndicator(testApp.ctx, { organizationId });
    setUp(fake);
    const url = path ? fake.url(path) : 'http://localhost:1/mesures.csv';
    const connector = await createConnector({ url, indicatorIds: [a.id] });
    const run = await runNow(connector.id);
    expect(run.status).toBe('failed');
    expect(run.errors.join(' ')).toMatch(message);
    expect(await storedMeasures(testApp.ctx, organizationId, a.id)).toEqual([]);
  });

  it('follows a redirect inside the allowed hosts', async () => {
    const a = await insertTestIndicator(testApp.ctx, { organizationId });
    fake.serve('/v2/data.csv', `code;periode;valeur\n${a.code};2026-01;1\n`);
    fake.route('/v1/data.csv', (_q, r) => r.writeHead(301, { location: '/v2/data.csv' }).end());
    const connector = await createConnector({ url: fake.url('/v1/data.csv'), indicatorIds: [a.id] });
    expect(await runNow(connector.id)).toMatchObject({ status: 'success', writtenRows: 1 });
  });

  it('refuses a host outside CONNECTOR_ALLOWED_HOSTS, and says so when the list is empty', async () => {
    const a = await insertTestIndicator(testApp.ctx, { organizationId });
    const outside = await createConnector({ url: 'https://example.com/data.csv', indicatorIds: [a.id] });
    expect((await runNow(outside.id)).errors).toEqual(['L’hôte example.com n’est pas autorisé (CONNECTOR_ALLOWED_HOSTS)']);

    const allowed = testApp.ctx.config.connectorAllowedHosts;
    testApp.ctx.config.connectorAllowedHosts = [];
    try {
      expect((await runNow(outside.id)).errors[0]).toMatch(/Aucun hôte autorisé.*CONNECTOR_ALLOWED_HOSTS/);
    } finally {
      testApp.ctx.config.connectorAllowedHosts = allowed;
    }
  });
});
