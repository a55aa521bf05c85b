import { expect as baseExpect, expectAccessible, signIn, test } from './fixtures.js';

// Preparing a review reads the whole plan; on a busy machine the answers take a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

// Issue 7 (seed 003): the project lead meets the pilots every 8 weeks; the review's decisions
// re-attach one action to another, and the minutes are the « relevé de conclusions ».
test('a plan manager creates a review series, prepares a review, attaches a late action to another by decision, and downloads the minutes', async ({ page }) => {
  // Seven axe checks and a plan-wide agenda proposal: well under a minute on a quiet machine, more when shared.
  test.setTimeout(180_000);
  await signIn(page, 'admin@demo.pilotis.fr');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Revues' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revues' })).toBeVisible();
  await page.getByLabel('Plan', { exact: true }).selectOption({ label: 'Plan de mandat 2026-2032' });
  await expect(page.getByText('Aucune série de revues pour ce plan.')).toBeVisible();
  await expectAccessible(page, 'reviews (empty)');

  // A series: revue de projet every 8 weeks, the pilot and an outside consultant as usual attendees.
  await page.getByRole('button', { name: 'Nouvelle série' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle série' });
  await dialog.getByLabel('Plan', { exact: true }).selectOption({ label: 'Plan de mandat 2026-2032' });
  await dialog.getByLabel('Intitulé').fill('Revue de projet du plan de mandat');
  await expect(dialog.getByLabel("Type d'instance")).toHaveValue('project_review');
  await expect(dialog.getByLabel('Toutes les … semaines')).toHaveValue('8');
  await dialog.getByRole('combobox', { name: 'Personnes de la collectivité' }).click();
  await page.getByRole('option', { name: /Paul Pilote/ }).click();
  await dialog.getByRole('button', { name: 'Ajouter un participant extérieur' }).click();
  const outside = dialog.getByRole('group', { name: 'participant extérieur 1' });
  await outside.getByLabel('Nom').fill('Cabinet Conseil');
  await outside.getByLabel('Adresse e-mail (facultative)').fill('pas-une-adresse');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(outside.getByText(/adresse e-mail invalide/i)).toBeVisible();
  await expectAccessible(page, 'new series form');
  await outside.getByLabel('Adresse e-mail (facultative)').fill('conseil@cabinet.fr');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(dialog).toBeHidden();

  const series = page.getByRole('region', { name: 'Revue de projet du plan de mandat' });
  await expect(series).toContainText('Toutes les 8 semaines');
  await expect(series).toContainText('Prochaine date proposée');
  await expectAccessible(page, 'reviews (one series)');

  // Prepared: the date, the attendees and the agenda are proposed.
  await series.getByRole('button', { name: 'Préparer la prochaine revue' }).click();
  // The server reads the whole plan to propose the agenda: give it time on a loaded machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Revue de projet du plan de mandat' })).toBeVisible({ timeout: 30_000 });
  const attendees = page.getByRole('region', { name: 'Participants' });
  await expect(attendees.getByRole('row', { name: /Paul Pilote/ })).toBeVisible();
  await expect(attendees.getByRole('row', { name: /Cabinet Conseil/ })).toContainText('conseil@cabinet.fr');
  await attendees.getByLabel('Présence de Cabinet Conseil').selectOption({ label: 'Excusé' });
  await expect(attendees.getByLabel('Présence de Cabinet Conseil')).toHaveValue('excused');

  const agenda = page.getByRole('region', { name: 'Ordre du jour' });
  const lateItem = agenda.getByRole('article').filter({ has: page.getByText('En retard', { exact: true }).first() }).first();
  await expect(lateItem).toBeVisible();
  await expect(lateItem.getByRole('link', { name: /Ouvrir la fiche/ })).toBeVisible();
  const itemTitle = (await lateItem.getByRole('heading', { level: 3 }).textContent()) ?? '';
  await expectAccessible(page, 'review');

  // The decision « rattacher à l'action X », recorded then applied.
  const target = ['cyclable', 'arceaux', 'photovoltaïques'].find((word) => !itemTitle.includes(word))!;
  await lateItem.getByRole('button', { name: 'Ajouter une décision' }).click();
  const decision = lateItem.getByRole('group', { name: /Ajouter une décision sur/ });
  await decision.getByLabel('Décision').fill(`Rattacher à l'action du ${target}`);
  await decision.getByLabel('Effet sur la fiche').selectOption({ label: 'Rattacher à une action' });
  await decision.getByLabel("Rechercher l'action cible").fill(target);
  const targetRadio = decision.getByRole('radio', { name: new RegExp(target) }).first();
  await targetRadio.check();
  await expectAccessible(page, 'decision form');
  await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(lateItem.getByText(`Rattacher à l'action du ${target}`)).toBeVisible();
  await expect(lateItem.getByText(/^Rattacher à l'action \d/)).toBeVisible();

  await lateItem.getByRole('button', { name: 'Appliquer' }).click();
  const confirm = page.getByRole('dialog', { name: 'Appliquer la décision ?' });
  await expect(confirm).toContainText(itemTitle);
  await confirm.getByRole('button', { name: 'Appliquer' }).click();
  await expect(lateItem.getByText(/Appliquée le .* par Claire Administratrice/)).toBeVisible();
  await expect(lateItem.getByRole('button', { name: 'Appliquer' })).toHaveCount(0);

  // The fiche is now a sub-action of the target, and its history links back to the review.
  await lateItem.getByRole('link', { name: /Ouvrir la fiche/ }).click();
  // Its code changed with its place (now under the target): find it by its title.
  await expect(page.getByRole('heading', { level: 1, name: itemTitle.replace(/^[\d.]+\s+/, '') })).toBeVisible();
  await expect(page.getByText(/^Sous-action de/).getByRole('link')).toContainText(target);
  const history = page.getByRole('region', { name: 'Historique' });
  await expect(history.getByText('Décision de revue')).toBeVisible();
  await history.getByRole('link', { name: /Voir la revue : Revue de projet du plan de mandat/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revue de projet du plan de mandat' })).toBeVisible();

  // The minutes, generated on the fly.
  const minutes = page.getByRole('region', { name: 'Relevé de conclusions' });
  const [download] = await Promise.all([page.waitForEvent('download'), minutes.getByRole('link', { name: 'Télécharger le relevé (PDF)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await download.path();
  expect(file).toBeTruthy();

  // What changed since the last review (none held yet: everything is new).
  await page.getByRole('link', { name: 'Ce qui a changé' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'État du plan pour une première revue' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Nouvelles actions/ }).getByRole('link').first()).toBeVisible();
  await expectAccessible(page, 'review changes');
});
