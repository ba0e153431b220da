#!/usr/bin/env node
// Takes the README screenshots from the built app: `npm run build && npm run screenshots`.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';

const PORT = 4174;
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
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
  const name = page.getByRole('textbox', { name: 'Profile name' });
  await name.fill('Front desk');
  const add = async (group, value) => {
    const box = page.getByRole('group', { name: group }).getByRole('textbox');
    await box.fill(value);
    await box.press('Enter');
  };
  await add('App user model IDs', 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App');
  await add('App user model IDs', 'Microsoft.Windows.Photos_8wekyb3d8bbwe!App');
  await add('App user model IDs', 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App ');
  await add('Desktop app paths', '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe');
  await add('User accounts', 'AzureAD\\frontdesk@contoso.com');
  await page.getByRole('textbox', { name: 'Start menu layout XML' }).fill(
    '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">\n  <DefaultLayoutOverride>\n    <StartLayoutCollection>\n      <defaultlayout:StartLayout GroupCellWidth="6">\n        <start:Group Name="Front desk">\n          <start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/>\n        </start:Group>\n      </defaultlayout:StartLayout>\n    </StartLayoutCollection>\n  </DefaultLayoutOverride>\n</LayoutModificationTemplate>',
  );
  await page.getByRole('button', { name: 'Add profile' }).click();
  await name.fill('Warehouse');
  await page.getByRole('tab', { name: 'Front desk' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/designer.png', fullPage: false });
  await browser.close();
  console.log('wrote docs/designer.png');
} finally {
  server.kill();
}
