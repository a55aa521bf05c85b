import type { Page } from '@playwright/test';
import { expect as baseExpect, expectAccessible, signIn, test } from './fixtures.js';

// First visits download the pages' code and texts: allow a loaded machine some time.
const expect = baseExpect.configure({ timeout: 15_000 });
// Unique per run: a retry runs against the same server, where the first attempt's data remains.
const RUN = Date.now().toString(36).slice(-4);

/** A published portfolio with one approved, running project (code given, one finance code), through the API. */
async function createPortfolioWithProject(page: Page) {
  const csrf = (await (await page.request.get('/api/me')).json()).data.csrfToken as string;
  const call = async (method: 'post' | 'put' | 'patch', url: string, data: unknown) => {
    const response = await page.request[method](url, { data, headers: { 'X-CSRF-Token': csrf } });
    expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
    return (await response.json()).data;
  };
  const plan = await call('post', '/api/plans', { name: `Portefeuille finances ${RUN}`, kind: 'portfolio', state: 'active', levelNames: ['Programme'] });
  await call('post', `/api/plans/${plan.id}/nodes`, { title: 'Projets' });
  await call('put', `/api/portfolios/${plan.id}/settings`, { startYear: 2026, endYear: 2028, weightMode: 'budget', version: 0, fteCapacities: [], budgetCapacities: [] });
  let project = await call('post', `/api/portfolios/${plan.id}/requests`, {
    title: 'Nouveau logiciel RH', requestingUnitId: null, costs: [{ year: 2026, nature: 'investment', amount: 10_000 }],
  });
  project = await call('patch', `/api/projects/${project.id}`, { version: project.version, code: `RH-${RUN}`, financeCodes: [`2051-RH-${RUN}`] });
  for (const to of ['evaluation', 'arbitration', 'approved', 'in_progress']) project = await call('post', `/api/projects/${project.id}/transition`, { to, version: project.version });
  return { portfolioId: plan.id as string, code: `RH-${RUN}` };
}

test('a manager imports the finance export, assigns the unmatched line and reads the portfolio budget', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'admin@demo.pilotis.fr');
  const { portfolioId, code } = await createPortfolioWithProject(page);

  await page.goto(`/portefeuilles/${portfolioId}/budget`);
  await expect(page.getByRole('heading', { level: 1, name: /Budget — Portefeuille finances/ })).toBeVisible();
  await page.getByRole('link', { name: 'Importer engagements et mandats' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer les engagements et mandats' })).toBeVisible();
  await expectAccessible(page, 'finance import, file step');

  const csv = [
    'N° pièce;Type;Date;Imputation;Section;Montant;Fournisseur',
    `E-${RUN};Engagement;15/01/2026;${code};I;"8 000,00";Éditeur RH`,
    `M-${RUN};Mandat;20/02/2026;2051-rh-${RUN};I;"3 000,00";Éditeur RH`,
    `X-${RUN};Mandat;21/02/2026;6288-INCONNU;I;"4 500,00";Formateur`,
  ].join('\r\n');
  await page.getByLabel('Fichier de l’export').setInputFiles({ name: 'mandats.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByText('Lignes du fichier : 3 — nouvelles : 3, modifiées : 0, déjà importées à l’identique : 0')).toBeVisible();
  await expect(page.getByText('Rattachées à un projet : 2 ; non rapprochées : 1')).toBeVisible();
  await expectAccessible(page, 'finance import, preview');
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText('Import terminé')).toBeVisible();

  await expect(page.getByRole('heading', { name: '1 ligne non rapprochée' })).toBeVisible();
  await page.getByRole('combobox', { name: `Projet de la ligne X-${RUN}` }).click();
  await page.getByRole('option', { name: new RegExp(code) }).click();
  await page.getByRole('button', { name: 'Rattacher' }).click();
  await expect(page.getByRole('heading', { name: /non rapprochée/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Voir le budget' }).click();
  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toContainText('10 000,00');
  await expect(row).toContainText('8 000,00');
  await expect(row).toContainText('7 500,00');
  await expect(row).toContainText('75 %');
  await expectAccessible(page, 'portfolio budget');
});
