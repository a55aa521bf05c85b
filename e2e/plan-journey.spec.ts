import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, signOut, test } from './fixtures.js';

/** Native selects list options by visible text; pick the one containing `text`. */
async function choose(select: Locator, text: string | RegExp) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

async function addNode(page: Page, opener: Locator, title: string) {
  await opener.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Intitulé').fill(title);
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: new RegExp(title) }).first()).toBeVisible();
}

// A tiny valid PDF: annexes are checked on content, not on the name.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

// Names unique per run: a retry runs against the same server, where the first attempt's data remains.
const RUN = Date.now().toString(36).slice(-4);
const PLAN = `Schéma directeur des mobilités ${RUN}`;
const ACTION = `Créer une piste cyclable rue Jean-Jaurès ${RUN}`;

test('a manager builds a plan and an action; the pilot updates it; a reader sees it all and cannot edit', async ({ page }) => {
  // Three people sign in one after the other and each does several saves: twice the default time.
  test.setTimeout(120_000);
  // The manager (the demo admin) creates a plan with three levels.
  await signIn(page, 'admin@demo.pilotis.fr');
  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await expectAccessible(page, 'plans');
  await page.getByRole('button', { name: 'Nouveau plan' }).click();
  const planDialog = page.getByRole('dialog');
  await planDialog.getByLabel('Nom').fill(PLAN);
  await planDialog.getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PLAN })).toBeVisible();

  await addNode(page, page.getByRole('button', { name: 'Ajouter un niveau' }), 'Mobilités actives');
  await addNode(page, page.getByRole('button', { name: 'Ajouter un sous-niveau', description: /Mobilités actives/ }), 'Développer le vélo');
  await addNode(page, page.getByRole('button', { name: 'Ajouter un sous-niveau', description: /Développer le vélo/ }), 'Pistes cyclables');
  await expectAccessible(page, 'plan');

  // The reader joins the plan; the pilot gets an action.
  const members = page.getByRole('region', { name: 'Membres du plan' });
  await choose(members.getByLabel('Personne'), 'Louis Lecteur');
  await choose(members.getByLabel('Rôle dans le plan'), /Lecteur|lecture/i);
  await members.getByRole('button', { name: 'Ajouter au plan' }).click();
  await expect(members.getByRole('row', { name: /Louis Lecteur/ })).toBeVisible();

  await page.getByRole('button', { name: 'Nouvelle action' }).click();
  const actionDialog = page.getByRole('dialog');
  await actionDialog.getByLabel('Intitulé').fill(ACTION);
  await choose(actionDialog.getByLabel('Niveau de rattachement'), 'Pistes cyclables');
  await choose(actionDialog.getByLabel('Pilote'), 'Paul Pilote');
  await actionDialog.getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(ACTION) })).toBeVisible();
  const ficheUrl = page.url();
  await signOut(page);

  // The pilot finds it in « Mes actions » and updates it.
  await signIn(page, 'pilote@demo.pilotis.fr');
  await page.getByRole('link', { name: 'Mes actions', exact: true }).click();
  await page.getByRole('link', { name: new RegExp(ACTION) }).click();
  await expectAccessible(page, 'fiche action (pilot)');
  await choose(page.getByLabel('Statut'), 'En cours');
  await page.getByRole('radio', { name: 'Nuageux' }).check();
  await page.getByLabel("Taux d'achèvement").fill('40');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('40 %').first()).toBeVisible();
  await page.getByLabel('Texte').fill('Étude de trafic **terminée**, concertation en mars.');
  await page.getByRole('button', { name: 'Ajouter au journal' }).click();
  // The entry itself, in the journal list (the text also sits in the form until it is saved).
  await expect(page.getByRole('listitem').filter({ hasText: 'concertation en mars' })).toBeVisible();
  await page.getByLabel('Fichier').setInputFiles({ name: 'etude-trafic.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Téléverser' }).click();
  await expect(page.getByRole('link', { name: /etude-trafic\.pdf/ })).toBeVisible();
  await signOut(page);

  // The reader sees everything, with no edit control, and the API refuses a write.
  await signIn(page, 'lecteur@demo.pilotis.fr');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(ficheUrl);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(ACTION) })).toBeVisible();
  // The entry itself, in the journal list (the text also sits in the form until it is saved).
  await expect(page.getByRole('listitem').filter({ hasText: 'concertation en mars' })).toBeVisible();
  await expect(page.getByText('En cours').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /etude-trafic\.pdf/ })).toBeVisible();
  for (const name of ['Enregistrer', 'Ajouter au journal', 'Téléverser', 'Modifier le résumé']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expectAccessible(page, 'fiche action (reader)');
  const me = await (await page.request.get('/api/me')).json();
  const actionId = ficheUrl.split('/').pop()!;
  const action = await (await page.request.get(`/api/actions/${actionId}`)).json();
  const write = await page.request.patch(`/api/actions/${actionId}`, {
    data: { version: action.data.version, progress: 90 },
    headers: { 'X-CSRF-Token': me.data.csrfToken },
  });
  expect(write.status()).toBe(403);
});
