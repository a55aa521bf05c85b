import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, signOut, test } from './fixtures.js';

// Names unique per run: a retry runs against the same server, where the first attempt's data remains.
const RUN = Date.now().toString(36).slice(-4).toUpperCase();
const CODE = `E2E-${RUN}`;
const NAME = `Dossiers d'urbanisme traités dans les délais ${RUN}`;
const IMPORT_CODE = `IMP-${RUN}`;

/** The last `count` completed quarters, oldest first, as the API (`2026-Q3`) and the screens (`T3 2026`) spell them. */
function lastQuarters(count: number, today = new Date()) {
  let year = today.getFullYear();
  let quarter = Math.floor(today.getMonth() / 3) + 1;
  const quarters: { api: string; label: string }[] = [];
  for (let i = 0; i < count; i++) {
    quarter -= 1;
    if (quarter === 0) { quarter = 4; year -= 1; }
    quarters.unshift({ api: `${year}-Q${quarter}`, label: `T${quarter} ${year}` });
  }
  return quarters;
}

/** JSON calls with the signed-in page's session (and its CSRF token), for setting the scene. */
async function sessionApi(page: Page) {
  const me = await (await page.request.get('/api/me')).json();
  const headers = { 'X-CSRF-Token': me.data.csrfToken as string };
  return {
    get: async (path: string) => (await page.request.get(path)).json(),
    send: async (method: 'post' | 'put', path: string, data: unknown) => {
      const response = await page.request[method](path, { data, headers });
      expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBeTruthy();
      return response.json();
    },
  };
}

/**
 * A quarterly indicator of the Service urbanisme (Paul Pilote's unit), target 90 % each quarter,
 * thresholds 95 % / 80 % of the target: 95 is on track, 80 at risk, 60 off track.
 */
async function createIndicator(page: Page, quarters: { api: string }[], code = CODE, name = NAME) {
  const api = await sessionApi(page);
  const units = await api.get('/api/org-units');
  const unit = units.data.find((u: { name: string }) => u.name === 'Service urbanisme');
  const created = await api.send('post', '/api/indicators', {
    code,
    name,
    unit: '%',
    decimals: 1,
    direction: 'higher',
    periodicity: 'quarterly',
    kind: 'result',
    ownerOrgUnitId: unit.id,
    visibility: 'organization',
    thresholds: { onTrack: 95, offTrack: 80 },
  });
  const id = created.data.id as string;
  await api.send('put', `/api/indicators/${id}/targets`, { targets: quarters.map((q) => ({ period: q.api, value: 90 })) });
  return id;
}

async function pushMeasures(request: APIRequestContext, token: string, items: unknown[]) {
  return request.post('/api/v1/measures', { headers: { Authorization: `Bearer ${token}` }, data: items });
}

test('an agent fills the entry grid and sees the statuses; an admin creates a token and the pushed measure shows on the indicator', async ({ page, request }) => {
  const quarters = lastQuarters(4);
  const [older, ...grid] = quarters as [{ api: string; label: string }, ...{ api: string; label: string }[]];

  // Scene: the admin defines the indicator (its form is exercised by the library's own checks).
  await signIn(page, 'admin@demo.pilotis.fr');
  const indicatorId = await createIndicator(page, quarters);
  await signOut(page);

  // The directorate's agent fills the grid, like a spreadsheet: type, Tab, type.
  await signIn(page, 'pilote@demo.pilotis.fr');
  await page.getByRole('link', { name: 'Saisie des indicateurs', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const values = ['95', '80', '60'];
  const statuses = ['En bonne voie', 'À surveiller', 'Hors trajectoire'];
  for (const [index, quarter] of grid.entries()) {
    const cell = page.getByLabel(`Valeur de ${CODE} pour ${quarter.label}`);
    await cell.fill(values[index]!);
    await cell.press('Tab');
  }
  const row = page.getByRole('row', { name: new RegExp(CODE) });
  for (const status of statuses) await expect(row.getByText(status).first()).toBeVisible();
  await expectAccessible(page, 'entry grid');
  await signOut(page);

  // The admin creates a token for the business application: shown once, with an example.
  await signIn(page, 'admin@demo.pilotis.fr');
  await page.getByRole('link', { name: "Jetons d'API", exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Jetons d'API" })).toBeVisible();
  await expectAccessible(page, 'API tokens');
  await page.getByRole('button', { name: 'Nouveau jeton' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nom').fill(`Logiciel urbanisme ${RUN}`);
  await dialog.getByRole('button', { name: 'Créer le jeton' }).click();
  await expect(dialog.getByText('Ce jeton ne sera plus jamais affiché')).toBeVisible();
  const token = (await dialog.getByLabel('Jeton', { exact: true }).textContent())!.trim();
  expect(token.length).toBeGreaterThan(20);
  await expect(dialog.getByText('/api/v1/measures')).toBeVisible();
  await expectAccessible(page, 'API token secret');
  await dialog.getByRole('button', { name: "J'ai copié le jeton" }).click();
  const tokenRow = page.getByRole('row', { name: new RegExp(`Logiciel urbanisme ${RUN}`) });
  await expect(tokenRow.getByText('Actif')).toBeVisible();
  await expect(tokenRow.getByText(token.slice(0, 8))).toBeVisible();

  // The application pushes a measure for an earlier quarter, French style; sending it again changes nothing.
  const batch = [{ indicator: CODE.toLowerCase(), period: older.label, value: '88,5', comment: 'Envoyé par le logiciel métier' }];
  const pushed = await pushMeasures(request, token, batch);
  expect(pushed.status(), await pushed.text()).toBe(200);
  expect(await pushed.json()).toMatchObject({ created: 1, errors: 0 });
  expect(await (await pushMeasures(request, token, batch)).json()).toMatchObject({ created: 0, unchanged: 1 });

  // The indicator page shows it: in the chart's text summary and in the table of periods, with its source.
  await page.goto(`/indicateurs/${indicatorId}`);
  await expect(page.getByRole('heading', { level: 1, name: `${CODE} ${NAME}` })).toBeVisible();
  await expect(page.locator('figcaption')).toContainText('4 périodes mesurées');
  const periodRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: older.label, exact: true }) });
  await expect(periodRow.getByLabel(`Valeur de ${CODE} pour ${older.label}`)).toHaveValue('88,5');
  await expect(periodRow.getByText('Envoyé par le logiciel métier')).toBeVisible();
  await expect(periodRow.getByRole('cell', { name: 'API', exact: true })).toBeVisible();
  await expectAccessible(page, 'indicator page');

  // Revoked, the token stops working at once.
  await page.getByRole('link', { name: "Jetons d'API", exact: true }).click();
  await page.getByRole('row', { name: new RegExp(`Logiciel urbanisme ${RUN}`) }).getByRole('button', { name: 'Révoquer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Révoquer' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`Logiciel urbanisme ${RUN}`) }).getByText('Révoqué')).toBeVisible();
  expect((await pushMeasures(request, token, batch)).status()).toBe(401);
});

test('an admin imports measures from a file: every problem first, then all or nothing', async ({ page }) => {
  const quarters = lastQuarters(2);
  await signIn(page, 'admin@demo.pilotis.fr');
  await createIndicator(page, quarters, IMPORT_CODE, `Demandes d'urbanisme instruites ${RUN}`);
  const [first, second] = quarters as [{ api: string; label: string }, { api: string; label: string }];

  await page.goto('/indicateurs/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Importer des mesures' })).toBeVisible();
  await expectAccessible(page, 'import: file');

  // A file with a bad value and an unknown code: both reported with their line, nothing importable.
  const bad = ['code indicateur;période;valeur;commentaire', `${IMPORT_CODE};${first.api};12,5;`, `${IMPORT_CODE};${second.api};beaucoup;`, `INCONNU-${RUN};${second.api};3;`].join('\n');
  await page.getByLabel('Fichier').setInputFiles({ name: 'mesures.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByText('2 problèmes à corriger')).toBeVisible();
  const problems = page.getByRole('table').filter({ hasText: 'Problème' });
  await expect(problems.getByRole('row', { name: /^3 / })).toBeVisible();
  await expect(problems.getByRole('row', { name: /^4 / })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Importer/ })).toBeDisabled();
  await expectAccessible(page, 'import: problems');

  // The corrected file imports in one go.
  await page.getByRole('button', { name: 'Choisir un autre fichier' }).click();
  const good = ['code indicateur;période;valeur;commentaire', `${IMPORT_CODE};${first.api};92,5;`, `${IMPORT_CODE};${second.label};97;Export du logiciel métier`].join('\n');
  await page.getByLabel('Fichier').setInputFiles({ name: 'mesures.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByText('Aucun problème : le fichier peut être importé.')).toBeVisible();
  await page.getByRole('button', { name: 'Importer 2 mesures' }).click();
  await expect(page.getByText('2 mesures enregistrées.')).toBeVisible();
  await expectAccessible(page, 'import: done');
});

test('an admin sets up a connector and runs it: a failed run is logged with its reason and writes nothing', async ({ page }) => {
  await signIn(page, 'admin@demo.pilotis.fr');
  const code = `CON-${RUN}`;
  await createIndicator(page, lastQuarters(1), code, `Linéaire de voirie rénovée ${RUN}`);
  const name = `Logiciel voirie ${RUN}`;

  await page.getByRole('link', { name: 'Connecteurs', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connecteurs' })).toBeVisible();
  await page.getByRole('button', { name: 'Nouveau connecteur' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nom').fill(name);
  await dialog.getByLabel('Adresse (URL)').fill('http://voirie.example.invalid/export.csv');
  await dialog.getByLabel('Indicateurs alimentés').click();
  await page.getByRole('listbox').getByRole('option', { name: new RegExp(code) }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'connector form');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByText('Jamais lancé')).toBeVisible();
  await expectAccessible(page, 'connectors');

  // The server allows no host in this test set-up: the run fails, says why, and writes nothing.
  await row.getByRole('button', { name: 'Lancer maintenant' }).click();
  const runs = page.getByRole('dialog', { name: new RegExp(name) });
  await expect(runs.getByRole('status').getByText('Échoué')).toBeVisible();
  await expect(runs.getByText("Aucune mesure n'a été écrite.")).toBeVisible();
  await expect(runs.getByRole('status').getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, 'connector run');
  await runs.getByRole('button', { name: 'Fermer' }).click();
  await expect(row.getByText('Échoué')).toBeVisible();
});
