import { expect, expectAccessible, signIn, signOut, test } from './fixtures.js';

test('an administrator creates a unit and a person, who then signs in and sets a password', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectAccessible(page, 'sign-in');

  await signIn(page, 'admin@demo.pilotis.fr');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Ville de Démo').first()).toBeVisible();
  await expectAccessible(page, 'home');

  // Organisation: a new service under the Direction Générale.
  await page.getByRole('link', { name: 'Organisation', exact: true }).click();
  await expect(page.getByText('Direction Générale').first()).toBeVisible();
  await expectAccessible(page, 'organisation');
  await page.getByRole('button', { name: 'Nouvelle unité' }).click();
  await page.getByRole('dialog').getByLabel('Nom').fill('Mission transition écologique');
  await page.getByRole('dialog').getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByRole('row', { name: /Mission transition écologique/ })).toBeVisible();

  // People: a new pilot with a temporary password.
  await page.getByRole('link', { name: 'Personnes', exact: true }).click();
  await expect(page.getByRole('row', { name: /Paul Pilote/ })).toBeVisible();
  await expectAccessible(page, 'people');
  await page.getByRole('button', { name: 'Nouvelle personne' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Adresse e-mail').fill('nadia.nouvelle@demo.pilotis.fr');
  await dialog.getByLabel('Nom').fill('Nadia Nouvelle');
  await dialog.getByLabel('Mot de passe temporaire').fill('bienvenue-2026!');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByRole('row', { name: /Nadia Nouvelle/ })).toBeVisible();

  await signOut(page);
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();

  // The new person signs in and must choose their own password first.
  await signIn(page, 'nadia.nouvelle@demo.pilotis.fr', 'bienvenue-2026!');
  await expect(page.getByLabel('Mot de passe actuel')).toBeVisible();
  await expectAccessible(page, 'password change');
  await page.getByLabel('Mot de passe actuel').fill('bienvenue-2026!');
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('mon-mot-de-passe-a-moi');
  await page.getByLabel('Confirmation du nouveau mot de passe').fill('mon-mot-de-passe-a-moi');
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(page.getByText('Nadia Nouvelle').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Personnes', exact: true })).toHaveCount(0);
});

test('a wrong password gets one generic message, and the page is usable with the keyboard', async ({ page }) => {
  await page.goto('/connexion');
  await page.keyboard.press('Tab');
  await page.getByLabel('Adresse e-mail').fill('admin@demo.pilotis.fr');
  await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
  await page.getByLabel('Mot de passe').press('Enter');
  await expect(page.getByText('Adresse e-mail ou mot de passe incorrect')).toBeVisible();
  await expectAccessible(page, 'sign-in error');
});

test('the interface switches to English', async ({ page }) => {
  // The language is saved on the élue's account, which other journeys use too: it goes back to French at the end.
  await signIn(page, 'elu@demo.pilotis.fr');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /Menu utilisateur/ }).first().click();
  await page.getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: /User menu/ }).first()).toBeVisible();
  await expectAccessible(page, 'home in English');
  if (!(await page.getByText('Français', { exact: true }).isVisible())) await page.getByRole('button', { name: /User menu/ }).first().click();
  await page.getByText('Français', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: /Menu utilisateur/ }).first()).toBeVisible();
});
