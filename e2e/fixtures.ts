import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'pilotis-demo';

/** Fails the test when the page has WCAG 2.1 A/AA violations that axe-core can detect. */
export async function expectAccessible(page: Page, label: string) {
  // Colours are checked as shown at rest: a notification fading in is half transparent for a moment
  // (an endless animation, such as a loader, only delays the check by the timeout).
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => {});
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `accessibility violations on ${label}`).toEqual([]);
}

/** Every request the page makes must stay on the Pilotis server (closed networks). */
export const test = base.extend<{ stayOnServer: void }>({
  stayOnServer: [
    async ({ page, baseURL }, use) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
      });
      await use();
      expect(outside, 'requests leaving the server').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  // Wait until the session is open: navigating away mid-request would cancel the sign-in.
  await expect(page.getByRole('button', { name: /Menu utilisateur/ })).toBeVisible();
}

export async function signOut(page: Page) {
  const direct = page.getByRole('button', { name: 'Se déconnecter' });
  if (!(await direct.isVisible())) await page.getByRole('button', { name: /Menu utilisateur|Claire|Paul|Élise|Louis/ }).first().click();
  await direct.click();
}
