#!/usr/bin/env node
// Takes the README screenshot of the designer from the built app: `npm run build && npm run screenshots`.
// A realistic design: two profiles, each with apps and accounts, no error findings, Front desk
// selected with its Start layout generated from its apps, signed in to the demo tenant with a target.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium, expect } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';

const PORT = 4174;
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--bypass-lock'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

try {
  await waitForServer();
  await mkdir('docs', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(base);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel(/^Signed in as /)).toBeVisible();

  const name = page.getByRole('textbox', { name: 'Profile name' });
  const add = async (group, value) => {
    const box = page.getByRole('group', { name: group }).getByRole('textbox');
    await box.fill(value);
    await box.press('Enter');
    await expect(page.getByRole('group', { name: group }).getByText(value, { exact: true })).toBeVisible();
  };

  const generateLayout = async (group) => {
    const section = page.getByRole('button', { name: 'Start menu layout', exact: true });
    if ((await section.getAttribute('aria-expanded')) !== 'true') await section.click();
    await expect(page.getByRole('textbox', { name: 'Start menu layout XML' })).toBeVisible();
    await page.getByRole('button', { name: 'Generate from apps', exact: true }).click();
    const generator = page.getByRole('dialog', { name: 'Generate a Start layout' });
    await generator.getByRole('textbox', { name: 'Group name' }).fill(group);
    await generator.getByRole('button', { name: /^Generate \d+ tiles?$/ }).click();
    await expect(generator).toBeHidden();
    await expect(page.getByRole('region', { name: 'Start menu preview' }).getByRole('list', { name: `Tiles in ${group}` }).getByRole('listitem').first()).toBeVisible();
  };

  // Front desk: two inbox apps, Microsoft Edge from the catalog (with its companions), two accounts.
  await name.fill('Front desk');
  await add('App user model IDs', 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App');
  await add('App user model IDs', 'Microsoft.Windows.Photos_8wekyb3d8bbwe!App');
  await page.getByRole('button', { name: 'Add from catalog', exact: true }).click();
  const catalog = page.getByRole('dialog', { name: 'Add apps from the catalog' });
  await catalog.getByRole('searchbox', { name: 'Search apps' }).fill('edge');
  await catalog.getByRole('checkbox', { name: 'Microsoft Edge' }).check();
  await catalog.getByRole('button', { name: 'Add 1 app' }).click();
  await expect(catalog).toBeHidden();
  await add('User accounts', 'AzureAD\\frontdesk@contoso.com');
  await add('User accounts', 'CONTOSO\\reception');

  // Warehouse: a scanner app, the on-screen keyboard, one account.
  await page.getByRole('button', { name: 'Add profile' }).click();
  await expect(name).toHaveValue('');
  await name.fill('Warehouse');
  await add('App user model IDs', 'Microsoft.WindowsNotepad_8wekyb3d8bbwe!App');
  await add('Desktop app paths', '%windir%\\System32\\osk.exe');
  await add('User accounts', 'AzureAD\\warehouse@contoso.com');

  await generateLayout('Warehouse');

  // Back to Front desk; its Start layout generated from its apps.
  await page.getByRole('tab', { name: 'Front desk' }).click();
  await expect(name).toHaveValue('Front desk');
  await generateLayout('Front desk');

  // A target from the demo tenant, so the URL above the body is complete.
  await page.getByRole('button', { name: 'Choose configuration' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a device configuration' });
  await picker.getByRole('textbox', { name: 'Filter by name' }).fill('front desk');
  await picker.getByRole('list', { name: 'Device configurations' }).getByRole('button', { name: /Kiosk – Front desk/ }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Device configuration ID' })).not.toHaveValue('');

  // No finding anywhere: submit is possible.
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('No problems found.');
  await expect(page.getByRole('button', { name: 'Submit to demo tenant' })).toBeEnabled();
  await name.focus();
  await name.blur(); // no focus ring in the picture
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: 'docs/designer.png', fullPage: false });
  await browser.close();
  console.log('wrote docs/designer.png');
} finally {
  server.kill();
}
