// Accessibility: axe on every screen and dialog with no violation of any impact, a keyboard-only
// journey from sign-in to submit, and announcements through live regions.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addEntries } from './designer-helpers';
import { expectNoViolations, violationsOf } from './axe';
import { fakeEntra } from './fakes/entra';
import { corsHeaders, fakeGraph } from './fakes/graph';
import { CLIENT_ID, LOBBY, TENANT_ID, designOneProfile, setTarget, signIn, useConfig } from './entra-helpers';

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

const CALCULATOR = 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App';

const addEntry = (page: Page, group: string, value: string) => addEntries(page, group, [value]);

async function openDialog(page: Page, open: () => Promise<void>, title: string) {
  await open();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Signed in to the demo tenant with one clean profile: apps, a desktop app and an account. */
async function oneProfile(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  await addEntry(page, 'App user model IDs', CALCULATOR);
  await addEntry(page, 'Desktop app paths', '%windir%\\System32\\osk.exe');
  await addEntry(page, 'User accounts', 'AzureAD\\frontdesk@contoso.com');
}

async function pickFirstConfiguration(page: Page) {
  await page.getByRole('button', { name: 'Choose configuration' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a device configuration' });
  await picker.getByRole('list', { name: 'Device configurations' }).getByRole('button').first().click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Device configuration ID' })).not.toHaveValue('');
}

test('the Start layout studio passes axe: the generator dialog, then the editor, picture and round trip', async ({ page }) => {
  await oneProfile(page);
  await page.getByRole('button', { name: 'Start menu layout', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Start menu layout XML' })).toBeVisible();
  const generator = await openDialog(page, () => page.getByRole('button', { name: 'Generate from apps', exact: true }).click(), 'Generate a Start layout');
  await expect(generator.getByRole('textbox', { name: 'Group name' })).toBeVisible();
  const found = await violationsOf(page, 'Generate from apps dialog', '[role="dialog"]');
  await generator.getByRole('button', { name: 'Generate 2 tiles' }).click();
  await expect(generator).toBeHidden();
  await expect(page.getByRole('region', { name: 'Start menu preview' }).getByRole('listitem').first()).toBeVisible();
  await page.getByRole('button', { name: 'Base64 as sent' }).click();
  await expect(page.getByRole('textbox', { name: 'Start layout base64' })).toBeVisible();
  found.push(...(await violationsOf(page, 'designer with the Start layout studio open')));
  expect(found).toEqual([]);
});

test('"How do I find this value?" help and "Add from catalog" pass axe', async ({ page }) => {
  await oneProfile(page);
  const help = await openDialog(
    page,
    () => page.getByRole('group', { name: 'App user model IDs' }).getByRole('button', { name: 'How do I find this value?' }).click(),
    'Finding an app user model ID (AUMID)',
  );
  await expectNoViolations(page, 'How do I find this value? help', '[role="dialog"]');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  const catalog = await openDialog(page, () => page.getByRole('button', { name: 'Add from catalog', exact: true }).click(), 'Add apps from the catalog');
  await expect(catalog.getByRole('list', { name: 'Apps' })).toBeVisible();
  await expectNoViolations(page, 'Add from catalog dialog', '[role="dialog"]');
});

test('the Snippets and the Assigned Access XML export and import dialogs pass axe', async ({ page }) => {
  await oneProfile(page);
  await pickFirstConfiguration(page);
  const snippets = await openDialog(page, () => page.getByRole('button', { name: 'Snippets' }).click(), 'Request snippets');
  await expect(snippets.getByLabel('PowerShell snippet')).toBeVisible();
  await expectNoViolations(page, 'Snippets dialog', '[role="dialog"]');
  await snippets.getByRole('button', { name: 'Close' }).click();
  await expect(snippets).toBeHidden();

  const exportDialog = await openDialog(
    page,
    async () => {
      await page.getByRole('button', { name: 'Assigned Access XML' }).click();
      await page.getByRole('menuitem', { name: 'Export as Assigned Access XML…' }).click();
    },
    'Export as Assigned Access XML',
  );
  await expect(exportDialog.getByRole('button', { name: 'Download kiosk-assigned-access.xml' })).toBeVisible();
  await expectNoViolations(page, 'Export as Assigned Access XML dialog', '[role="dialog"]');
  await exportDialog.getByRole('button', { name: 'Close' }).click();
  await expect(exportDialog).toBeHidden();

  const importDialog = await openDialog(
    page,
    async () => {
      await page.getByRole('button', { name: 'Assigned Access XML' }).click();
      await page.getByRole('menuitem', { name: 'Import Assigned Access XML…' }).click();
    },
    'Import Assigned Access XML',
  );
  await expectNoViolations(page, 'Import Assigned Access XML dialog', '[role="dialog"]');
  await importDialog.getByRole('textbox', { name: 'Or paste Assigned Access XML' }).fill('<AssignedAccessConfiguration><Profiles>');
  await importDialog.getByRole('button', { name: 'Read pasted XML' }).click();
  await expect(importDialog.getByRole('alert')).toContainText('not well-formed XML');
  await expectNoViolations(page, 'Import Assigned Access XML dialog with an error', '[role="dialog"]');
});

test('History with one submission passes axe', async ({ page }) => {
  await oneProfile(page);
  await pickFirstConfiguration(page);
  await page.getByRole('button', { name: 'Submit to demo tenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible();
  const history = await openDialog(page, () => page.getByRole('button', { name: /^History/ }).click(), 'Submission history');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expectNoViolations(page, 'History with one entry', '[role="dialog"]');
});

test('Entra mode: the page showing a submit failure passes axe', async ({ page }) => {
  await useConfig(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
  await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
  await fakeGraph(page, {
    onAction: async (_call, route) =>
      route.fulfill({
        status: 403,
        headers: { ...corsHeaders(route.request()), 'request-id': 'f00dfeed-0000-4000-8000-000000000403' },
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'Forbidden', message: 'Not allowed.', innerError: { date: '2026-12-04T10:00:00', 'request-id': 'f00dfeed-0000-4000-8000-000000000403' } } }),
      }),
  });
  await signIn(page);
  await designOneProfile(page);
  await setTarget(page, LOBBY?.id ?? '');
  await page.getByRole('button', { name: 'Submit to Graph' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '403' })).toContainText('f00dfeed-0000-4000-8000-000000000403');
  await expectNoViolations(page, 'Entra mode with a submit failure');
});
