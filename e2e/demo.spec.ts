// Demo mode end to end: a fresh start with no app registration runs the whole tool against the
// built-in demo tenant.
import { expect, test } from './fixtures';

test('fresh start: design, submit to the demo tenant, find it in the history', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.hostname !== 'localhost') external.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByText('You are on a demo tenant')).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel(/^Signed in as /)).toBeVisible();

  await page.getByRole('textbox', { name: 'Profile name' }).fill('Lobby');
  const aumids = page.getByRole('group', { name: 'App user model IDs' }).getByRole('textbox');
  await aumids.fill('Microsoft.WindowsCalculator_8wekyb3d8bbwe!App');
  await aumids.press('Enter');
  const accounts = page.getByRole('group', { name: 'User accounts' }).getByRole('textbox');
  await accounts.fill('AzureAD\\lobby@contoso.com');
  await accounts.press('Enter');

  await page.getByRole('button', { name: 'Choose configuration' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a device configuration' });
  await picker.getByRole('list', { name: 'Device configurations' }).getByRole('button').first().click();
  await expect(page.getByRole('textbox', { name: 'Device configuration ID' })).not.toHaveValue('');

  const submit = page.getByRole('button', { name: 'Submit to demo tenant' });
  await submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible();

  await page.getByRole('button', { name: /^History/ }).click();
  const history = page.getByRole('dialog', { name: 'Submission history' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('listitem').first()).toContainText('Submitted');
  await expect(history.getByRole('listitem').first()).toContainText('Lobby');
  expect(external).toEqual([]);
});

test('submit stays disabled until the design is clean and a target is set', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const submit = page.getByRole('button', { name: 'Submit to demo tenant' });
  await expect(submit).toBeDisabled();
  await page.getByRole('textbox', { name: 'Device configuration ID' }).fill('not a guid');
  await expect(page.getByText('The device configuration ID is a GUID')).toBeVisible();
  await expect(submit).toBeDisabled();
});

test('a submission in History loads back into the editor after a new design', async ({ page }) => {
  const AUMID = 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App';
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Reception desk');
  const aumids = page.getByRole('group', { name: 'App user model IDs' }).getByRole('textbox');
  await aumids.fill(AUMID);
  await aumids.press('Enter');
  const accounts = page.getByRole('group', { name: 'User accounts' }).getByRole('textbox');
  await accounts.fill('AzureAD\\reception@contoso.com');
  await accounts.press('Enter');
  await page.getByRole('button', { name: 'Choose configuration' }).click();
  await page.getByRole('dialog', { name: 'Choose a device configuration' }).getByRole('list', { name: 'Device configurations' }).getByRole('button').first().click();
  const target = await page.getByRole('textbox', { name: 'Device configuration ID' }).inputValue();
  expect(target).not.toBe('');
  const sentBody = (await page.getByLabel('Request body JSON').textContent()) ?? '';
  await page.getByRole('button', { name: 'Submit to demo tenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible();

  await page.getByRole('button', { name: 'New design' }).click();
  await page.getByRole('dialog', { name: 'Start a new design?' }).getByRole('button', { name: 'Clear design' }).click();
  await expect(page.getByRole('textbox', { name: 'Profile name' })).not.toHaveValue('Reception desk');
  await expect(page.getByLabel('Request body JSON')).not.toContainText('Reception desk');

  await page.getByRole('button', { name: /^History/ }).click();
  const history = page.getByRole('dialog', { name: 'Submission history' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await history.getByRole('listitem').first().getByRole('button', { name: 'Load into editor' }).click();
  await expect(history).toBeHidden();

  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Reception desk');
  await expect(page.getByLabel('Request body JSON')).toContainText('"profileName": "Reception desk"');
  await expect(page.getByRole('group', { name: 'App user model IDs' }).getByText(AUMID, { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'User accounts' }).getByText('AzureAD\\reception@contoso.com', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Device configuration ID' })).toHaveValue(target);
  // The body in the editor is the body that was sent, profile id included.
  expect(JSON.parse((await page.getByLabel('Request body JSON').textContent()) ?? '')).toEqual(JSON.parse(sentBody));
});
