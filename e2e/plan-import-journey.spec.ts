import ExcelJS from 'exceljs';
import { expect, expectAccessible, signIn, test } from './fixtures.js';

// Names unique per run: a retry runs against the same server, where the first attempt's data remains.
const RUN = Date.now().toString(36).slice(-4);
const PLAN = `Plan climat importé ${RUN}`;
const UNKNOWN = `Jeanne Inconnue ${RUN}`;

/** The workbook a collectivité brings: a title above the header, merged axes, a pilot nobody knows. */
async function workbook() {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Plan climat');
  sheet.addRow([`Plan climat ${RUN} — export du tableur`]);
  sheet.addRow([]);
  sheet.addRow(['Axe', 'Objectif', 'Titre de l’action', 'Pilote', 'Statut', 'Date de fin', 'Budget prévisionnel total € HT']);
  sheet.addRow([`Mobilités ${RUN}`, 'Vélo', 'Pistes cyclables', 'pilote@demo.pilotis.fr', 'En cours', '31/12/2027', '120 000 €']);
  sheet.addRow([null, 'Vélo', 'Stationnement vélo', UNKNOWN, 'À venir', 'novembre 2026', null]);
  sheet.addRow([`Énergie ${RUN}`, 'Bâtiments', 'Rénovation des écoles', 'Paul Pilote', 'Réalisé', null, null]);
  sheet.mergeCells('A4:A5');
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('an admin imports a workbook through the wizard, maps an unknown pilot, and sees the new plan', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin@demo.pilotis.fr');
  await page.goto('/plans');
  await page.getByRole('link', { name: 'Importer depuis Excel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer un plan depuis Excel' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Télécharger le modèle XLSX' })).toHaveAttribute('href', '/api/import-templates/plan.xlsx');
  await expectAccessible(page, 'plan import: file');

  await page.getByLabel('Fichier XLSX ou CSV').setInputFiles({ name: 'plan-climat.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbook() });
  await page.getByLabel('Nom du plan').fill(PLAN);
  await page.getByLabel('Début de la période').fill('2026-01-01');
  await page.getByLabel('Fin de la période').fill('2030-12-31');
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();

  // The preview: the tree read from the file, and the pilot nobody knows, located in the file.
  await expect(page.getByRole('heading', { name: /Étape 2 sur 3/ })).toBeFocused();
  await expect(page.getByText('Mobilités ' + RUN, { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Axe : 2')).toBeVisible();
  const problems = page.getByRole('table').filter({ hasText: 'Gravité' });
  await expect(problems.getByRole('row').filter({ hasText: UNKNOWN })).toContainText('Pilote');
  await expectAccessible(page, 'plan import: preview');

  // Map the unknown pilot to an account, check again: ready.
  const choice = page.getByRole('combobox', { name: `Compte pour « ${UNKNOWN} »` });
  await choice.click();
  await choice.fill('Élise');
  await page.getByRole('option', { name: /Élise Élue/ }).click();
  await page.getByRole('button', { name: 'Vérifier à nouveau avec ces correspondances' }).click();
  await expect(page.getByText('Prêt à importer')).toBeVisible();
  await expect(problems).toBeHidden();

  await page.getByRole('button', { name: 'Importer le plan' }).click();
  await expect(page.getByText(/Plan importé : 3 actions, 0 sous-actions, 4 éléments du plan/)).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, 'plan import: done');

  await page.getByRole('link', { name: 'Ouvrir le plan importé' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PLAN })).toBeVisible();
  await expect(page.getByText(`Énergie ${RUN}`).first()).toBeVisible();
  await expect(page.getByText('Bâtiments').first()).toBeVisible();
});
