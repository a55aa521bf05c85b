import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, signOut, test } from './fixtures.js';

type Fiche = { id: string; nodeId: string; title: string; pilot: { name: string } | null; status: { category: string } };
type TreeNode = { id: string; parentId: string | null; code: string; title: string };

/**
 * An axis of the demo mandate plan where Paul Pilote pilots exactly one open fiche (so one log
 * entry brings him up to date): a node with no sub-node, read through the API as the manager.
 */
async function axisWithOneFicheOfPaul(page: Page) {
  const plans = (await (await page.request.get('/api/plans')).json()).data as { id: string; name: string }[];
  const plan = plans.find((p) => p.name === 'Plan de mandat 2026-2032')!;
  const nodes = (await (await page.request.get(`/api/plans/${plan.id}/tree`)).json()).data.nodes as TreeNode[];
  const fiches: Fiche[] = [];
  for (let pageNo = 1; ; pageNo++) {
    const answer = await (await page.request.get(`/api/plans/${plan.id}/actions?category=not_started,in_progress&pageSize=200&page=${pageNo}`)).json();
    fiches.push(...answer.data);
    if (fiches.length >= answer.page.total) break;
  }
  const leaves = nodes.filter((node) => !nodes.some((child) => child.parentId === node.id));
  for (const node of leaves) {
    const own = fiches.filter((f) => f.nodeId === node.id && f.pilot?.name === 'Paul Pilote');
    if (own.length === 1) return { plan, node, fiche: own[0]! };
  }
  throw new Error('no axis with exactly one open fiche of Paul Pilote in the demo plan');
}

// Issue 7: a manager asks the pilots of an axis to update their fiches; a pilot answers from the
// home page and leaves the « à faire » list.
test('a manager opens an update campaign, the pilot updates the fiche from the home page, and leaves the « à faire » list', async ({ page }) => {
  // Three sign-ins and a campaign: more than the default minute on a loaded machine.
  test.slow();
  await signIn(page, 'admin@demo.pilotis.fr');
  const { node, fiche } = await axisWithOneFicheOfPaul(page);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Campagnes' }).click();
  await expect(page).toHaveURL(/\/campagnes$/);
  // The page's code is fetched on first visit: give a loaded machine time.
  await expect(page.getByRole('heading', { level: 1, name: 'Campagnes de mise à jour' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Aucune campagne pour le moment.')).toBeVisible();
  await expectAccessible(page, 'campaigns (empty)');

  await page.getByRole('button', { name: 'Nouvelle campagne' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle campagne' });
  await dialog.getByLabel('Titre').fill('Point avant le comité de pilotage');
  await dialog.getByLabel('Message aux pilotes').fill('Merci de compléter le journal de vos fiches.');
  await dialog.getByLabel('Plan', { exact: true }).selectOption({ label: 'Plan de mandat 2026-2032' });
  await dialog.getByRole('combobox', { name: 'Axe (facultatif)' }).fill(node.title);
  await page.getByRole('option', { name: `${node.code} ${node.title}` }).click();
  await expectAccessible(page, 'new campaign form');
  await dialog.getByRole('button', { name: 'Lancer la campagne' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { level: 1, name: 'Point avant le comité de pilotage' })).toBeVisible({ timeout: 20_000 });
  const todo = page.getByRole('region', { name: 'À faire' });
  await expect(todo.getByText('Paul Pilote', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Paul Pilote/ })).toContainText(fiche.title);
  await expectAccessible(page, 'campaign page');
  await signOut(page);

  // The pilot's home page lists the request with a link to the fiche.
  await signIn(page, 'pilote@demo.pilotis.fr');
  const tasks = page.getByRole('region', { name: 'Mes mises à jour demandées' });
  await expect(tasks).toContainText('Point avant le comité de pilotage', { timeout: 20_000 });
  await expectAccessible(page, 'home with campaign tasks');
  await tasks.getByRole('link', { name: fiche.title }).click();
  await expect(page).toHaveURL(new RegExp(`/actions/${fiche.id}$`));
  await expect(page.getByLabel('Texte')).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Texte').fill('Point d’étape pour la campagne : marché notifié.');
  await page.getByRole('button', { name: 'Ajouter au journal' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'marché notifié' })).toBeVisible();
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mes mises à jour demandées' })).toHaveCount(0);
  await signOut(page);

  // The manager sees him up to date.
  await signIn(page, 'admin@demo.pilotis.fr');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Campagnes' }).click();
  await page.getByRole('link', { name: 'Point avant le comité de pilotage' }).click();
  await expect(page.getByRole('row', { name: /Paul Pilote/ })).toContainText('À jour');
  await expect(page.getByRole('region', { name: 'À faire' }).getByText('Paul Pilote', { exact: true })).toHaveCount(0);
  await expectAccessible(page, 'campaign page (pilot done)');
});
