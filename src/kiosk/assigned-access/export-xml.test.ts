import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGraphBody } from '../graph-body';
import type { Design, Profile } from '../schema';
import { cdataText, exportAssignedAccessXml, type XmlExportResult } from './export-xml';
import { importAssignedAccessXml } from './import-xml';
import { parseXmlTree } from './xml-tree';
import { checkAssignedAccessRules } from './xsd-rules';

function xmlOf(result: XmlExportResult): string {
  if (!result.ok) throw new Error(`expected XML, got problems: ${result.problems.join(' | ')}`);
  return result.xml;
}

function profile(overrides: Partial<Profile>): Profile {
  return {
    id: '9a2a490f-10f6-4764-974a-43b19e722c23',
    profileName: 'Front desk',
    showTaskBar: true,
    appUserModelIds: [],
    desktopAppPaths: [],
    userAccounts: [],
    startMenuLayoutXml: '',
    ...overrides,
  };
}

describe('exportAssignedAccessXml', () => {
  it('writes the expected document: namespace, braced Id, element order, CDATA layout, one Config per account', () => {
    const design: Design = [
      profile({
        id: '9A2A490F-10f6-4764-974a-43B19E722C23',
        profileName: '  Front & "back" desk ',
        appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App', '  '],
        desktopAppPaths: ['%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe'],
        userAccounts: ['AzureAD\\kiosk@contoso.com', 'CONTOSO\\r&d'],
        startMenuLayoutXml: '<LayoutModificationTemplate/>',
      }),
      profile({ id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', profileName: 'Warehouse', showTaskBar: false, desktopAppPaths: ['%windir%\\System32\\osk.exe'] }),
    ];
    const result = exportAssignedAccessXml(design);
    expect(xmlOf(result)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config">',
        '  <Profiles>',
        '    <Profile Id="{9A2A490F-10f6-4764-974a-43B19E722C23}" Name="Front &amp; &quot;back&quot; desk">',
        '      <AllAppsList>',
        '        <AllowedApps>',
        '          <App AppUserModelId="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/>',
        '          <App DesktopAppPath="%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe"/>',
        '        </AllowedApps>',
        '      </AllAppsList>',
        '      <StartLayout><![CDATA[<LayoutModificationTemplate/>]]></StartLayout>',
        '      <Taskbar ShowTaskbar="true"/>',
        '    </Profile>',
        '    <Profile Id="{3f2504e0-4f89-11d3-9a0c-0305e82c3301}" Name="Warehouse">',
        '      <AllAppsList>',
        '        <AllowedApps>',
        '          <App DesktopAppPath="%windir%\\System32\\osk.exe"/>',
        '        </AllowedApps>',
        '      </AllAppsList>',
        '      <Taskbar ShowTaskbar="false"/>',
        '    </Profile>',
        '  </Profiles>',
        '  <Configs>',
        '    <Config>',
        '      <Account>AzureAD\\kiosk@contoso.com</Account>',
        '      <DefaultProfile Id="{9A2A490F-10f6-4764-974a-43B19E722C23}"/>',
        '    </Config>',
        '    <Config>',
        '      <Account>CONTOSO\\r&amp;d</Account>',
        '      <DefaultProfile Id="{9A2A490F-10f6-4764-974a-43B19E722C23}"/>',
        '    </Config>',
        '  </Configs>',
        '</AssignedAccessConfiguration>',
        '',
      ].join('\n'),
    );
    expect(result.notes).toEqual([
      'Profile 2 ("Warehouse") has no Start layout. Windows 10 needs one for a multi-app kiosk; Windows 11 ignores it (it uses Start pins, which this designer does not write).',
      'Profile 2 ("Warehouse") has no accounts, so no Config points to it and Windows will not use it. Add the accounts that should sign in to it.',
    ]);
  });

  it('carries the same profiles, names, apps and accounts as the Graph body', () => {
    const design: Design = [profile({ profileName: ' Lobby ', appUserModelIds: [' A!App ', ''], userAccounts: [' kiosk '] })];
    const back = importAssignedAccessXml(xmlOf(exportAssignedAccessXml(design)));
    if (!back.ok) throw new Error(back.message);
    expect(toGraphBody(back.design)).toEqual(toGraphBody(design));
  });

  it('splits "]]>" and keeps CR in a Start layout, so parsing gives the layout back byte for byte', () => {
    const layout = '\r\n  <a b="]]>"/>\r\n]]]]>\r';
    expect(cdataText(layout)).toBe('&#13;<![CDATA[\n  <a b="]]]]><![CDATA[>"/>]]>&#13;<![CDATA[\n]]]]]]><![CDATA[>]]>&#13;');
    const xml = xmlOf(exportAssignedAccessXml([profile({ appUserModelIds: ['A!App'], startMenuLayoutXml: layout })]));
    const tree = parseXmlTree(xml);
    if (!tree.ok) throw new Error(tree.message);
    const layoutElement = tree.root.children[0]?.children[0]?.children.find((c) => c.local === 'StartLayout');
    expect(layoutElement?.text).toBe(layout);
  });

  it('writes a duplicate app once (ForbidDupApps), also across AUMIDs and paths, and says so', () => {
    const result = exportAssignedAccessXml([profile({ appUserModelIds: ['A!App', 'A!App'], desktopAppPaths: ['A!App', 'b.exe'], userAccounts: ['k'] })]);
    expect(xmlOf(result).match(/<App /g)).toHaveLength(2);
    expect(result.notes.filter((n) => n.includes('listed twice'))).toHaveLength(2);
  });

  it('notes an account that is in two profiles', () => {
    const result = exportAssignedAccessXml([
      profile({ appUserModelIds: ['A!App'], userAccounts: ['Kiosk'], startMenuLayoutXml: '<x/>' }),
      profile({ id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', profileName: 'B', appUserModelIds: ['A!App'], userAccounts: ['kiosk'], startMenuLayoutXml: '<x/>' }),
    ]);
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual(['The account "Kiosk" is assigned to 2 profiles ("Front desk", "B"); Windows signs an account in to one profile only. Keep it in one.']);
  });

  it('refuses what the schema forbids, saying what to fix', () => {
    const problems = (design: Design) => {
      const result = exportAssignedAccessXml(design);
      if (result.ok) throw new Error('expected problems');
      return result.problems;
    };
    expect(problems([])).toEqual(['The design has no profiles. Add a profile with at least one app first.']);
    expect(problems([profile({})])[0]).toContain('has no apps');
    expect(problems([profile({ id: 'nope', appUserModelIds: ['A!App'] })])[0]).toContain('is not a GUID');
    expect(problems([profile({ appUserModelIds: ['A!App'] }), profile({ id: '9A2A490F-10F6-4764-974A-43B19E722C23', appUserModelIds: ['A!App'] })])[0]).toContain('same id as profile 1');
    expect(problems([profile({ appUserModelIds: ['A\u0001!App'] })])[0]).toContain('U+0001');
    expect(problems([profile({ appUserModelIds: ['A!App'], startMenuLayoutXml: '<x>\uD800</x>' })])[0]).toContain('U+D800');
  });
});

// ——— Round trip: any realistic design → XML → design gives the same design ———

const SITES = ['Front desk', 'Lobby', 'Café', 'Empfang – Büro', '受付', 'Warehouse 🏭', 'R&D "lab"', "Visitor's desk", '<Kiosk>', 'a]]>b', 'Line\tbreak', 'two\nlines'];
const name = fc
  .array(fc.constantFrom(...SITES), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(' ').trim())
  .filter((n) => n !== '' && n.length <= 200);
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,11}$/);
const aumid = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z0-9]{13}$/), word)
  .map(([family, publisher, app]) => `${family.join('.')}_${publisher}!${app}`);
const path = fc
  .tuple(
    fc.constantFrom('%ProgramFiles%', '%ProgramFiles(x86)%', '%windir%\\System32', 'C:\\Program Files', 'D:\\Tools & "Co"'),
    fc.array(fc.constantFrom('Contoso', 'Büro', 'Edge', 'R&D', "it's", 'x<y>', '日本'), { maxLength: 2 }),
    word,
  )
  .map(([root, folders, exe]) => [root, ...folders, `${exe}.exe`].join('\\'));
const account = fc.oneof(
  word.map((u) => `AzureAD\\${u}@contoso.onmicrosoft.com`),
  word.map((u) => `CONTOSO\\${u}`),
  word.map((u) => `.\\${u}`),
  word.map((u) => `${u}&co`),
);
const layout = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.array(fc.constantFrom(...SITES, ']]>', '&amp;', '🖥️'), { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '\n  ', '\r\n'))
    .map(([groups, eol, lead]) =>
      [
        `${lead}<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" Version="1">`,
        ...groups.map((g) => `  <start:Group Name="${g}"/>`),
        '</LayoutModificationTemplate>',
      ].join(eol),
    ),
);
const guid = fc.uuid().chain((id) => fc.mixedCase(fc.constant(id)));
const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    id: guid,
    profileName: name,
    showTaskBar: fc.boolean(),
    appUserModelIds: fc.uniqueArray(aumid, { maxLength: 5 }),
    desktopAppPaths: fc.uniqueArray(path, { maxLength: 5 }),
    userAccounts: fc.uniqueArray(account, { maxLength: 4 }),
    startMenuLayoutXml: layout,
  })
  .filter((p) => p.appUserModelIds.length + p.desktopAppPaths.length > 0);
const designArb = fc.uniqueArray(profileArb, { minLength: 1, maxLength: 5, selector: (p) => p.id.toLowerCase() });

describe('export → import round trip', () => {
  it('gives back the same design, ids (and their case) included, with nothing to report', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const xml = xmlOf(exportAssignedAccessXml(design));
        expect(checkAssignedAccessRules(xml)).toEqual([]);
        const back = importAssignedAccessXml(xml);
        if (!back.ok) throw new Error(back.message);
        expect(back.notes).toEqual([]);
        expect(back.design).toEqual(design);
      }),
      { numRuns: 300 },
    );
  });

  it('export never throws and is either valid XML or a list of problems, whatever the strings', () => {
    const anyProfile = fc.record({
      id: fc.oneof(guid, fc.string()),
      profileName: fc.string({ unit: 'binary' }),
      showTaskBar: fc.boolean(),
      appUserModelIds: fc.array(fc.string({ unit: 'binary' }), { maxLength: 3 }),
      desktopAppPaths: fc.array(fc.string({ unit: 'binary' }), { maxLength: 3 }),
      userAccounts: fc.array(fc.string({ unit: 'binary' }), { maxLength: 3 }),
      startMenuLayoutXml: fc.string({ unit: 'binary' }),
    });
    fc.assert(
      fc.property(fc.array(anyProfile, { maxLength: 3 }), (design) => {
        const result = exportAssignedAccessXml(design);
        if (result.ok) expect(checkAssignedAccessRules(result.xml)).toEqual([]);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
