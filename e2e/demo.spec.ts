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
