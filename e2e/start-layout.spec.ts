// The Start layout studio end to end, through roles and labels only: generate a layout from the
// profile's apps and watch the Start menu picture follow edits, see a layout error at its line,
// import an Export-StartLayout file, and load the code editor only when the section is opened.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addEntries, openLayoutSection } from './designer-helpers';

const CALC = 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App';
const PHOTOS = 'Microsoft.Windows.Photos_8wekyb3d8bbwe!App';
const EDGE = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe';
const EDGE_LINK = '%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Microsoft Edge.lnk';

const HTTPS_LAYOUT = [
  '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">',
  '  <DefaultLayoutOverride>',
  '    <StartLayoutCollection>',
  '      <defaultlayout:StartLayout GroupCellWidth="6" xmlns:defaultlayout="https://schemas.microsoft.com/Start/2014/FullDefaultLayout">',
  '        <start:Group Name="Lobby">',
  `          <start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="${CALC}"/>`,
  '        </start:Group>',
  '      </defaultlayout:StartLayout>',
  '    </StartLayoutCollection>',
  '  </DefaultLayoutOverride>',
  '</LayoutModificationTemplate>',
].join('\n');


/** The layout text exactly as sent: the base64 shown under the editor, decoded. */
async function sentLayout(page: Page): Promise<string> {
  const base64 = page.getByRole('textbox', { name: 'Start layout base64' });
  if (!(await base64.isVisible())) await page.getByRole('button', { name: 'Base64 as sent' }).click();
  return Buffer.from(await base64.inputValue(), 'base64').toString('utf8');
}

async function profileWithThreeApps(page: Page) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  await addEntries(page, 'App user model IDs', [CALC, PHOTOS]);
  await addEntries(page, 'Desktop app paths', [EDGE]);
  await openLayoutSection(page);
}

async function generate(page: Page, groupName: string) {
  await page.getByRole('button', { name: 'Generate from apps', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate a Start layout' });
  await expect(dialog.getByRole('textbox', { name: 'Shortcut (.lnk) or app ID for Microsoft Edge' })).toHaveValue(EDGE_LINK);
  await dialog.getByRole('textbox', { name: 'Group name' }).fill(groupName);
  await dialog.getByRole('combobox', { name: 'Tile size for Photos' }).selectOption('4x2');
  await dialog.getByRole('button', { name: 'Generate 3 tiles' }).click();
  await expect(dialog).toBeHidden();
}

function tilesIn(page: Page, group: string) {
  return page.getByRole('region', { name: 'Start menu preview' }).getByRole('list', { name: `Tiles in ${group}` }).getByRole('listitem');
}

test('generates a layout from three apps, and the picture follows edits to the XML', async ({ page }) => {
  await profileWithThreeApps(page);
  await generate(page, 'Front desk apps');

  const tiles = tilesIn(page, 'Front desk apps');
  await expect(tiles).toHaveCount(3);
  await expect(tiles.nth(0)).toHaveAccessibleName(`Calculator: ${CALC}, medium 2x2 at row 0, column 0`);
  await expect(tiles.nth(1)).toHaveAccessibleName(`Photos: ${PHOTOS}, wide 4x2 at row 0, column 2`);
  await expect(tiles.nth(2)).toHaveAccessibleName(`Microsoft Edge: ${EDGE_LINK}, medium 2x2 at row 2, column 0`);
  // The generated layout passes the project's own lint.
  await expect(page.getByRole('list', { name: 'Problems in the Start layout' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('button', { name: /Start layout/ })).toHaveCount(0);
  expect(await sentLayout(page)).toContain(`<start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="${CALC}"/>`);

  // Edit the Calculator tile's size by keyboard: search for it, then type over the match.
  await page.getByRole('textbox', { name: 'Start menu layout XML' }).click();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Find' });
  await find.pressSequentially('Size="2x2" Column="0" Row="0"');
  await find.press('Enter');
  await find.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Start menu layout XML' })).toBeFocused();
  await page.keyboard.type('Size="1x1" Column="0" Row="0"');
  await expect(tiles).toHaveCount(3);
  await expect(tiles.nth(0)).toHaveAccessibleName(`Calculator: ${CALC}, small 1x1 at row 0, column 0`);
  expect(await sentLayout(page)).toContain(`<start:Tile Size="1x1" Column="0" Row="0" AppUserModelID="${CALC}"/>`);

  // Tab leaves the editor instead of indenting.
  const before = await sentLayout(page);
  await page.getByRole('textbox', { name: 'Start menu layout XML' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Start menu layout XML' })).not.toBeFocused();
  expect(await sentLayout(page)).toBe(before);

  // The layout was edited by hand, so generating again asks first.
  await page.getByRole('button', { name: 'Generate from apps', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate a Start layout' });
  await dialog.getByRole('button', { name: 'Generate 3 tiles' }).click();
  await expect(dialog.getByRole('alert')).toContainText('edited by hand');
  await expect(dialog.getByRole('textbox', { name: 'Group name' })).toHaveValue('Front desk');
  await dialog.getByRole('button', { name: 'Replace layout' }).click();
  await expect(dialog).toBeHidden();
  await expect(tilesIn(page, 'Front desk').nth(0)).toHaveAccessibleName(`Calculator: ${CALC}, medium 2x2 at row 0, column 0`);
});

test('a tile for an app the profile no longer allows is flagged "not allowed" in the picture', async ({ page }) => {
  await profileWithThreeApps(page);
  await generate(page, 'Front desk apps');
  const tiles = tilesIn(page, 'Front desk apps');
  await expect(tiles).toHaveCount(3);
  for (let i = 0; i < 3; i++) await expect(tiles.nth(i)).not.toHaveAccessibleName(/not allowed/);
  await expect(tiles.filter({ hasText: 'not allowed' })).toHaveCount(0);

  // Take Photos out of the profile's apps: its tile stays in the XML and is flagged.
  const aumids = page.getByRole('group', { name: 'App user model IDs' });
  await aumids.getByRole('button', { name: `Remove ${PHOTOS}` }).click();
  await expect(aumids.getByText(PHOTOS, { exact: true })).toHaveCount(0);
  await expect(tiles).toHaveCount(3);
  await expect(tiles.nth(1)).toHaveAccessibleName(`Photos: ${PHOTOS}, wide 4x2 at row 0, column 2, not allowed`);
  await expect(tiles.nth(1)).toContainText('not allowed');
  await expect(tiles.nth(0)).toHaveAccessibleName(`Calculator: ${CALC}, medium 2x2 at row 0, column 0`);
  await expect(tiles.nth(2)).not.toHaveAccessibleName(/not allowed/);
  await expect(tiles.filter({ hasText: 'not allowed' })).toHaveCount(1);
});

test('an https namespace is an error at its line: in the editor, under it and in the findings', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Lobby');
  await addEntries(page, 'App user model IDs', [CALC]);
  await openLayoutSection(page);
  const editor = page.getByRole('textbox', { name: 'Start menu layout XML' });
  await editor.fill(HTTPS_LAYOUT);

  const column = HTTPS_LAYOUT.split('\n')[3]?.indexOf('xmlns:defaultlayout') ?? -1;
  const at = `ine 4, column ${column + 1}: xmlns:defaultlayout is "https://`;
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('button', { name: new RegExp(`Start layout l${at}`) })).toBeVisible();
  const problem = page.getByRole('list', { name: 'Problems in the Start layout' }).getByRole('button', { name: new RegExp(`^Error L${at}`) });
  await expect(problem).toBeVisible();

  // The editor's own diagnostics (what the gutter marks) list it with its line.
  await problem.click();
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Shift+KeyM');
  await expect(page.getByRole('listbox', { name: 'Diagnostics' }).getByRole('option', { name: new RegExp(`L${at}`) })).toBeVisible();
  await page.keyboard.press('Escape');

  // F8 selects exactly the marked range on line 4; typing the http form there fixes it.
  await editor.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  await page.keyboard.type('xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout"');
  await expect(page.getByRole('list', { name: 'Problems in the Start layout' })).toHaveCount(0);
  expect(await sentLayout(page)).toBe(HTTPS_LAYOUT.replace('https://', 'http://'));
});

test('imports a UTF-16 layout written by Export-StartLayout', async ({ page }) => {
  await profileWithThreeApps(page);
  const xml = HTTPS_LAYOUT.replace('https://', 'http://').replaceAll('\n', '\r\n');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import start layout XML' }).click()]);
  await chooser.setFiles({ name: 'layout.xml', mimeType: 'text/xml', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported "layout.xml"' })).toBeVisible();
  await expect(tilesIn(page, 'Lobby')).toHaveCount(1);
  expect(await sentLayout(page)).toBe(xml);
  await expect(page.getByRole('status').filter({ hasText: 'Round trip OK' })).toBeVisible();
});

test('the code editor is downloaded only when the Start layout section is opened', async ({ page }) => {
  // The studio chunk holds the editor (CodeMirror), generator, picture and round trip.
  const editorChunks: string[] = [];
  page.on('request', (request) => {
    if (/\/start-layout-studio-[^/]*\.js$/.test(new URL(request.url()).pathname)) editorChunks.push(request.url());
  });
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Lobby');
  const disclosure = page.getByRole('button', { name: 'Start menu layout', exact: true });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await page.waitForLoadState('networkidle');
  expect(editorChunks).toEqual([]);
  await expect(page.getByRole('textbox', { name: 'Start menu layout XML' })).toHaveCount(0);

  await disclosure.click();
  await expect(page.getByRole('textbox', { name: 'Start menu layout XML' })).toBeVisible();
  expect(editorChunks).toHaveLength(1);
});

test('README screenshot of the studio (light theme)', async ({ page }) => {
  test.skip(!process.env.UPDATE_SCREENSHOTS, 'Set UPDATE_SCREENSHOTS=1 to retake docs/start-layout.png');
  await page.setViewportSize({ width: 1440, height: 1400 });
  await profileWithThreeApps(page);
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.getByRole('menuitemradio', { name: 'Light' }).click();
  await generate(page, 'Front desk');
  await expect(tilesIn(page, 'Front desk')).toHaveCount(3);
  await page.getByRole('textbox', { name: 'Profile name' }).focus();
  const form = page.getByRole('form', { name: 'Profile' });
  await page.getByRole('button', { name: 'Start menu layout', exact: true }).scrollIntoViewIfNeeded();
  const box = await form.boundingBox();
  const header = await page.getByRole('button', { name: 'Start menu layout', exact: true }).boundingBox();
  if (!box || !header) throw new Error('The profile form is not on screen.');
  await page.screenshot({ path: 'docs/start-layout.png', clip: { x: box.x - 8, y: header.y - 8, width: box.width + 16, height: box.y + box.height - header.y + 16 }, fullPage: true });
});
