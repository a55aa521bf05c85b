import { expect, expectAccessible, signIn, test } from './fixtures.js';

const PLAN = 'Plan de mandat 2026-2032';

test('the élue opens the strategy map of the mandate plan: every axis on the map and in its text version, colourings, click-through, print', async ({ page }) => {
  await signIn(page, 'elu@demo.pilotis.fr');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Plans' }).click();
  await page.getByRole('link', { name: PLAN }).click();
  await page.getByRole('link', { name: 'Carte stratégique' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Carte stratégique — ${PLAN}` })).toBeVisible();
  const map = page.getByRole('region', { name: /Carte du plan/ });
  await expect(map).toBeVisible();

  // The axes as the plan's tree gives them: each one on the map and as a heading of the text version.
  const planId = page.url().split('/plans/')[1]!.split('/')[0]!;
  const tree = await page.evaluate(async (id) => (await (await fetch(`/api/plans/${id}/tree`)).json()).data.nodes, planId);
  const axes = (tree as { code: string; title: string; depth: number }[]).filter((node) => node.depth === 0);
  expect(axes.length).toBeGreaterThan(1);
  const text = page.getByRole('region', { name: 'Version texte de la carte' });
  for (const axis of axes) {
    await expect(map.getByRole('link', { name: `${axis.code} ${axis.title}`, exact: true })).toBeVisible();
    await expect(text.getByRole('heading', { level: 3, name: `${axis.code} ${axis.title}`, exact: true })).toBeVisible();
  }
  // The text version is one keyboard step away, and its fiches say everything the chips show.
  await page.getByRole('link', { name: 'Aller à la version texte de la carte' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Version texte de la carte' })).toBeFocused();
  await expect(text.getByRole('link', { name: /^1\.1\.1\.1 .+ — .+, \d+ %/ })).toBeVisible();
  await expectAccessible(page, 'strategy map');

  // Colouring by météo is kept in the URL and the legend follows.
  await page.getByText('Météo', { exact: true }).click();
  await expect(page).toHaveURL(/couleur=meteo/);
  await expect(page.getByRole('heading', { level: 2, name: 'Légende — Météo' })).toBeVisible();
  await expect(page.getByText(/Ensoleillé \(\d+\)/)).toBeVisible();
  await page.getByText('Avancement', { exact: true }).click();
  await expect(page).toHaveURL(/couleur=avancement/);
  await expectAccessible(page, 'strategy map coloured by progress');

  // Fewer levels: the deeper ones are summarised, their fiches no longer listed.
  await page.getByLabel('Niveaux affichés').selectOption('1');
  await expect(page).toHaveURL(/niveaux=1/);
  await expect(text.getByRole('heading', { level: 4 })).toHaveCount(0);
  await expect(text.getByText(/niveaux? repliés?/).first()).toBeVisible();

  // Zoom by the buttons.
  await page.getByRole('button', { name: 'Réduire' }).click();
  await expect(page.getByText(/Zoom : \d+ %/)).not.toHaveText('Zoom : 100 %');

  // Print: no navigation nor controls, the map and its legend only.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(map).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Click-through: an axis opens the plan page on that node.
  await map.getByRole('link', { name: `${axes[0]!.code} ${axes[0]!.title}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}\\?noeud=`));
  await expect(page.getByRole('heading', { name: `Actions de ${axes[0]!.code} ${axes[0]!.title}` })).toBeVisible();
});

test('a fiche chip of the map opens the fiche', async ({ page }) => {
  await signIn(page, 'admin@demo.pilotis.fr');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Plans' }).click();
  await page.getByRole('link', { name: PLAN }).click();
  await page.getByRole('link', { name: 'Carte stratégique' }).click();
  const chip = page.getByRole('region', { name: /Carte du plan/ }).getByRole('link', { name: /^1\.1\.1\.1 / });
  const name = (await chip.getAttribute('aria-label'))!;
  await chip.click();
  await expect(page).toHaveURL(/\/actions\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name.split(' — ')[0]!.replace(/^[\d.]+ /, ''));
});
