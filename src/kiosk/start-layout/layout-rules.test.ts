import { describe, expect, it } from 'vitest';
import type { AllowedApps } from './app-names';
import { lintStartLayout } from './layout-rules';

const CALC = 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App';
const PHOTOS = 'Microsoft.Windows.Photos_8wekyb3d8bbwe!App';
const EDGE = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe';
const ALLOWED: AllowedApps = { appUserModelIds: [CALC, PHOTOS], desktopAppPaths: ['%windir%\\explorer.exe', EDGE] };

const HEAD =
  '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">';

/** A layout in Microsoft's Assigned Access shape with the given tile lines in one group. */
function layout(...tiles: string[]): string {
  return [
    HEAD,
    '  <LayoutOptions StartTileGroupCellWidth="6"/>',
    '  <DefaultLayoutOverride>',
    '    <StartLayoutCollection>',
    '      <defaultlayout:StartLayout GroupCellWidth="6">',
    '        <start:Group Name="Apps">',
    ...tiles.map((t) => `          ${t}`),
    '        </start:Group>',
    '      </defaultlayout:StartLayout>',
    '    </StartLayoutCollection>',
    '  </DefaultLayoutOverride>',
    '</LayoutModificationTemplate>',
  ].join('\n');
}

const GOOD = layout(
  `<start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="${CALC}"/>`,
  '<start:DesktopApplicationTile Size="2x2" Column="2" Row="0" DesktopApplicationID="Microsoft.Windows.Explorer"/>',
  '<start:DesktopApplicationTile Size="2x2" Column="4" Row="0" DesktopApplicationLinkPath="%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Microsoft Edge.lnk"/>',
  `<start:Tile Size="4x2" Column="0" Row="2" AppUserModelID="${PHOTOS}"/>`,
  `<start:Tile Size="1x1" Column="4" Row="2" AppUserModelID="${CALC}"/>`,
);

function codes(xml: string, allowed: AllowedApps | null = ALLOWED) {
  return lintStartLayout(xml, allowed).map((f) => `${f.severity} ${f.code} @${f.line}:${f.column}`);
}

describe('lintStartLayout — passing layouts', () => {
  it('accepts Microsoft-shaped layouts with every tile kind and size', () => {
    expect(lintStartLayout(GOOD, ALLOWED)).toEqual([]);
  });

  it('gives no findings for empty text (a missing layout is the body lint’s business)', () => {
    expect(lintStartLayout('', ALLOWED)).toEqual([]);
    expect(lintStartLayout(' \n\t', ALLOWED)).toEqual([]);
  });

  it('accepts namespaces declared on inner elements, as Export-StartLayout writes them', () => {
    const exported = [
      '<LayoutModificationTemplate Version="1" xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification">',
      '  <DefaultLayoutOverride>',
      '    <StartLayoutCollection>',
      '      <defaultlayout:StartLayout GroupCellWidth="6" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout">',
      `        <start:Group Name="Life at a glance" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout">`,
      `          <start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="${CALC}" />`,
      '        </start:Group>',
      '      </defaultlayout:StartLayout>',
      '    </StartLayoutCollection>',
      '  </DefaultLayoutOverride>',
      '</LayoutModificationTemplate>',
    ].join('\r\n');
    expect(lintStartLayout(exported, ALLOWED)).toEqual([]);
  });

  it('skips the allowed-app check when the allowed apps are unknown', () => {
    expect(lintStartLayout(GOOD, null)).toEqual([]);
  });
});

describe('lintStartLayout — rules (each with its line and column)', () => {
  it('layout.xml.malformed: not well-formed', () => {
    // Line from saxes; lint.ts replaces the message and column with checkXmlWellFormed's wording.
    const [finding] = lintStartLayout(GOOD.replace('</start:Group>', '</start:Grup>'), ALLOWED);
    expect([finding?.code, finding?.line]).toEqual(['layout.xml.malformed', 12]);
    expect(codes(GOOD)).toEqual([]);
  });

  it('layout.namespace.https: https instead of http, at the declaration', () => {
    const https = GOOD.replace('xmlns:start="http://', 'xmlns:start="https://');
    const findings = lintStartLayout(https, ALLOWED);
    expect(findings.map((f) => `${f.code} @${f.line}:${f.column}`)).toEqual([`layout.namespace.https @1:${HEAD.indexOf('xmlns:start') + 1}`]);
    expect(findings[0]?.message).toContain('Change it to "http://schemas.microsoft.com/Start/2014/StartLayout"');
    expect(findings[0]?.message).toMatch(/^Line 1, column \d+: /);
    expect(https.slice(findings[0]?.from, findings[0]?.to)).toBe('xmlns:start="https://schemas.microsoft.com/Start/2014/StartLayout"');
    expect(codes(GOOD)).toEqual([]);
  });

  it('layout.namespace: unknown Start namespace and elements outside their namespace', () => {
    expect(codes(GOOD.replace('Start/2014/StartLayout"', 'Start/2014/startlayout"'))).toEqual([`error layout.namespace @1:${HEAD.indexOf('xmlns:start') + 1}`]);
    expect(codes(GOOD.replace('<defaultlayout:StartLayout GroupCellWidth="6">', '<StartLayout GroupCellWidth="6">').replace('</defaultlayout:StartLayout>', '</StartLayout>'))).toEqual([
      'error layout.namespace @5:7',
    ]);
    expect(codes(GOOD)).toEqual([]);
  });

  it('layout.structure: wrong root, missing DefaultLayoutOverride, wrong order, unknown elements, missing tile attributes', () => {
    expect(codes('<AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config"/>')).toEqual(['error layout.structure @1:1']);
    expect(codes(`${HEAD}<LayoutOptions StartTileGroupCellWidth="6"/></LayoutModificationTemplate>`)).toEqual(['error layout.structure @1:1']);
    const appendOnly = `${HEAD}<RequiredStartGroupsCollection/></LayoutModificationTemplate>`;
    expect(lintStartLayout(appendOnly, ALLOWED)[0]?.message).toContain('RequiredStartGroups');
    const swapped = GOOD.replace('  <LayoutOptions StartTileGroupCellWidth="6"/>\n', '').replace('  </DefaultLayoutOverride>\n', '  </DefaultLayoutOverride>\n  <LayoutOptions StartTileGroupCellWidth="6"/>\n');
    expect(codes(swapped)).toEqual(['error layout.structure @15:3']);
    expect(codes(GOOD.replace('<start:Group Name="Apps">', '<start:Group Name="Apps"><start:Banana/>'))).toEqual(['error layout.structure @6:34']);
    expect(codes(layout('<start:Tile Size="2x2" Column="0" Row="0"/>'))).toEqual(['error layout.structure @7:11']);
    expect(codes(layout('<start:DesktopApplicationTile Size="2x2" Column="0" Row="0"/>'))).toEqual(['error layout.structure @7:11']);
    expect(codes(GOOD.replace('<start:Group Name="Apps">', '<start:Group Name="Apps">stray'))).toEqual(['error layout.structure @6:34']);
    expect(codes(GOOD)).toEqual([]);
  });

  it('layout.tile.size: not one of 1x1, 2x2, 4x2, 4x4 (2x4 per XSD), or missing', () => {
    expect(codes(layout(`<start:Tile Size="3x3" Column="0" Row="0" AppUserModelID="${CALC}"/>`))).toEqual(['error layout.tile.size @7:23']);
    expect(codes(layout(`<start:Tile Column="0" Row="0" AppUserModelID="${CALC}"/>`))).toEqual(['error layout.tile.size @7:11']);
    expect(codes(layout(`<start:Tile Size="2x4" Column="0" Row="0" AppUserModelID="${CALC}"/>`))).toEqual([]);
  });

  it('layout.tile.position: Row/Column not non-negative integers, missing, or outside the group', () => {
    expect(codes(layout(`<start:Tile Size="2x2" Column="-1" Row="0" AppUserModelID="${CALC}"/>`))).toEqual(['error layout.tile.position @7:34']);
    expect(codes(layout(`<start:Tile Size="2x2" Column="0" Row="1.5" AppUserModelID="${CALC}"/>`))).toEqual(['error layout.tile.position @7:45']);
    expect(codes(layout(`<start:Tile Size="2x2" Column="0" AppUserModelID="${CALC}"/>`))).toEqual(['error layout.tile.position @7:11']);
    const outside = lintStartLayout(layout(`<start:Tile Size="4x2" Column="4" Row="0" AppUserModelID="${CALC}"/>`), ALLOWED);
    expect(outside.map((f) => f.code)).toEqual(['layout.tile.position']);
    expect(outside[0]?.message).toContain('Use Column="2" or less');
    expect(codes(layout(`<start:Tile Size="4x2" Column="2" Row="7" AppUserModelID="${CALC}"/>`))).toEqual([]);
  });

  it('layout.tile.overlap: a tile over cells another tile already uses', () => {
    const xml = layout(
      `<start:Tile Size="4x4" Column="0" Row="0" AppUserModelID="${CALC}"/>`,
      `<start:Tile Size="2x2" Column="2" Row="2" AppUserModelID="${PHOTOS}"/>`,
    );
    const findings = lintStartLayout(xml, ALLOWED);
    expect(findings.map((f) => `${f.code} @${f.line}:${f.column}`)).toEqual(['layout.tile.overlap @8:11']);
    expect(findings[0]?.message).toContain('overlaps the tile for Calculator at row 0, column 0 (line 7)');
    expect(
      codes(layout(`<start:Tile Size="4x4" Column="0" Row="0" AppUserModelID="${CALC}"/>`, `<start:Tile Size="2x2" Column="4" Row="2" AppUserModelID="${PHOTOS}"/>`)),
    ).toEqual([]);
  });

  it('layout.tile.notAllowed: AUMID tiles and desktop tiles for apps the profile does not allow (warning)', () => {
    const weather = 'Microsoft.BingWeather_8wekyb3d8bbwe!App';
    expect(codes(layout(`<start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="${weather}"/>`))).toEqual(['warning layout.tile.notAllowed @7:11']);
    const caseOnly = lintStartLayout(layout(`<start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="${CALC.toLowerCase()}"/>`), ALLOWED);
    expect(caseOnly[0]?.message).toContain('differs only in letter case');
    const cmd = '<start:DesktopApplicationTile Size="2x2" Column="0" Row="0" DesktopApplicationLinkPath="%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\System Tools\\Command Prompt.lnk"/>';
    expect(codes(layout(cmd))).toEqual(['warning layout.tile.notAllowed @7:71']);
    expect(codes(layout(cmd), { ...ALLOWED, desktopAppPaths: ['%windir%\\System32\\cmd.exe'] })).toEqual([]);
    const explorer = '<start:DesktopApplicationTile Size="2x2" Column="0" Row="0" DesktopApplicationID="Microsoft.Windows.Explorer"/>';
    expect(codes(layout(explorer), { appUserModelIds: [], desktopAppPaths: [EDGE] })).toEqual(['warning layout.tile.notAllowed @7:71']);
    expect(codes(layout(explorer), ALLOWED)).toEqual([]);
  });

  it('layout.tile.notAllowed: desktop shortcuts match programs by name, and only clearly unrelated ones warn', () => {
    const tile = (name: string) => `<start:DesktopApplicationTile Size="2x2" Column="0" Row="0" DesktopApplicationLinkPath="%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\${name}.lnk"/>`;
    const allowed = { appUserModelIds: [], desktopAppPaths: ['C:\\Program Files\\Contoso\\ContosoTool.exe', EDGE, 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE'] };
    for (const name of ['Contoso Tool', 'contosotool', 'Microsoft Edge', 'msedge', 'Word', 'Contoso Tool 2024']) expect(codes(layout(tile(name)), allowed)).toEqual([]);
    for (const name of ['Notepad', 'Fabrikam Reader']) expect(codes(layout(tile(name)), allowed)).toEqual(['warning layout.tile.notAllowed @7:71']);
    // A web link (.url) opens in a browser: not checked.
    expect(codes(layout(tile('Intranet').replace('.lnk', '.url')), allowed)).toEqual([]);
  });

  it('layout.link.notLnk: DesktopApplicationLinkPath that is not a shortcut, with a suggestion', () => {
    const exe = layout(`<start:DesktopApplicationTile Size="2x2" Column="0" Row="0" DesktopApplicationLinkPath="${EDGE}"/>`);
    const findings = lintStartLayout(exe, ALLOWED);
    expect(findings.map((f) => `${f.code} @${f.line}:${f.column}`)).toEqual(['layout.link.notLnk @7:71']);
    expect(findings[0]?.message).toContain('Microsoft Edge.lnk');
    expect(codes(layout('<start:DesktopApplicationTile Size="2x2" Column="0" Row="0" DesktopApplicationLinkPath="%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Microsoft Edge.LNK"/>'))).toEqual([]);
  });

  it('layout.win11StartPins: StartPins JSON or a StartPins element', () => {
    const json = '{ "pinnedList": [ { "packagedAppId": "Microsoft.WindowsCalculator_8wekyb3d8bbwe!App" } ] }';
    expect(codes(`\n  ${json}`)).toEqual(['error layout.win11StartPins @2:3']);
    expect(lintStartLayout(json, ALLOWED)[0]?.message).toContain('Windows 11 StartPins');
    const element = GOOD.replace('  <DefaultLayoutOverride>', `  <DefaultLayoutOverride><v5:StartPins xmlns:v5="http://schemas.microsoft.com/AssignedAccess/2022/config"><![CDATA[${json}]]></v5:StartPins>`);
    expect(codes(element)).toEqual(['error layout.win11StartPins @3:26']);
    expect(codes(GOOD)).toEqual([]);
  });

  it('layout.whitespace: blank lines between elements (indentation is fine)', () => {
    const blank = GOOD.replace('        </start:Group>\n', '        </start:Group>\n\n   \n');
    expect(codes(blank)).toEqual(['warning layout.whitespace @13:1']);
    expect(codes(GOOD.replace('\n', '\r\n\r\n'))).toEqual(['warning layout.whitespace @2:1']);
    expect(codes(GOOD)).toEqual([]);
  });

  it('layout.comment: comments anywhere in the layout', () => {
    expect(codes(GOOD.replace('        <start:Group Name="Apps">', '        <!-- kiosk apps --><start:Group Name="Apps">'))).toEqual(['warning layout.comment @6:9']);
    expect(codes(GOOD)).toEqual([]);
  });

  it('reports findings in document order, columns counted in characters', () => {
    const xml = layout(`<start:Tile Size="9x9" Column="x" Row="0" AppUserModelID="😀.App_8wekyb3d8bbwe!App"/>`).replace('Name="Apps"', 'Name="😀"');
    const findings = lintStartLayout(xml, ALLOWED);
    expect(findings.map((f) => f.code)).toEqual(['layout.tile.notAllowed', 'layout.tile.size', 'layout.tile.position']);
    expect(findings.map((f) => f.from)).toEqual([...findings.map((f) => f.from)].sort((a, b) => a - b));
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['<', '<a', '<a/><b/>', '<!DOCTYPE x><x/>', '&', '[]', '<a>&bogus;</a>', '\u0000', '<?xml version="1.0"?>']) {
      expect(() => lintStartLayout(text, ALLOWED)).not.toThrow();
    }
  });
});
