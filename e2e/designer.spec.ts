// The designer end to end, through roles and labels only: build a design, download the body,
// reload, import a broken file, and scan for accessibility problems.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addEntries, checked, openLayoutSection } from './designer-helpers';
import { scan } from './axe';
import { readFile } from 'node:fs/promises';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LAYOUT = [
  '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">',
  '  <LayoutOptions StartTileGroupCellWidth="6"/>',
  '  <DefaultLayoutOverride>',
  '    <StartLayoutCollection>',
  '      <defaultlayout:StartLayout GroupCellWidth="6">',
  '        <start:Group Name="Empfang – 受付 – Café 🖥️">',
  '          <start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/>',
  '        </start:Group>',
  '      </defaultlayout:StartLayout>',
  '    </StartLayoutCollection>',
  '  </DefaultLayoutOverride>',
  '</LayoutModificationTemplate>',
].join('\n');


/**
 * The layout editor shows exactly `xml` (a contenteditable has no value: compare its text, one
 * line per line) and exactly that text is what gets sent (the base64 of its UTF-8, decoded back).
 */
async function expectLayout(page: Page, xml: string) {
  await expect(page.getByRole('textbox', { name: 'Start menu layout XML' })).toHaveJSProperty('innerText', xml);
  await page.getByRole('button', { name: 'Base64 as sent' }).click();
  await expect(page.getByRole('textbox', { name: 'Start layout base64' })).toHaveValue(Buffer.from(xml, 'utf8').toString('base64'));
  await expect(page.getByRole('status').filter({ hasText: 'Round trip OK' })).toBeVisible();
}

async function buildTwoProfileDesign(page: Page) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  await addEntries(page, 'App user model IDs', ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App', 'Microsoft.Windows.Photos_8wekyb3d8bbwe!App']);
  await addEntries(page, 'Desktop app paths', ['%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe']);
  await addEntries(page, 'User accounts', ['AzureAD\\frontdesk@contoso.com']);
  await openLayoutSection(page);
  await page.getByRole('textbox', { name: 'Start menu layout XML' }).fill(LAYOUT);

  await page.getByRole('button', { name: 'Add profile' }).click();
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Warehouse');
  const taskbar = page.getByRole('switch', { name: 'Show taskbar' });
  await taskbar.click();
  await expect(taskbar).not.toBeChecked();
  // Pasting several lines adds one entry per line.
  const aumidBox = page.getByRole('group', { name: 'Desktop app paths' }).getByRole('textbox');
  await aumidBox.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '%windir%\\System32\\osk.exe\r\n\r\n  %windir%\\explorer.exe  \n');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('group', { name: 'Desktop app paths' }).getByRole('listitem')).toHaveCount(2);
  await addEntries(page, 'User accounts', ['.\\warehouse']);
}

async function expectTabs(page: Page, names: string[]) {
  const tabs = page.getByRole('tablist', { name: 'Profiles in this design' }).getByRole('tab');
  await expect(tabs).toHaveCount(names.length);
  for (const [i, name] of names.entries()) await expect(tabs.nth(i)).toHaveAccessibleName(name);
}

async function downloadBody(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download request body' }).click()]);
  expect(download.suggestedFilename()).toBe('kiosk-profiles.json');
  return readFile(await download.path(), 'utf8');
}

test('builds a two-profile design and downloads the exact request body', async ({ page }) => {
  await buildTwoProfileDesign(page);
  const text = await downloadBody(page);
  const body = JSON.parse(text);

  expect(Object.keys(body)).toEqual(['assignedAccessMultiModeProfiles']);
  const [first, second] = body.assignedAccessMultiModeProfiles;
  expect(body.assignedAccessMultiModeProfiles).toHaveLength(2);

  expect(Object.keys(first)).toEqual(['@odata.type', 'id', 'profileName', 'showTaskBar', 'appUserModelIds', 'desktopAppPaths', 'userAccounts', 'startMenuLayoutXml']);
  expect(first['@odata.type']).toBe('#microsoft.graph.windowsAssignedAccessProfile');
  expect(first.id).toMatch(GUID);
  expect(first.profileName).toBe('Front desk');
  expect(first.showTaskBar).toBe(true);
  expect(first.appUserModelIds).toEqual(['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App', 'Microsoft.Windows.Photos_8wekyb3d8bbwe!App']);
  expect(first.desktopAppPaths).toEqual(['%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe']);
  expect(first.userAccounts).toEqual(['AzureAD\\frontdesk@contoso.com']);
  expect(Buffer.from(first.startMenuLayoutXml, 'base64').toString('utf8')).toBe(LAYOUT);

  // No layout: the property is left out.
  expect(Object.keys(second)).toEqual(['@odata.type', 'id', 'profileName', 'showTaskBar', 'appUserModelIds', 'desktopAppPaths', 'userAccounts']);
  expect(second.id).toMatch(GUID);
  expect(second.id).not.toBe(first.id);
  expect(second.profileName).toBe('Warehouse');
  expect(second.showTaskBar).toBe(false);
  expect(second.appUserModelIds).toEqual([]);
  expect(second.desktopAppPaths).toEqual(['%windir%\\System32\\osk.exe', '%windir%\\explorer.exe']);
  expect(second.userAccounts).toEqual(['.\\warehouse']);

  // The preview shows exactly what was downloaded.
  await expect(page.getByRole('region', { name: 'Request body' }).getByLabel('Request body JSON')).toHaveText(text);
});

test('a reload restores the design exactly', async ({ page }) => {
  await buildTwoProfileDesign(page);
  const before = await downloadBody(page);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Warehouse' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Warehouse');
  await page.getByRole('tab', { name: 'Front desk' }).click();
  await expectLayout(page, LAYOUT);
  expect(await downloadBody(page)).toBe(before);
});

test('a malformed import file gets a clear error and leaves the design untouched', async ({ page }) => {
  await buildTwoProfileDesign(page);
  const before = await downloadBody(page);

  await page.getByRole('button', { name: 'Import request body' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import request body' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose JSON file…' }).click()]);
  await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"assignedAccessMultiModeProfiles": [ {"id": ') });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('"broken.json" is not valid JSON');
  await expect(alert).toContainText('Your current design was not changed.');

  // A body that parses but carries a broken layout is refused too.
  const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose JSON file…' }).click()]);
  const badLayout = { assignedAccessMultiModeProfiles: [{ id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', profileName: 'X', showTaskBar: true, startMenuLayoutXml: '%%%not base64' }] };
  await chooser2.setFiles({ name: 'bad-layout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badLayout)) });
  await expect(alert).toContainText('"bad-layout.json" was not imported');
  await expect(alert).toContainText('startMenuLayoutXml');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('tab', { name: 'Front desk' })).toBeVisible();
  expect(await downloadBody(page)).toBe(before);
});

test('importing a downloaded body loads it back into the editor', async ({ page }) => {
  await buildTwoProfileDesign(page);
  const body = await downloadBody(page);
  await page.getByRole('button', { name: 'New design' }).click();
  await page.getByRole('dialog', { name: 'Start a new design?' }).getByRole('button', { name: 'Clear design' }).click();
  await expect(page.getByRole('tab', { name: 'Front desk' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Import request body' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import request body' });
  await dialog.getByRole('textbox', { name: 'Or paste a request body' }).fill(body);
  await dialog.getByRole('button', { name: 'Import pasted body' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 profiles' })).toBeVisible();
  await page.getByRole('tab', { name: 'Front desk' }).click();
  await expectLayout(page, LAYOUT);
  expect(await downloadBody(page)).toBe(body);
});

test('profiles can be duplicated, reordered and removed with undo', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Lobby');
  await page.getByRole('button', { name: 'Duplicate profile' }).click();
  await expect(page.getByRole('tab', { name: 'Lobby (copy)' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Move profile up' }).click();
  await expectTabs(page, ['Lobby (copy)', 'Lobby']);
  await page.getByRole('button', { name: 'Remove profile' }).click();
  await expectTabs(page, ['Lobby']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectTabs(page, ['Lobby (copy)', 'Lobby']);
});

test('findings show at the entry and take focus to it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Lobby');
  await openLayoutSection(page);
  await page.getByRole('textbox', { name: 'Start menu layout XML' }).fill('<LayoutModificationTemplate>\n  <broken>\n</LayoutModificationTemplate>');
  const findings = page.getByRole('region', { name: 'Findings' });
  const item = findings.getByRole('button', { name: /line 3/i });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page.getByRole('textbox', { name: 'Start menu layout XML' })).toBeFocused();
  // "Lobby" allows no app yet, which the kiosk rules report as an error on the app list.
  await findings.getByRole('button', { name: /no app is allowed/ }).click();
  await expect(page.getByRole('textbox', { name: 'Add app user model ID' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Profile name' }).fill('');
  await expect(page.getByText('Give the profile a name', { exact: false }).first()).toBeVisible();
});

// The name's message comes and goes when the check catches up, a moment after typing stops.
// Controls below it must not move then, or a click that lands during the move hits the wrong spot
// (seen in CI: a click on "Show taskbar" right after naming a new profile was lost).
test('naming a profile does not move the controls below it when the check catches up', async ({ page }) => {
  await page.goto('/');
  const below = [
    page.getByRole('switch', { name: 'Show taskbar' }),
    page.getByRole('group', { name: 'App user model IDs' }).getByRole('button', { name: 'How do I find this value?' }),
  ];
  const positions = () => Promise.all(below.map(async (control) => (await control.boundingBox())?.y));

  await checked(page);
  await expect(page.getByText('Give the profile a name', { exact: false }).first()).toBeVisible();
  const unnamed = await positions();
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Lobby');
  await checked(page);
  await expect(page.getByRole('form', { name: 'Profile' }).getByText('Give the profile a name', { exact: false })).toHaveCount(0);
  expect(await positions()).toEqual(unnamed);

  // The same for a profile added to the design, whose empty name is reported after it mounts.
  await page.getByRole('button', { name: 'Add profile' }).click();
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('');
  const added = await positions();
  await checked(page);
  expect(await positions()).toEqual(added);
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Warehouse');
  await checked(page);
  expect(await positions()).toEqual(added);
});

// Adding the first app removes "no app is allowed" under the list. That must happen in the same
// frame as the new row, not when the check catches up, or everything below jumps a moment later.
test('adding an entry changes the list messages at once, not a moment later', async ({ page }) => {
  await page.goto('/');
  await checked(page);
  const aumids = page.getByRole('group', { name: 'App user model IDs' });
  await expect(aumids.getByText(/no app is allowed/)).toBeVisible();
  const below = page.getByRole('group', { name: 'User accounts' }).getByRole('button', { name: 'How do I find this value?' });

  const box = aumids.getByRole('textbox');
  await box.fill('Microsoft.WindowsCalculator_8wekyb3d8bbwe!App');
  await box.press('Enter');
  await expect(aumids.getByText('Microsoft.WindowsCalculator_8wekyb3d8bbwe!App', { exact: true })).toBeVisible();
  // Measured in the same frame as the row appeared: the message is already gone …
  const atOnce = await page.evaluate(() => ({
    message: [...document.querySelectorAll('[role="group"]')].some((g) => /no app is allowed/.test(g.textContent ?? '')),
  }));
  expect(atOnce.message).toBe(false);
  const y = (await below.boundingBox())?.y;
  // … and nothing moves when the check has caught up.
  await checked(page);
  expect((await below.boundingBox())?.y).toBe(y);
});

test('the designer has no serious or critical accessibility violations', async ({ page }) => {
  await buildTwoProfileDesign(page);
  for (const theme of ['Light', 'Dark', 'High contrast']) {
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('menuitemradio', { name: theme }).click();
    await expect(page.getByRole('button', { name: `Theme: ${theme}` })).toBeVisible();
    const results = await scan(page);
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${theme}: ${v.id}: ${v.help}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  }
  await page.getByRole('button', { name: 'Import request body' }).click();
  await expect(page.getByRole('dialog', { name: 'Import request body' })).toBeVisible();
  const dialogScan = await scan(page, '[role="dialog"]');
  expect(dialogScan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
