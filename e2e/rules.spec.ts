// The app, path and account rules in the designer, through roles and labels only: a finding at
// the entry with its one-click fix, the app catalog with companions, "How do I find this value?",
// the Windows 11 notice and the troubleshooting panel.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addEntries } from './designer-helpers';
import { expectNoViolations } from './axe';

const EDGE = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe';
const EDGE_PROXY = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge_proxy.exe';
const EDGE_STABLE = 'Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App';

const group = (page: Page, name: string) => page.getByRole('group', { name });

const add = (page: Page, list: string, value: string) => addEntries(page, list, [value]);

test('a path typed as an AUMID is an error at the entry; the offered move puts it in desktop app paths', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Lobby');
  // No app yet: the profile itself is an error, shown at the AUMID box.
  await expect(group(page, 'App user model IDs')).toContainText('no app is allowed');

  await add(page, 'App user model IDs', EDGE);
  const entry = group(page, 'App user model IDs').getByRole('listitem').filter({ hasText: EDGE });
  await expect(entry).toContainText('is a file path, not an app user model ID');
  await expect(entry.getByRole('link', { name: 'Microsoft doc' })).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\/.*configuration-file#allapplist$/);
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('button', { name: /is a file path, not an app user model ID/ })).toBeVisible();

  await entry.getByRole('button', { name: 'Move to desktop app paths', exact: true }).click();
  await expect(group(page, 'App user model IDs').getByRole('listitem')).toHaveCount(0);
  const moved = group(page, 'Desktop app paths').getByText(EDGE, { exact: true });
  await expect(moved).toBeVisible();
  await expect(moved).toBeFocused();
  // The request body follows the form.
  await expect(page.getByRole('region', { name: 'Request body' }).getByLabel('Request body JSON')).toContainText(`"desktopAppPaths": [\n        ${JSON.stringify(EDGE)}`);
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('button', { name: /is a file path/ })).toHaveCount(0);
});

test('Edge from the catalog brings its companion entries; a manual msedge.exe offers them one click each', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  await add(page, 'App user model IDs', 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App');

  await page.getByRole('button', { name: 'Add from catalog', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add apps from the catalog' });
  await dialog.getByRole('searchbox', { name: 'Search apps' }).fill('edge');
  const apps = dialog.getByRole('list', { name: 'Apps' });
  await expect(apps.getByRole('checkbox')).toHaveCount(1);
  await expect(apps).toContainText('msedge_proxy.exe');
  await expectNoViolations(page, 'catalog dialog', '[role="dialog"]');
  await apps.getByRole('checkbox', { name: 'Microsoft Edge' }).check();
  await dialog.getByRole('button', { name: 'Add 1 app' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status').filter({ hasText: 'Added 3 entries for Microsoft Edge.' })).toBeVisible();
  await expect(group(page, 'Desktop app paths').getByRole('listitem')).toHaveText([EDGE, EDGE_PROXY].map((v) => new RegExp(`^${v.replace(/[\\()%.]/g, '\\$&')}`)));
  await expect(group(page, 'App user model IDs').getByText(EDGE_STABLE, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add msedge_proxy.exe', exact: true })).toHaveCount(0);

  // Again: everything is there already, nothing is added twice.
  await page.getByRole('button', { name: 'Add from catalog', exact: true }).click();
  await dialog.getByRole('searchbox', { name: 'Search apps' }).fill('browser');
  await expect(dialog.getByRole('list', { name: 'Apps' })).toContainText('In this profile');
  await dialog.getByRole('checkbox', { name: 'Microsoft Edge' }).check();
  await dialog.getByRole('button', { name: 'Add 1 app' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Microsoft Edge: everything was already in this profile.' })).toBeVisible();
  await expect(group(page, 'Desktop app paths').getByRole('listitem')).toHaveCount(2);

  // A second profile with msedge.exe typed by hand gets one fix per missing companion.
  await page.getByRole('button', { name: 'Add profile' }).click();
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Lobby');
  await add(page, 'Desktop app paths', EDGE);
  await group(page, 'Desktop app paths').getByRole('button', { name: 'Add msedge_proxy.exe', exact: true }).click();
  await expect(group(page, 'Desktop app paths').getByText(EDGE_PROXY, { exact: true })).toBeVisible();
  await group(page, 'Desktop app paths').getByRole('button', { name: `Add ${EDGE_STABLE}` }).click();
  await expect(group(page, 'App user model IDs').getByText(EDGE_STABLE, { exact: true })).toBeFocused();
});

test('account rules: a bare UPN is fixed to AzureAD\\, an account in two profiles is an error, findings take focus to the entry', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  await add(page, 'App user model IDs', 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App');
  await expect(group(page, 'User accounts')).toContainText('applies to nobody');
  await add(page, 'User accounts', 'frontdesk@contoso.com');
  const findings = page.getByRole('region', { name: 'Findings' });
  await findings.getByRole('button', { name: /user principal name without a prefix/ }).click();
  await expect(group(page, 'User accounts').getByText('frontdesk@contoso.com', { exact: true })).toBeFocused();
  await group(page, 'User accounts').getByRole('button', { name: 'Change to AzureAD\\frontdesk@contoso.com' }).click();
  await expect(group(page, 'User accounts').getByText('AzureAD\\frontdesk@contoso.com', { exact: true })).toBeFocused();

  await page.getByRole('button', { name: 'Duplicate profile' }).click();
  await expect(page.getByRole('tab', { name: 'Front desk (copy)' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Front desk', exact: true }).click();
  await findings.getByRole('button', { name: /already assigned to Profile 1/ }).click();
  await expect(page.getByRole('tab', { name: 'Front desk (copy)' })).toHaveAttribute('aria-selected', 'true');
  await expect(group(page, 'User accounts').getByText('AzureAD\\frontdesk@contoso.com', { exact: true })).toBeFocused();
});

test('help on the spot: copyable PowerShell beside each list, the Windows 11 notice, troubleshooting', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Lobby');

  await group(page, 'App user model IDs').getByRole('button', { name: 'How do I find this value?' }).click();
  const help = page.getByRole('dialog', { name: 'Finding an app user model ID (AUMID)' });
  await expect(help.getByLabel('Find Edge on Start', { exact: true })).toHaveText("Get-StartApps | Where-Object Name -like '*Edge*'");
  await expect(help.getByLabel('List Start apps', { exact: true })).toHaveText('Get-StartApps');
  await help.getByRole('button', { name: 'Copy: Find Edge on Start' }).click();
  await expect(help.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Get-StartApps | Where-Object Name -like '*Edge*'");
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await group(page, 'User accounts').getByRole('button', { name: 'How do I find this value?' }).click();
  await expect(page.getByRole('dialog', { name: 'Writing a user account' }).getByLabel('Show my UPN', { exact: true })).toHaveText('whoami /upn');
  await page.keyboard.press('Escape');

  const version = page.getByRole('radiogroup', { name: 'Target Windows version' });
  await expect(version.getByRole('radio', { name: 'Windows 10' })).toBeChecked();
  const notice = page.getByText('Windows 11 ignores this profile’s Start layout and taskbar setting');
  await expect(notice).toHaveCount(0);
  await version.getByRole('radio', { name: 'Windows 11' }).check();
  await expect(notice).toBeVisible();
  await expect(page.getByRole('link', { name: 'Windows 11 restricted user experience quickstart' })).toHaveAttribute('href', /pivots=windows-11/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Windows 11' })).toBeChecked();
  await expect(notice).toBeVisible();

  const troubleshooting = page.getByRole('button', { name: 'Troubleshooting' });
  await expect(troubleshooting).toHaveAttribute('aria-expanded', 'false');
  await troubleshooting.click();
  await expect(troubleshooting).toHaveAttribute('aria-expanded', 'true');
  for (const text of [
    'Microsoft-Windows-AssignedAccess/Admin',
    'Microsoft-Windows-AssignedAccess/Operational',
    'Microsoft-Windows-AppLocker/EXE and DLL',
    'Microsoft-Windows-AppLocker/Packaged app-Execution',
    'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin',
    'HKLM\\SOFTWARE\\Microsoft\\Windows\\AssignedAccessConfiguration',
  ]) {
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('definition').filter({ hasText: 'AppLocker event 8004' })).toBeVisible();

  // With a finding and its fix on screen too, the page passes axe in every theme.
  await add(page, 'User accounts', 'frontdesk@contoso.com');
  for (const theme of ['Light', 'Dark', 'High contrast']) {
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('menuitemradio', { name: theme }).click();
    await expectNoViolations(page, `help and a finding, ${theme}`);
  }
});
