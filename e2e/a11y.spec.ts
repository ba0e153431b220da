// Accessibility: axe on every screen and dialog with no violation of any impact, a keyboard-only
// journey from sign-in to submit, and announcements through live regions.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * axe with every rule and impact, minus one justified exception: Fluent's focus manager (tabster)
 * adds invisible `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` sentinels around focus
 * zones. They hand focus on at once and are never read out, so `aria-hidden-focus` on them is a
 * false positive.
 */
async function expectNoViolations(page: Page, what: string, include?: string) {
  let builder = new AxeBuilder({ page }).exclude('[data-tabster-dummy]');
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${what}: ${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function tabTo(page: Page, target: Locator, shift = false) {
  for (let i = 0; i < 250; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('could not reach the element with Tab');
}

test('every screen and dialog passes axe in every theme', async ({ page }) => {
  await page.goto('/');
  await expectNoViolations(page, 'start (light)');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  const aumids = page.getByRole('group', { name: 'App user model IDs' }).getByRole('textbox');
  await aumids.fill('Microsoft.WindowsCalculator_8wekyb3d8bbwe!App');
  await aumids.press('Enter');
  await aumids.fill('Microsoft.WindowsCalculator_8wekyb3d8bbwe!App');
  await aumids.press('Enter'); // duplicate → inline message
  await page.getByRole('textbox', { name: 'Device configuration ID' }).fill('not-a-guid');
  for (const theme of ['Light', 'Dark', 'High contrast']) {
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('menuitemradio', { name: theme }).click();
    await expectNoViolations(page, `designer (${theme})`);
  }

  const dialogs: [string, string][] = [
    ['Import request body', 'Import request body'],
    ['New design', 'Start a new design?'],
    ['Choose configuration', 'Choose a device configuration'],
    [/^History/.source, 'Submission history'],
  ];
  for (const [button, title] of dialogs) {
    await page.getByRole('button', { name: new RegExp(`^${button}`) }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    if (title === 'Choose a device configuration') await expect(dialog.getByRole('list', { name: 'Device configurations' })).toBeVisible();
    await expectNoViolations(page, title, '[role="dialog"]');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('the config error page passes axe', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"clientId": 42}' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'config error page');
});

test('keyboard only: sign in, design, pick a target and submit; outcomes are announced', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('button', { name: 'Sign in' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/^Signed in as /)).toBeVisible();

  await tabTo(page, page.getByRole('textbox', { name: 'Profile name' }));
  await page.keyboard.type('Keyboard kiosk');
  await tabTo(page, page.getByRole('group', { name: 'App user model IDs' }).getByRole('textbox'));
  await page.keyboard.type('Microsoft.WindowsCalculator_8wekyb3d8bbwe!App');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('group', { name: 'User accounts' }).getByRole('textbox'));
  await page.keyboard.type('AzureAD\\kiosk@contoso.com');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'User accounts' }).getByText('AzureAD\\kiosk@contoso.com', { exact: true })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Choose configuration' }));
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Choose a device configuration' });
  await expect(picker.getByRole('list', { name: 'Device configurations' })).toBeVisible();
  await tabTo(page, picker.getByRole('list', { name: 'Device configurations' }).getByRole('button').first());
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Device configuration ID' })).not.toHaveValue('');

  const submit = page.getByRole('button', { name: 'Submit to demo tenant' });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').filter({ hasText: 'Submitted' });
  await expect(status).toBeVisible();
  // Announced: the outcome sits inside a polite live region.
  expect(await status.evaluate((el) => el.closest('[role="status"], [aria-live]') !== null)).toBe(true);
});

test('errors are announced through alert regions', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import request body' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import request body' });
  await dialog.getByRole('textbox', { name: 'Or paste a request body' }).fill('{');
  await dialog.getByRole('button', { name: 'Import pasted body' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not valid JSON');
});
