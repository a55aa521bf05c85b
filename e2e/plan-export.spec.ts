import { expect, expectAccessible, signIn, test } from './fixtures.js';

// Names unique per run: a retry runs against the same server, where the first attempt's data remains.
const RUN = Date.now().toString(36).slice(-4);

test('an admin exports a plan (XLSX, CSV, JSON) and imports the JSON export as a new plan', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin@demo.pilotis.fr');
  await page.goto('/plans');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Exporter' }).click();
  const menu = page.getByRole('dialog', { name: 'Exporter' });
  await expect(menu.getByRole('link')).toHaveCount(4);
  await expectAccessible(page, 'plan export menu');
  const download = page.waitForEvent('download');
  await menu.getByRole('link', { name: /Classeur Excel \(XLSX\)/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  const jsonHref = await menu.getByRole('link', { name: /Export complet Pilotis/ }).getAttribute('href');
  const csvHref = await menu.getByRole('link', { name: /CSV/ }).getAttribute('href');
  await page.keyboard.press('Escape');
  const csv = await page.request.get(csvHref!);
  expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const document = await (await page.request.get(jsonHref!)).json();
  expect(document.format).toBe('pilotis.plan');
  const name = `${document.plan.name} (copie ${RUN})`.slice(0, 300);
  document.plan.name = name;

  await page.goto('/plans');
  await page.getByRole('button', { name: 'Importer un export Pilotis (JSON)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer un export Pilotis (JSON)' });
  await dialog.getByLabel('Fichier JSON').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
  await dialog.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(dialog.getByRole('heading', { name: `Ce que l'import va créer : « ${name} »` })).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('Fiches', { exact: true })).toBeVisible();
  await expectAccessible(page, 'plan JSON import: preview');

  await dialog.getByRole('button', { name: `Créer le plan « ${name} »` }).click();
  await expect(dialog.getByText(`Le plan « ${name} » a été créé.`)).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, 'plan JSON import: done');
  await dialog.getByRole('link', { name: `Ouvrir le plan « ${name} »` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
