// "Take a design anywhere", end to end through roles and labels: request snippets carry the
// preview's exact body, Assigned Access XML goes out and comes back as the same design, and an
// import shows what the Graph profile cannot carry before anything changes.
import type { Page } from '@playwright/test';
import type AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { scan } from './axe';

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

const LAYOUT = [
  '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">',
  '  <DefaultLayoutOverride><StartLayoutCollection><defaultlayout:StartLayout GroupCellWidth="6">',
  '    <start:Group Name="Empfang – 受付 – a]]>b 🖥️">',
  '      <start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/>',
  '    </start:Group>',
  '  </defaultlayout:StartLayout></StartLayoutCollection></DefaultLayoutOverride>',
  '</LayoutModificationTemplate>',
].join('\n');

/** Two profiles, ids in upper and mixed case, names and paths with characters XML and shells care about. */
const BODY = {
  assignedAccessMultiModeProfiles: [
    {
      '@odata.type': '#microsoft.graph.windowsAssignedAccessProfile',
      id: '9A2A490F-10F6-4764-974A-43B19E722C23',
      profileName: `Front desk "R&D" it's <main>`,
      showTaskBar: true,
      appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App', 'Microsoft.Windows.Photos_8wekyb3d8bbwe!App'],
      desktopAppPaths: ['%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe'],
      userAccounts: ['AzureAD\\frontdesk@contoso.com', "CONTOSO\\o'brien"],
      startMenuLayoutXml: Buffer.from(LAYOUT, 'utf8').toString('base64'),
    },
    {
      '@odata.type': '#microsoft.graph.windowsAssignedAccessProfile',
      id: '3f2504e0-4F89-11d3-9a0c-0305e82c3301',
      profileName: 'Warehouse',
      showTaskBar: false,
      appUserModelIds: [],
      desktopAppPaths: ['%windir%\\System32\\osk.exe', '%windir%\\explorer.exe'],
      userAccounts: ['.\\warehouse'],
    },
  ],
};

async function loadDesign(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import request body' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import request body' });
  await dialog.getByRole('textbox', { name: 'Or paste a request body' }).fill(JSON.stringify(BODY, null, 2));
  await dialog.getByRole('button', { name: 'Import pasted body' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Warehouse' })).toBeVisible();
}

async function previewBody(page: Page): Promise<string> {
  return (await page.getByLabel('Request body JSON').textContent()) ?? '';
}

async function downloadBody(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download request body' }).click()]);
  return readFile(await download.path(), 'utf8');
}

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  expect(from, `"${start}" in the snippet`).toBeGreaterThanOrEqual(0);
  const to = text.indexOf(end, from + start.length);
  expect(to, `"${end}" in the snippet`).toBeGreaterThan(from);
  return text.slice(from + start.length, to);
}

function seriousViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

test('the snippets carry the exact request body of the preview', async ({ page }) => {
  await loadDesign(page);
  await page.getByRole('textbox', { name: 'Device configuration ID' }).fill('5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f');
  const body = await previewBody(page);
  expect(JSON.parse(body)).toEqual(BODY);

  await page.getByRole('button', { name: 'Snippets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request snippets' });
  await expect(dialog.getByRole('tab', { name: 'PowerShell' })).toHaveAttribute('aria-selected', 'true');
  const powerShell = (await dialog.getByLabel('PowerShell snippet').textContent()) ?? '';
  expect(between(powerShell, "$body = @'\n", "\n'@\n")).toBe(body);
  expect(powerShell).toContain("Connect-MgGraph -Environment Global -Scopes 'DeviceManagementConfiguration.ReadWrite.All'");
  expect(powerShell).toContain(
    "-Uri 'https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations/5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f/assignedAccessMultiModeProfiles'",
  );
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/snippets-dialog.png` });

  // The downloaded script is the same text, with a byte-order mark for Windows PowerShell 5.1.
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download send-kiosk-profiles.ps1' }).click()]);
  expect(await readFile(await download.path(), 'utf8')).toBe(`\uFEFF${powerShell}`);

  await dialog.getByRole('tab', { name: 'curl' }).click();
  const curl = (await dialog.getByLabel('curl snippet').textContent()) ?? '';
  expect(between(curl, "<<'KIOSK_BODY_JSON' |\n", '\nKIOSK_BODY_JSON\n')).toBe(body);
  expect(curl).not.toMatch(/Bearer [A-Za-z0-9._-]{20,}/);

  await dialog.getByRole('tab', { name: 'JavaScript fetch' }).click();
  const fetchCode = (await dialog.getByLabel('JavaScript snippet').textContent()) ?? '';
  expect(between(fetchCode, 'const body = ', ';\n')).toBe(body);

  expect(seriousViolations(await scan(page, '[role="dialog"]'))).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Snippets' })).toBeFocused();
});

test('Assigned Access XML out and back in gives the same design, ids included', async ({ page }) => {
  await loadDesign(page);
  const before = await downloadBody(page);

  await page.getByRole('button', { name: 'Assigned Access XML' }).click();
  await page.getByRole('menuitem', { name: 'Export as Assigned Access XML…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export as Assigned Access XML' });
  const [xmlDownload] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Download kiosk-assigned-access.xml' }).click()]);
  const xml = await readFile(await xmlDownload.path(), 'utf8');
  expect(xml).toContain('<Profile Id="{9A2A490F-10F6-4764-974A-43B19E722C23}" Name="Front desk &quot;R&amp;D&quot; it\'s &lt;main&gt;">');
  expect(xml).toContain('<Profile Id="{3f2504e0-4F89-11d3-9a0c-0305e82c3301}" Name="Warehouse">');

  // The local test script and the custom OMA-URI body carry the same XML.
  await exportDialog.getByRole('tab', { name: 'Test on one device' }).click();
  await expect(exportDialog.getByLabel('Local test script')).toContainText('IsSystem');
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/export-script.png` });
  await exportDialog.getByRole('tab', { name: 'Custom OMA-URI' }).click();
  const custom = JSON.parse((await exportDialog.getByLabel('Custom configuration request body').textContent()) ?? '');
  expect(custom.omaSettings[0].value).toBe(xml);
  expect(custom.omaSettings[0].omaUri).toBe('./Vendor/MSFT/AssignedAccess/Configuration');
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'New design' }).click();
  await page.getByRole('dialog', { name: 'Start a new design?' }).getByRole('button', { name: 'Clear design' }).click();
  await expect(page.getByRole('tab', { name: 'Warehouse' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Assigned Access XML' }).click();
  await page.getByRole('menuitem', { name: 'Import Assigned Access XML…' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import Assigned Access XML' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importDialog.getByRole('button', { name: 'Choose XML file…' }).click()]);
  await chooser.setFiles({ name: 'kiosk-assigned-access.xml', mimeType: 'application/xml', buffer: Buffer.from(xml, 'utf8') });
  await expect(importDialog.getByText('Everything in this file fits the Graph kiosk profile.')).toBeVisible();
  await importDialog.getByRole('button', { name: 'Import 2 profiles' }).click();
  await expect(importDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 profiles from "kiosk-assigned-access.xml"' })).toBeVisible();
  expect(await downloadBody(page)).toBe(before);
});

test('importing a Microsoft sample shows what cannot be carried; cancel leaves the design untouched', async ({ page }) => {
  await loadDesign(page);
  const before = await downloadBody(page);
  const sample = await readFile(new URL('../src/kiosk/assigned-access/fixtures/autologon-groups-global.xml', import.meta.url), 'utf8');

  await page.getByRole('button', { name: 'Assigned Access XML' }).click();
  await page.getByRole('menuitem', { name: 'Import Assigned Access XML…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import Assigned Access XML' });

  // Not XML at all: a clear refusal, nothing changes.
  await dialog.getByRole('textbox', { name: 'Or paste Assigned Access XML' }).fill('<AssignedAccessConfiguration><Profiles>');
  await dialog.getByRole('button', { name: 'Read pasted XML' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not well-formed XML');
  await expect(dialog.getByRole('alert')).toContainText('Your current design was not changed.');

  await dialog.getByRole('textbox', { name: 'Or paste Assigned Access XML' }).fill(sample);
  await dialog.getByRole('button', { name: 'Read pasted XML' }).click();
  const lost = dialog.getByRole('list', { name: /^Not carried over/ });
  for (const heading of ['File Explorer restrictions', 'Windows 11 taskbar layout', 'Single-app kiosk profiles (KioskModeApp)', 'Breakout sequence', 'Global profile', 'Auto-logon account', 'User groups', 'Visitor and device owner groups']) {
    await expect(lost.getByText(heading, { exact: true })).toBeVisible();
  }
  await expect(dialog.getByRole('list', { name: 'Profiles to import' }).getByRole('listitem')).toHaveText(['Imported profile 1 — 4 apps, 1 account, no Start layout, taskbar hidden']);
  await expect(dialog.getByRole('button', { name: 'Import 1 profile' })).toBeVisible();
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/import-report.png` });
  expect(seriousViolations(await scan(page, '[role="dialog"]'))).toEqual([]);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await downloadBody(page)).toBe(before);
});
