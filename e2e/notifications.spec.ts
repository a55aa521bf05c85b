import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, signOut, test } from './fixtures.js';

/** A JSON call with the signed-in page's session and CSRF token, for setting the scene. */
async function send(page: Page, path: string, data: unknown) {
  const me = await (await page.request.get('/api/me')).json();
  const response = await page.request.post(path, { data, headers: { 'X-CSRF-Token': me.data.csrfToken as string } });
  expect(response.ok(), `POST ${path}: ${await response.text()}`).toBeTruthy();
}

test('a pilot mentioned in a log entry sees it under the bell, opens the fiche, and chooses the daily digest', async ({ page }) => {
  await signIn(page, 'pilote@demo.pilotis.fr');
  const [fiche] = (await (await page.request.get('/api/me/actions')).json()).data as { id: string; title: string }[];
  // Other journeys (campaigns, reviews) may have told the demo pilot things already: start from none unread.
  await send(page, '/api/notifications/read-all', {});
  await page.reload();
  await expect(page.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await signOut(page);

  await signIn(page, 'admin@demo.pilotis.fr');
  await send(page, `/api/actions/${fiche!.id}/log`, { body: 'Point d’étape avec @Paul Pilote : le marché est attribué.' });
  await signOut(page);

  await signIn(page, 'pilote@demo.pilotis.fr');
  await page.getByRole('link', { name: 'Notifications, 1 non lue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(page.getByText('1 notification non lue')).toBeVisible();
  const title = `Claire Administratrice vous a mentionné(e) dans « ${fiche!.title} »`;
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByText('le marché est attribué')).toBeVisible();
  await expectAccessible(page, 'notification centre');

  await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
  await expect(page.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/actions/${fiche!.id}$`));

  await page.goto('/compte');
  await expect(page.getByRole('heading', { level: 2, name: 'Notifications' })).toBeVisible();
  await page.getByRole('combobox', { name: 'On me mentionne dans un journal' }).click();
  await page.getByRole('option', { name: 'Résumé quotidien' }).click();
  await expect(page.getByText('Préférences de notification enregistrées')).toBeVisible();
  await expectAccessible(page, 'account page with notification preferences');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'On me mentionne dans un journal' })).toHaveValue('Résumé quotidien');
});
