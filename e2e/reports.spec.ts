import { expect, expectAccessible, signIn, test } from './fixtures.js';

// A 1×1 PNG: the logo an administratrice uploads for the report covers.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');

test('an administrator uploads the logo, then asks for a progress report from the « Rapports » page and the plan page', async ({ page }) => {
  await signIn(page, 'admin@demo.pilotis.fr');

  await page.getByRole('link', { name: 'Organisation', exact: true }).click();
  const logo = page.getByRole('region', { name: 'Logo de la collectivité' });
  await expect(logo.getByText('Aucun logo pour l\'instant.')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await logo.getByLabel('Choisir une image').click();
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await logo.getByRole('button', { name: 'Envoyer le logo' }).click();
  await expect(page.getByText('Logo enregistré.')).toBeVisible();
  await expect(logo.getByRole('img', { name: 'Logo actuel de la collectivité' })).toBeVisible();
  await expectAccessible(page, 'organisation with logo');

  await page.getByRole('link', { name: 'Rapports', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapports' })).toBeVisible();
  // Other journeys may have produced reports already (the subscriptions' « Envoyer maintenant »).
  await expectAccessible(page, 'reports');

  await page.getByRole('button', { name: 'Générer un rapport' }).click();
  const dialog = page.getByRole('dialog', { name: 'Générer un rapport' });
  // Without a plan the server says what is missing, beside the field.
  await dialog.getByRole('button', { name: 'Générer' }).click();
  await expect(dialog.getByText('Choisissez un plan.')).toBeVisible();
  await dialog.getByLabel('Plan', { exact: true }).selectOption({ label: 'Plan de mandat 2026-2032' });
  await dialog.getByRole('radio', { name: 'Word (modifiable)' }).check();
  await dialog.getByLabel('Projets phares uniquement').check();
  await expectAccessible(page, 'report dialog');
  await dialog.getByRole('button', { name: 'Générer' }).click();
  // The job runs in the background; the dialog follows it until the file can be downloaded.
  await expect(dialog.getByRole('status')).toHaveText('Le rapport est prêt.', { timeout: 60_000 });
  await expectAccessible(page, 'report dialog (done)');
  const download = page.waitForEvent('download');
  await dialog.getByRole('link', { name: /Télécharger/ }).click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe('PK'); // a Word file is a zip
  await dialog.getByRole('button', { name: 'Fermer' }).first().click();
  await expect(page.getByRole('table').getByText(/Plan de mandat 2026-2032/).first()).toBeVisible();

  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await page.getByRole('link', { name: 'Plan de mandat 2026-2032', exact: true }).click();
  await page.getByRole('button', { name: 'Générer le rapport' }).click();
  const fromPlan = page.getByRole('dialog', { name: 'Générer un rapport' });
  await expect(fromPlan.getByLabel('Plan', { exact: true })).toHaveValue(/.+/);
  await expect(fromPlan.getByRole('radio', { name: 'Rapport d\'avancement' })).toBeChecked();
});
