import type { Locator, Page } from '@playwright/test';
import { expect as baseExpect, expectAccessible, signIn, signOut, test } from './fixtures.js';

// Several pages are first visits (their code and texts download then): allow a loaded machine some time.
const expect = baseExpect.configure({ timeout: 15_000 });

// Names unique per run: a retry runs against the same server, where the first attempt's data remains.
const RUN = Date.now().toString(36).slice(-4);
const PORTFOLIO = `Portefeuille DSI ${RUN}`;
const PROJECT = `Portail famille en ligne ${RUN}`;

/** Native selects list options by visible text; pick the one containing `text`. */
async function choose(select: Locator, text: string | RegExp) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

/** The manager's portfolio, made through the API: a published portfolio plan, one node, a budget voted for 2027, two criteria. */
async function createPortfolio(page: Page): Promise<string> {
  const csrf = (await (await page.request.get('/api/me')).json()).data.csrfToken as string;
  const headers = { 'X-CSRF-Token': csrf };
  const post = async (url: string, data: unknown, method: 'post' | 'put' = 'post') => {
    const response = await page.request[method](url, { data, headers });
    expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
    return (await response.json()).data;
  };
  const plan = await post('/api/plans', { name: PORTFOLIO, kind: 'portfolio', state: 'active', startsOn: '2026-01-01', endsOn: '2028-12-31', levelNames: ['Programme'] });
  await post(`/api/plans/${plan.id}/nodes`, { title: 'Services numériques aux usagers' });
  await post(`/api/portfolios/${plan.id}/settings`, {
    startYear: 2026, endYear: 2028, weightMode: 'budget', version: 0, fteCapacities: [],
    budgetCapacities: [{ year: 2027, nature: 'investment', amountCents: 100_000_00 }],
  }, 'put');
  await post(`/api/portfolios/${plan.id}/criteria`, {
    criteria: [{ name: 'Valeur pour les usagers', weight: 3, scaleMin: 0, scaleMax: 5 }, { name: 'Risque', weight: 1, scaleMin: 0, scaleMax: 5 }],
  }, 'put');
  return plan.id as string;
}

test('an agent asks for a project; the manager scores it, arbitrates it under capacity and approves it; it shows on the roadmap and serves a strategic objective', async ({ page }) => {
  // Three sign-ins, a dozen saves and five accessibility checks; generous for a machine shared with other builds.
  test.setTimeout(300_000);
  await signIn(page, 'admin@demo.pilotis.fr');
  const portfolioId = await createPortfolio(page);
  await signOut(page);

  // The agent finds the portfolio and fills the request form, linked to an objective of the plan de mandat.
  await signIn(page, 'lecteur@demo.pilotis.fr');
  await page.getByRole('link', { name: 'Portefeuilles', exact: true }).click();
  await page.getByRole('link', { name: PORTFOLIO }).click();
  await expect(page.getByRole('heading', { level: 1, name: PORTFOLIO })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Réglages' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Déposer une demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déposer une demande de projet' })).toBeVisible();
  await page.getByLabel('Intitulé').fill(PROJECT);
  await page.getByLabel('Description').fill('Inscriptions scolaires, cantine et périscolaire en ligne.');
  await page.getByLabel('Bénéfices attendus').fill('Moins de déplacements pour les familles.');
  await page.getByLabel('Début', { exact: true }).fill('2027-01-01');
  await page.getByLabel('Fin', { exact: true }).fill('2027-12-31');
  await page.getByLabel('Investissement 2027').fill('150000');
  await choose(page.getByLabel('Autre plan'), 'Plan de mandat 2026-2032');
  await choose(page.getByLabel('Élément du plan'), /Réduire l.empreinte carbone/);
  await page.getByRole('button', { name: 'Ajouter le lien' }).click();
  await expect(page.getByText(/Plan de mandat 2026-2032 › 1\.1 Réduire/)).toBeVisible();
  await expectAccessible(page, 'request form');
  await page.getByRole('button', { name: 'Déposer la demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(PROJECT) })).toBeVisible();
  await expect(page.getByText('Demande', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Plan de mandat 2026-2032 › 1\.1 Réduire/ })).toBeVisible();
  const projectUrl = page.url();
  await signOut(page);

  // The manager moves it to evaluation, scores it, then to arbitration.
  await signIn(page, 'admin@demo.pilotis.fr');
  await page.goto(projectUrl);
  await page.getByRole('button', { name: 'Passer en évaluation' }).click();
  await expect(page.getByText('En évaluation', { exact: true }).first()).toBeVisible();
  // A score outside its scale is refused by the server, next to its input.
  await page.getByLabel(/Ma note : Valeur pour les usagers/).fill('7');
  await page.getByLabel(/Ma note : Risque/).fill('2');
  await page.getByRole('button', { name: 'Enregistrer mes notes' }).click();
  await expect(page.getByText(/doit être comprise entre 0 et 5/)).toBeVisible();
  await page.getByLabel(/Ma note : Valeur pour les usagers/).fill('4');
  await page.getByRole('button', { name: 'Enregistrer mes notes' }).click();
  await expect(page.getByText(/Note pondérée : 70 sur 100/)).toBeVisible();
  await expectAccessible(page, 'project page');
  await page.getByRole('button', { name: 'Modifier le projet' }).click();
  await page.getByRole('dialog').getByLabel('Lignes budgétaires (logiciel financier)').fill('2051-020-DSI');
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('2051-020-DSI')).toBeVisible();
  await page.getByRole('button', { name: 'Passer en arbitrage' }).click();
  await expect(page.getByText('En arbitrage', { exact: true }).first()).toBeVisible();

  // Arbitration: ticking the project adds its 150 000 € to 2027's investment, over the 100 000 € voted.
  await page.goto(`/portefeuilles/${portfolioId}`);
  await page.getByRole('tab', { name: 'Arbitrage' }).click();
  const investment2027 = page.getByTestId('budget-capacity').getByRole('row', { name: /2027 Investissement/ });
  await expect(investment2027).toContainText('Dans la capacité');
  await page.getByRole('checkbox', { name: new RegExp(`Retenir .*${PROJECT}`) }).check();
  await expect(investment2027).toContainText(/150\s000,00\s€/);
  await expect(investment2027).toContainText(/Dépassement de 50\s000,00\s€/);
  await expect(page.getByTestId('arbitration-bubbles').locator('svg')).toBeVisible();
  await expectAccessible(page, 'arbitration');
  await page.getByLabel('Instance').fill('Comité numérique');
  await expect(page.getByLabel(new RegExp(`Décision pour .*${PROJECT}`))).toHaveValue('approved');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(page.getByRole('region', { name: 'Décisions prises' }).getByText(/Comité numérique/)).toBeVisible();

  // The roadmap shows it, approved; the settings are the manager's.
  await page.getByRole('tab', { name: 'Feuille de route' }).click();
  const row = page.getByRole('listitem').filter({ hasText: PROJECT });
  await expect(row).toContainText('Validé');
  await expect(row).toContainText('Du 1 janv. 2027 au 31 déc. 2027');
  await expectAccessible(page, 'roadmap');
  await page.getByRole('tab', { name: 'Réglages' }).click();
  await expect(page.getByLabel('Investissement 2027')).toHaveValue(/100\s000/);
  await expectAccessible(page, 'settings');

  // Its fiche action carries the link to the strategic objective.
  await page.getByRole('tab', { name: 'Projets' }).click();
  await page.getByRole('link', { name: PROJECT }).click();
  await page.getByRole('link', { name: 'Ouvrir la fiche action' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(PROJECT) })).toBeVisible();
  await expect(page.getByText(/Plan de mandat 2026-2032 › 1\.1 Réduire/)).toBeVisible();
});
