import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, signOut, test } from './fixtures.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Counts the clicks of a journey, so « in at most three clicks » is checked, not just claimed. */
function clickCounter() {
  let count = 0;
  return {
    click: async (target: Locator) => {
      await target.click();
      count += 1;
    },
    get count() {
      return count;
    },
  };
}

async function expectPageOf(page: Page, linkText: string) {
  // Links read « <code> <title> », as the h1 of a fiche or an indicator page does.
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(escape(linkText.trim())) })).toBeVisible();
}

test('the demo élu opens the leadership dashboard and reaches a late action’s fiche in at most three clicks', async ({ page }) => {
  await signIn(page, 'elu@demo.pilotis.fr');
  // After sign-in the home page is the personal dashboard.
  await expect(page.getByRole('heading', { level: 1, name: /Bonjour Élise Élue/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Mes actions' })).toBeVisible();
  await expectAccessible(page, 'home (élu)');

  const journey = clickCounter();
  await journey.click(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Pilotage' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Pilotage' })).toBeVisible();
  const lateActions = page.getByRole('region', { name: /^Actions? en retard/ });
  await expect(lateActions.getByRole('link').first()).toBeVisible();
  await expectAccessible(page, 'leadership dashboard');

  const late = lateActions.getByRole('link').first();
  const name = (await late.textContent()) ?? '';
  await journey.click(late);
  await expectPageOf(page, name);
  await expect(page.getByText('En retard').first()).toBeVisible();
  expect(journey.count).toBeLessThanOrEqual(3);
});

test('a pilot chooses how long counts as « without update » (kept in the URL); an admin chases missing data from the quality panel', async ({ page }) => {
  await signIn(page, 'pilote@demo.pilotis.fr');
  const myActions = page.getByRole('region', { name: 'Mes actions' });
  await expect(myActions.getByRole('status')).toBeVisible();
  await page.getByLabel('Sans mise à jour depuis', { exact: true }).selectOption('90');
  await expect(page).toHaveURL(/[?&]jours=90/);
  await expect(myActions.getByRole('status')).toContainText('90 jours');
  await page.reload();
  await expect(page.getByLabel('Sans mise à jour depuis', { exact: true })).toHaveValue('90');
  await expect(page.getByRole('region', { name: 'Indicateurs à renseigner' }).getByRole('link', { name: 'Ouvrir la grille de saisie' })).toBeVisible();
  await expectAccessible(page, 'home (pilot)');
  await signOut(page);

  await signIn(page, 'admin@demo.pilotis.fr');
  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  // The home page has tables of its own: pick the first plan once the plans page is there.
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  await page.getByRole('table').getByRole('link', { name: 'Plan de mandat 2026-2032' }).click();
  await page.getByRole('link', { name: 'Qualité des données' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Qualité des données/ })).toBeVisible();
  await expect(page.getByText(/Score de complétude du plan : \d/)).toBeVisible();
  await expect(page.getByRole('table', { name: /Pour chaque contrôle/ }).getByRole('rowheader', { name: 'Actions sans pilote' })).toBeVisible();
  await page.getByLabel('Sans mise à jour depuis', { exact: true }).selectOption('60');
  await expect(page).toHaveURL(/\/qualite\?jours=60/);
  await expect(page.getByRole('rowheader', { name: 'Actions sans mise à jour depuis 60 jours' })).toBeVisible();
  await expectAccessible(page, 'quality panel');

  // A failing count leads to its items, and an item to its fiche or indicator page.
  const count = page.getByRole('table', { name: /Pour chaque contrôle/ }).getByRole('link').first();
  await count.click();
  const items = page.getByRole('region', { name: /Éléments à compléter/ }).getByRole('region').first();
  const item = items.getByRole('link').first();
  const name = (await item.textContent()) ?? '';
  await item.click();
  await expectPageOf(page, name);
});
