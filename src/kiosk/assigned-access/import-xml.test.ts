import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import groupsFixture from './fixtures/autologon-groups-global.xml?raw';
import windows10Fixture from './fixtures/windows-10-autolaunch.xml?raw';
import windows11Fixture from './fixtures/windows-11-start-pins.xml?raw';
import { importAssignedAccessXml, type XmlImportNote, type XmlImportResult } from './import-xml';

const FRONT_DESK_LAYOUT =
  '<LayoutModificationTemplate xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1" xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification"><LayoutOptions StartTileGroupCellWidth="6"/><DefaultLayoutOverride><StartLayoutCollection><defaultlayout:StartLayout GroupCellWidth="6"><start:Group Name="Kiosk"><start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/><start:DesktopApplicationTile Size="2x2" Column="2" Row="0" DesktopApplicationLinkPath="%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Microsoft Edge.lnk"/></start:Group></defaultlayout:StartLayout></StartLayoutCollection></DefaultLayoutOverride></LayoutModificationTemplate>';

function ok(result: XmlImportResult): Extract<XmlImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected an import, got: ${result.message}`);
  return result;
}

function codes(notes: readonly XmlImportNote[]): string[] {
  return notes.map((n) => `${n.kind}:${n.code}`);
}

const MINIMAL = (profile: string, configs = '') =>
  `<AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config" xmlns:rs5="http://schemas.microsoft.com/AssignedAccess/201810/config"><Profiles>${profile}</Profiles><Configs>${configs}</Configs></AssignedAccessConfiguration>`;
const APP = '<AllAppsList><AllowedApps><App AppUserModelId="A_1!App"/></AllowedApps></AllAppsList>';

describe("importAssignedAccessXml on Microsoft's published samples", () => {
  it('Windows 10 sample: one profile, the Entra account, the layout; auto-launch reported', () => {
    const result = ok(importAssignedAccessXml(windows10Fixture));
    expect(result.design).toEqual([
      {
        id: '9A2A490F-10F6-4764-974A-43B19E722C23',
        profileName: 'Front desk',
        showTaskBar: true,
        appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'],
        desktopAppPaths: ['%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe'],
        userAccounts: ['AzureAD\\kiosk@contoso.onmicrosoft.com'],
        startMenuLayoutXml: FRONT_DESK_LAYOUT,
      },
    ]);
    expect(codes(result.notes)).toEqual(['lost:autoLaunch']);
    expect(result.notes[0]?.message).toContain('msedge.exe');
    expect(result.notes[0]?.line).toBe(13);
  });

  it('Windows 11 variant (other prefixes, same URIs): Start pins reported with their count, no layout', () => {
    const result = ok(importAssignedAccessXml(windows11Fixture));
    expect(result.design).toHaveLength(1);
    expect(result.design[0]?.startMenuLayoutXml).toBe('');
    expect(result.design[0]?.userAccounts).toEqual(['AzureAD\\kiosk@contoso.onmicrosoft.com']);
    expect(codes(result.notes)).toEqual(['lost:autoLaunch', 'lost:startPins']);
    expect(result.notes[1]?.message).toContain('2 pins');
  });

  it('auto-logon, groups, global profile, File Explorer, taskbar layout, single-app kiosk: all reported, nothing silent', () => {
    const result = ok(importAssignedAccessXml(groupsFixture));
    expect(result.design).toEqual([
      {
        id: '9A2A490F-10F6-4764-974A-43B19E722C23',
        profileName: 'Imported profile 1',
        showTaskBar: false,
        appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App', 'Microsoft.Windows.Photos_8wekyb3d8bbwe!App'],
        desktopAppPaths: ['%windir%\\System32\\cmd.exe', '%windir%\\explorer.exe'],
        userAccounts: ['contoso\\user'],
        startMenuLayoutXml: '',
      },
    ]);
    expect(codes(result.notes)).toEqual([
      'changed:profileName',
      'lost:fileExplorer',
      'lost:taskbarLayout',
      'lost:kioskModeApp',
      'lost:breakoutSequence',
      'lost:globalProfile',
      'lost:autoLogon',
      'lost:kioskModeApp',
      'lost:userGroup',
      'lost:userGroup',
      'lost:userGroup',
      'lost:specialGroup',
    ]);
    const text = result.notes.map((n) => n.message).join('\n');
    expect(text).toContain('Downloads folder and removable drives');
    expect(text).toContain('"MS Learn Example"');
    expect(text).toContain('"Edge kiosk"');
    expect(text).toContain('"Ctrl+A"');
    expect(text).toContain('AzureActiveDirectoryGroup "6b5e1a63-3a2d-4f3e-9b8e-2b1f0c3d4e5f"');
    expect(text).toContain('"Visitor"');
    expect(text).toContain('except the device owner');
  });
});

describe('importAssignedAccessXml details', () => {
  it('keeps the id case and strips the braces; maps Configs to profiles case-insensitively', () => {
    const xml = MINIMAL(
      `<Profile Id="{aBcDeF01-2345-6789-abcd-EF0123456789}" Name="P">${APP}<Taskbar ShowTaskbar="0"/></Profile>`,
      '<Config><Account>.\\kiosk</Account><DefaultProfile Id="{ABCDEF01-2345-6789-ABCD-EF0123456789}"/></Config>',
    );
    const result = ok(importAssignedAccessXml(xml));
    expect(result.design[0]?.id).toBe('aBcDeF01-2345-6789-abcd-EF0123456789');
    expect(result.design[0]?.showTaskBar).toBe(false);
    expect(result.design[0]?.userAccounts).toEqual(['.\\kiosk']);
    expect(result.notes).toEqual([]);
  });

  it('matches by namespace URI: a look-alike element in another namespace is reported, not used', () => {
    const xml = MINIMAL(
      `<Profile Id="{9A2A490F-10F6-4764-974A-43B19E722C23}" Name="P" xmlns:x="urn:other">${APP}<x:StartLayout>not a layout</x:StartLayout><Taskbar ShowTaskbar="true"/></Profile>`,
    );
    const result = ok(importAssignedAccessXml(xml));
    expect(result.design[0]?.startMenuLayoutXml).toBe('');
    expect(codes(result.notes)).toEqual(['lost:unknownElement']);
    expect(result.notes[0]?.message).toContain('urn:other');
  });

  it('reads a Start layout given as escaped text, keeps CR from &#13;, and rejects one given as elements', () => {
    const escaped = MINIMAL(
      `<Profile Id="{9A2A490F-10F6-4764-974A-43B19E722C23}" Name="P">${APP}<StartLayout>&lt;A/&gt;&#13;\n<![CDATA[<B/>]]></StartLayout><Taskbar ShowTaskbar="true"/></Profile>`,
    );
    expect(ok(importAssignedAccessXml(escaped)).design[0]?.startMenuLayoutXml).toBe('<A/>\r\n<B/>');
    const asElements = MINIMAL(`<Profile Id="{9A2A490F-10F6-4764-974A-43B19E722C23}" Name="P">${APP}<StartLayout><A/></StartLayout><Taskbar ShowTaskbar="true"/></Profile>`);
    const result = ok(importAssignedAccessXml(asElements));
    expect(result.design[0]?.startMenuLayoutXml).toBe('');
    expect(codes(result.notes)).toEqual(['lost:startLayout']);
  });

  it('reports a Config that points nowhere, a missing Taskbar, an App without target and unknown attributes', () => {
    const xml = MINIMAL(
      `<Profile Id="not-a-guid" Name="P" Color="red"><AllAppsList><AllowedApps><App/><App AppUserModelId="A!App" Extra="1"/></AllowedApps></AllAppsList></Profile>`,
      '<Config><Account>ghost</Account><DefaultProfile Id="{00000000-0000-0000-0000-000000000001}"/></Config><Config><Account>kiosk</Account><DefaultProfile Id="not-a-guid"/></Config>',
    );
    const result = ok(importAssignedAccessXml(xml));
    const [profile] = result.design;
    expect(profile?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(profile?.userAccounts).toEqual(['kiosk']);
    expect(profile?.appUserModelIds).toEqual(['A!App']);
    expect(codes(result.notes).sort()).toEqual(
      ['changed:profileId', 'changed:taskbar', 'lost:app', 'lost:config', 'lost:unknownAttribute', 'lost:unknownAttribute'].sort(),
    );
  });

  it('a second profile with the same Id gets a new id; its accounts stay with the first', () => {
    const id = '{9A2A490F-10F6-4764-974A-43B19E722C23}';
    const xml = MINIMAL(
      `<Profile Id="${id}" Name="A">${APP}<Taskbar ShowTaskbar="true"/></Profile><Profile Id="${id}" Name="B">${APP}<Taskbar ShowTaskbar="true"/></Profile>`,
      `<Config><Account>kiosk</Account><DefaultProfile Id="${id}"/></Config>`,
    );
    const result = ok(importAssignedAccessXml(xml));
    expect(result.design.map((p) => p.profileName)).toEqual(['A', 'B']);
    expect(result.design[1]?.id).not.toBe(result.design[0]?.id);
    expect(result.design[0]?.userAccounts).toEqual(['kiosk']);
    expect(result.design[1]?.userAccounts).toEqual([]);
    expect(codes(result.notes)).toEqual(['changed:profileId']);
  });

  it('reads Configs placed before Profiles (the root is xs:all)', () => {
    const xml =
      '<AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config"><Configs><Config><Account>kiosk</Account><DefaultProfile Id="{9A2A490F-10F6-4764-974A-43B19E722C23}"/></Config></Configs>' +
      `<Profiles><Profile Id="{9A2A490F-10F6-4764-974A-43B19E722C23}" Name="P">${APP}<Taskbar ShowTaskbar="true"/></Profile></Profiles></AssignedAccessConfiguration>`;
    expect(ok(importAssignedAccessXml(xml)).design[0]?.userAccounts).toEqual(['kiosk']);
  });

  it('decodes HTML-encoded XML (as the WMI bridge holds it) and says so', () => {
    const encoded = windows10Fixture.replace(/^<\?xml[^>]*\?>\n/, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
    const result = ok(importAssignedAccessXml(encoded));
    expect(result.design[0]?.profileName).toBe('Front desk');
    expect(codes(result.notes)).toEqual(['changed:htmlEncoded', 'lost:autoLaunch']);
  });

  it('accepts pasted text with blank lines before the XML declaration, keeping line numbers true', () => {
    const result = ok(importAssignedAccessXml(`\n\n${windows10Fixture}`));
    expect(result.notes[0]?.line).toBe(15);
  });
});

describe('importAssignedAccessXml refuses what it cannot read, with a reason', () => {
  const refused = (text: string) => {
    const result = importAssignedAccessXml(text);
    if (result.ok) throw new Error('expected a refusal');
    return result.message;
  };

  it('empty text, malformed XML, DOCTYPE and entities', () => {
    expect(refused('  ')).toContain('empty');
    expect(refused('<AssignedAccessConfiguration>')).toMatch(/not well-formed XML\. Line 1, column \d+/);
    const bomb = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;">]><a>&y;</a>';
    expect(refused(bomb)).toContain('DOCTYPE');
  });

  it('the wrong root or the wrong namespace', () => {
    expect(refused('<AssignedAccessConfiguration><Profiles/><Configs/></AssignedAccessConfiguration>')).toContain('no namespace');
    expect(refused('<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification"/>')).toContain('Start layout');
    expect(refused('<ShellLauncherConfiguration xmlns="http://schemas.microsoft.com/ShellLauncher/2018/Configuration"/>')).toContain('Shell Launcher');
  });

  it('a file with only a single-app kiosk profile: nothing to import, but the notes say why', () => {
    const xml =
      '<AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config"><Profiles><Profile Id="{EDB3036B-780D-487D-A375-69369D8A8F78}"><KioskModeApp AppUserModelId="Microsoft.BingWeather_8wekyb3d8bbwe!App"/></Profile></Profiles><Configs/></AssignedAccessConfiguration>';
    const result = importAssignedAccessXml(xml);
    expect(result.ok).toBe(false);
    expect(codes(result.notes)).toEqual(['lost:kioskModeApp']);
  });

  it('never throws, whatever the input', () => {
    const fragments = fc.constantFrom(
      '<AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config">',
      '</AssignedAccessConfiguration>',
      '<Profiles>',
      '</Profiles>',
      '<Profile Id="{9A2A490F-10F6-4764-974A-43B19E722C23}">',
      '</Profile>',
      APP,
      '<Configs>',
      '<Config><Account>x</Account><DefaultProfile Id="{9A2A490F-10F6-4764-974A-43B19E722C23}"/></Config>',
      '<![CDATA[',
      ']]>',
      '&lt;',
      '&#0;',
      '<!DOCTYPE x>',
      '<?xml version="1.0"?>',
      '\uFEFF',
      '\uD800',
      '__proto__',
      '<x:y xmlns:x="urn:x">',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string()), { maxLength: 30 }), (parts) => {
        const result = importAssignedAccessXml(parts.join(''));
        expect(typeof result.ok).toBe('boolean');
        expect(Array.isArray(result.notes)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
