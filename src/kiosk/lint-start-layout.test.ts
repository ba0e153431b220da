// The Start layout rules as lintRequestBody / lintDesign report them: paths into the body, line
// and column on each finding, the missing-layout warning, and files exported by Export-StartLayout.
import { describe, expect, it } from 'vitest';
import { encodeBase64Utf8 } from './base64';
import { lintDesign, lintRequestBody, lintStartLayoutXml } from './lint';
import type { Profile } from './schema';
import { generateStartLayout, suggestGeneratorTiles } from './start-layout/generate-layout';
import { decodeTextFile } from './xml';

const CALC = 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App';
const PROFILE: Profile = {
  id: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  profileName: 'Lobby',
  showTaskBar: true,
  appUserModelIds: [CALC],
  desktopAppPaths: ['%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe'],
  userAccounts: ['AzureAD\\lobby@contoso.com'],
  startMenuLayoutXml: '',
};

// What Export-StartLayout writes on Windows 10: UTF-16LE with a BOM, CR LF, namespaces declared
// on inner elements (with the http scheme: the https in Microsoft's doc sample is a doc error).
const EXPORTED = [
  '<LayoutModificationTemplate Version="1" xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification">',
  '  <LayoutOptions StartTileGroupCellWidth="6" />',
  '  <DefaultLayoutOverride>',
  '    <StartLayoutCollection>',
  '      <defaultlayout:StartLayout GroupCellWidth="6" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout">',
  '        <start:Group Name="Lobby – Café" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout">',
  `          <start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="${CALC}" />`,
  '          <start:DesktopApplicationTile Size="2x2" Column="2" Row="0" DesktopApplicationLinkPath="%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Microsoft Edge.lnk" />',
  '        </start:Group>',
  '      </defaultlayout:StartLayout>',
  '    </StartLayoutCollection>',
  '  </DefaultLayoutOverride>',
  '</LayoutModificationTemplate>',
].join('\r\n');

/** Only the layout's findings: the app/path/account rules have their own tests. */
function layoutOnly<T extends { path: string }>(findings: T[]): T[] {
  return findings.filter((f) => f.path.endsWith('/startMenuLayoutXml'));
}

function utf16leWithBom(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

describe('Start layout findings in the request body', () => {
  it('point at startMenuLayoutXml and carry line and column', () => {
    const xml = EXPORTED.replace('xmlns:start="http://', 'xmlns:start="https://');
    const findings = layoutOnly(lintDesign([{ ...PROFILE, startMenuLayoutXml: xml }]));
    expect(findings.map(({ path, code, severity, line, column }) => ({ path, code, severity, line, column }))).toEqual([
      { path: '/assignedAccessMultiModeProfiles/0/startMenuLayoutXml', code: 'layout.namespace.https', severity: 'error', line: 6, column: 42 },
    ]);
    expect(findings[0]?.message).toMatch(/^Profile 1 \("Lobby"\): Start layout line 6, column 42: xmlns:start is "https:/);
    expect(findings[0]?.message).toContain('https://learn.microsoft.com/windows/configuration/start/layout-xml-desktop');
  });

  it('explain malformed XML in checkXmlWellFormed’s words, with its line and column', () => {
    const [finding] = lintStartLayoutXml('<LayoutModificationTemplate>\n  <broken>\n</LayoutModificationTemplate>', null);
    expect(finding).toMatchObject({ code: 'layout.xml.malformed', line: 3, column: 1 });
    expect(finding?.message).toContain('closing tag </LayoutModificationTemplate> does not match opening tag <broken>');
  });

  it('layout.missing: warns when a profile has no layout, empty or whitespace-only', () => {
    for (const layout of [undefined, null, '', encodeBase64Utf8('  \n')]) {
      const profile: Record<string, unknown> = { '@odata.type': '#microsoft.graph.windowsAssignedAccessProfile', id: PROFILE.id, profileName: 'Lobby', showTaskBar: true, appUserModelIds: [CALC], userAccounts: PROFILE.userAccounts };
      if (layout !== undefined) profile.startMenuLayoutXml = layout;
      const findings = layoutOnly(lintRequestBody({ assignedAccessMultiModeProfiles: [profile] }));
      expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([['layout.missing', 'warning', '/assignedAccessMultiModeProfiles/0/startMenuLayoutXml']]);
      expect(findings[0]?.message).toContain('Generate from apps');
    }
    expect(layoutOnly(lintDesign([{ ...PROFILE, startMenuLayoutXml: EXPORTED }]))).toEqual([]);
  });

  it('take the allowed apps from the profile, and skip that check when a list has the wrong type', () => {
    const body = (apps: unknown) => ({
      assignedAccessMultiModeProfiles: [{ id: PROFILE.id, profileName: 'Lobby', showTaskBar: true, appUserModelIds: apps, userAccounts: PROFILE.userAccounts, desktopAppPaths: PROFILE.desktopAppPaths, startMenuLayoutXml: encodeBase64Utf8(EXPORTED) }],
    });
    expect(lintRequestBody(body(['MSEdge'])).map((f) => f.code)).toContain('layout.tile.notAllowed');
    expect(lintRequestBody(body('not a list')).map((f) => f.code)).not.toContain('layout.tile.notAllowed');
  });

  it('a generated layout lints clean in its profile', () => {
    const tiles = suggestGeneratorTiles(PROFILE).tiles;
    expect(layoutOnly(lintDesign([{ ...PROFILE, startMenuLayoutXml: generateStartLayout({ groupName: 'Lobby', tiles }) }]))).toEqual([]);
  });
});

describe('Export-StartLayout files', () => {
  it('reads a UTF-16LE file with a BOM and lints it clean', () => {
    const text = decodeTextFile(utf16leWithBom(EXPORTED));
    expect(text).toBe(EXPORTED);
    expect(lintStartLayoutXml(text, PROFILE)).toEqual([]);
  });

  it('reads a UTF-8 file with a BOM and keeps CR LF line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(EXPORTED)]);
    expect(decodeTextFile(bytes)).toBe(EXPORTED);
  });

  it('flags the https namespaces of Microsoft’s documented export sample', () => {
    const docSample = EXPORTED.replaceAll('http://schemas', 'https://schemas');
    expect(lintStartLayoutXml(docSample, PROFILE).map((f) => [f.code, f.line])).toEqual([
      ['layout.namespace.https', 1],
      ['layout.namespace.https', 5],
      ['layout.namespace.https', 6],
    ]);
  });
});
