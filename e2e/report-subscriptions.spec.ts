import { expect, expectAccessible, signIn, test } from './fixtures.js';

// The e2e server runs without SMTP_URL (embedded mode): the report is produced, its e-mails wait in
// the outbox.
test('an administrator subscribes the élue and an outside address to a monthly report, pauses it, and reads the outbox', async ({ page }) => {
  await signIn(page, 'admin@demo.pilotis.fr');
  await page.getByRole('link', { name: 'Abonnements aux rapports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Abonnements aux rapports' })).toBeVisible();
  await expect(page.getByText('Aucun abonnement pour le moment.')).toBeVisible();
  await expectAccessible(page, 'subscriptions (empty)');

  await page.getByRole('button', { name: 'Nouvel abonnement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvel abonnement' });
  await dialog.getByLabel('Plan', { exact: true }).selectOption({ label: 'Plan de mandat 2026-2032' });
  await dialog.getByLabel('Type de rapport').selectOption({ label: "Rapport d'avancement" });
  await dialog.getByRole('radio', { name: 'Word (modifiable)' }).check();
  await dialog.getByRole('radio', { name: 'Chaque mois' }).check();
  await dialog.getByLabel('Jour du mois').fill('5');
  await dialog.getByLabel("Heure d'envoi").fill('8');
  await expectAccessible(page, 'subscription form');

  // No recipient yet: the form says what to do.
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(dialog.getByText('Ajoutez au moins un destinataire.')).toBeVisible();

  await dialog.getByRole('combobox', { name: 'Personnes de la collectivité' }).click();
  await page.getByRole('option', { name: /Élise Élue/ }).click();
  const emails = dialog.getByRole('combobox', { name: 'Autres adresses e-mail' });
  await emails.fill('pas-une-adresse');
  await emails.press('Enter');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(dialog.getByText('Adresse e-mail invalide')).toBeVisible();
  await emails.press('Backspace'); // removes the last address typed
  await emails.fill('conseil@agglo.fr');
  await emails.press('Enter');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: /Rapport d'avancement \(Word \(modifiable\)\)/ });
  await expect(row).toContainText('Le 5 de chaque mois à 8 h');
  await expect(row).toContainText('Prochain envoi');
  await expect(row).toContainText('Élise Élue, conseil@agglo.fr');
  await expectAccessible(page, 'subscriptions (one)');

  await row.getByRole('button', { name: 'Mettre en pause' }).click();
  await expect(row).toContainText('En pause');
  await row.getByRole('button', { name: 'Reprendre' }).click();
  await expect(row).toContainText('Prochain envoi');

  await row.getByRole('button', { name: 'Envoyer maintenant' }).click();
  await expect(page.getByText('Rapport en préparation')).toBeVisible();

  await page.getByRole('link', { name: "Boîte d'envoi" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Boîte d'envoi" })).toBeVisible();
  await expect(page.getByText("Aucun serveur d'envoi configuré")).toBeVisible();
  await expectAccessible(page, 'outbox');
});
