import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase64Bytes, encodeBase64Utf8 } from './base64';
import { findingsByPath } from './findings';
import { toGraphBody } from './graph-body';
import { GRAPH_MAX_REQUEST_BYTES, lintDesign, lintRequestBody } from './lint';
import type { Design, Profile } from './schema';

const LAYOUT = `<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">
  <DefaultLayoutOverride>
    <StartLayoutCollection>
      <defaultlayout:StartLayout GroupCellWidth="6">
        <start:Group Name="Empfang">
          <start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/>
        </start:Group>
      </defaultlayout:StartLayout>
    </StartLayoutCollection>
  </DefaultLayoutOverride>
</LayoutModificationTemplate>`;

const ID_A = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
const ID_B = 'cfa70299-0299-cfa7-9902-a7cf9902a7cf';
const P = '/assignedAccessMultiModeProfiles/0';

function profileJson(overrides: Record<string, unknown> = {}, omit: string[] = []): Record<string, unknown> {
  const base: Record<string, unknown> = {
    '@odata.type': '#microsoft.graph.windowsAssignedAccessProfile',
    id: ID_A,
    profileName: 'Lobby',
    showTaskBar: true,
    appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App', 'Microsoft.Windows.Photos_8wekyb3d8bbwe!App'],
    desktopAppPaths: ['%windir%\\explorer.exe'],
    userAccounts: ['AzureAD\\kiosk@contoso.com'],
    startMenuLayoutXml: encodeBase64Utf8(LAYOUT),
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter(([key]) => !omit.includes(key)));
}

function lintProfiles(...profiles: unknown[]) {
  return lintRequestBody({ assignedAccessMultiModeProfiles: profiles });
}

/** code/severity/path triples, for compact expectations. */
function summary(findings: { code: string; severity: string; path: string }[]) {
  return findings.map(({ code, severity, path }) => ({ code, severity, path }));
}

describe('lintRequestBody — passing body', () => {
  it('finds nothing wrong with a good body', () => {
    expect(lintProfiles(profileJson(), profileJson({ id: ID_B, profileName: 'Reception', userAccounts: ['AzureAD\\reception@contoso.com'] }))).toEqual([]);
  });

  it('accepts a missing @odata.type, a null layout and missing lists', () => {
    // No layout is allowed but warned about: Windows 10 kiosks need one (start-layout rules).
    expect(summary(lintProfiles(profileJson({ startMenuLayoutXml: null }, ['@odata.type'])))).toEqual([
      { code: 'layout.missing', severity: 'warning', path: `${P}/startMenuLayoutXml` },
    ]);
    // Missing lists read as empty: the kiosk rules then say the profile allows nothing and applies to nobody.
    expect(summary(lintProfiles(profileJson({}, ['appUserModelIds', 'desktopAppPaths', 'userAccounts'])))).toEqual([
      { code: 'profile.noApps', severity: 'error', path: `${P}/appUserModelIds` },
      { code: 'account.none', severity: 'warning', path: `${P}/userAccounts` },
      { code: 'layout.tile.notAllowed', severity: 'warning', path: `${P}/startMenuLayoutXml` },
    ]);
  });
});

describe('lintRequestBody — body rules', () => {
  it.each([
    ['not an object', [1, 2], ''],
    ['null', null, ''],
    ['missing the profile list', {}, ''],
    ['a profile list that is not a list', { assignedAccessMultiModeProfiles: 'x' }, '/assignedAccessMultiModeProfiles'],
  ])('body.shape: %s', (_label, body, path) => {
    expect(summary(lintRequestBody(body))).toEqual([{ code: 'body.shape', severity: 'error', path }]);
  });

  it('body.empty: no profiles', () => {
    const findings = lintRequestBody({ assignedAccessMultiModeProfiles: [] });
    expect(summary(findings)).toEqual([{ code: 'body.empty', severity: 'error', path: '/assignedAccessMultiModeProfiles' }]);
    expect(findings[0]?.message).toContain('Add at least one profile');
  });

  it('body.unknownProperty: extra top-level property', () => {
    expect(summary(lintRequestBody({ assignedAccessMultiModeProfiles: [profileJson()], value: [] }))).toEqual([
      { code: 'body.unknownProperty', severity: 'warning', path: '/value' },
    ]);
  });

  it('body.tooLarge: over 4 MB, with the size and what to do', () => {
    const bigLayout = encodeBase64Utf8(LAYOUT.replace('Name="Empfang"', `Name="${'x'.repeat(1024 * 1024)}"`));
    const profiles = [0, 1, 2].map((n) =>
      profileJson({ id: `1b4e28ba-2fa1-11d2-883f-0016d3cca42${n}`, profileName: `Lobby ${n}`, userAccounts: [`AzureAD\\kiosk${n}@contoso.com`], startMenuLayoutXml: bigLayout }),
    );
    const findings = lintProfiles(...profiles);
    expect(summary(findings)).toEqual([{ code: 'body.tooLarge', severity: 'error', path: '' }]);
    expect(findings[0]?.message).toMatch(/request body is 4\.\d\d MB/);
    expect(findings[0]?.message).toContain('Split the profiles across several device configurations');
    expect(summary(lintProfiles(...profiles.slice(0, 2)))).toEqual([]);
    expect(GRAPH_MAX_REQUEST_BYTES).toBe(4 * 1024 * 1024);
  });

  it('body.notJson: values JSON cannot carry', () => {
    expect(summary(lintRequestBody({ assignedAccessMultiModeProfiles: [profileJson({ showTaskBar: 1n })] }))).toEqual([
      { code: 'body.notJson', severity: 'error', path: '' },
      { code: 'profile.type', severity: 'error', path: `${P}/showTaskBar` },
    ]);
  });
});

describe('lintRequestBody — profile rules', () => {
  it('profile.shape: a profile that is not an object', () => {
    expect(summary(lintProfiles(profileJson(), 'Lobby'))).toEqual([{ code: 'profile.shape', severity: 'error', path: '/assignedAccessMultiModeProfiles/1' }]);
  });

  it('profile.odataType: wrong @odata.type', () => {
    expect(summary(lintProfiles(profileJson({ '@odata.type': '#microsoft.graph.windowsKioskProfile' })))).toEqual([
      { code: 'profile.odataType', severity: 'error', path: `${P}/@odata.type` },
    ]);
  });

  it.each([
    ['id', 42],
    ['profileName', null],
    ['showTaskBar', 'true'],
    ['appUserModelIds', 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'],
    ['desktopAppPaths', {}],
    ['userAccounts', null],
    ['startMenuLayoutXml', 12],
  ])('profile.type: %s = %j', (key, value) => {
    expect(summary(lintProfiles(profileJson({ [key]: value })))).toEqual([{ code: 'profile.type', severity: 'error', path: `${P}/${key}` }]);
  });

  it('profile.type: a list entry that is not text', () => {
    expect(summary(lintProfiles(profileJson({ userAccounts: ['a', 5] })))).toEqual([{ code: 'profile.type', severity: 'error', path: `${P}/userAccounts/1` }]);
  });

  it('profile.id.missing', () => {
    expect(summary(lintProfiles(profileJson({}, ['id'])))).toEqual([{ code: 'profile.id.missing', severity: 'error', path: `${P}/id` }]);
  });

  it('profile.id.format', () => {
    const findings = lintProfiles(profileJson({ id: '{1b4e28ba-2fa1-11d2-883f-0016d3cca427}' }));
    expect(summary(findings)).toEqual([{ code: 'profile.id.format', severity: 'error', path: `${P}/id` }]);
    expect(findings[0]?.message).toContain('without braces');
  });

  it('profile.id.duplicate: on the later profile, ignoring case', () => {
    const findings = lintProfiles(
      profileJson(),
      profileJson({ id: ID_B, profileName: 'Reception', userAccounts: ['AzureAD\\reception@contoso.com'] }),
      profileJson({ id: ID_A.toUpperCase(), profileName: 'Other', userAccounts: ['AzureAD\\other@contoso.com'] }),
    );
    expect(summary(findings)).toEqual([{ code: 'profile.id.duplicate', severity: 'error', path: '/assignedAccessMultiModeProfiles/2/id' }]);
    expect(findings[0]?.message).toContain('same id as profile 1');
  });

  it.each([[''], ['   ']])('profile.name.empty: %j', (name) => {
    const findings = lintProfiles(profileJson({ profileName: name }));
    expect(summary(findings)).toEqual([{ code: 'profile.name.empty', severity: 'error', path: `${P}/profileName` }]);
    expect(findings[0]?.message).toContain('Give the profile a name');
  });

  it('profile.name.empty: missing name', () => {
    expect(summary(lintProfiles(profileJson({}, ['profileName'])))).toEqual([{ code: 'profile.name.empty', severity: 'error', path: `${P}/profileName` }]);
  });

  it('profile.showTaskBar.missing: warns', () => {
    expect(summary(lintProfiles(profileJson({}, ['showTaskBar'])))).toEqual([{ code: 'profile.showTaskBar.missing', severity: 'warning', path: `${P}/showTaskBar` }]);
  });

  it('profile.unknownProperty: warns, with a spelling hint', () => {
    const findings = lintProfiles(profileJson({ ShowTaskBar: true, 'x/y~z': 1 }));
    expect(summary(findings)).toEqual([
      { code: 'profile.unknownProperty', severity: 'warning', path: `${P}/ShowTaskBar` },
      { code: 'profile.unknownProperty', severity: 'warning', path: `${P}/x~1y~0z` },
    ]);
    expect(findings[0]?.message).toContain('did you mean showTaskBar?');
  });
});

describe('lintRequestBody — list entries', () => {
  it('list.entry.empty: points at the entry', () => {
    expect(summary(lintProfiles(profileJson({ desktopAppPaths: ['%windir%\\explorer.exe', '  '] })))).toEqual([
      { code: 'list.entry.empty', severity: 'error', path: `${P}/desktopAppPaths/1` },
    ]);
  });

  it('list.entry.duplicate: on the later entry, naming the first index', () => {
    const findings = lintProfiles(
      profileJson({ appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App', 'MSEdge', ' microsoft.windowscalculator_8wekyb3d8bbwe!app '] }),
    );
    expect(summary(findings)).toEqual([{ code: 'list.entry.duplicate', severity: 'error', path: `${P}/appUserModelIds/2` }]);
    expect(findings[0]?.message).toContain('index 0');
  });

  it('does not treat the same entry in different lists or profiles as a duplicate', () => {
    const apps = ['MSEdge', 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'];
    expect(lintProfiles(profileJson({ userAccounts: ['MSEdge'], appUserModelIds: apps }), profileJson({ id: ID_B, profileName: 'Reception', appUserModelIds: apps }))).toEqual([]);
  });
});

describe('lintRequestBody — Start layout', () => {
  it('layout.base64: not base64', () => {
    const findings = lintProfiles(profileJson({ startMenuLayoutXml: '<LayoutModificationTemplate/>' }));
    expect(summary(findings)).toEqual([{ code: 'layout.base64', severity: 'error', path: `${P}/startMenuLayoutXml` }]);
    expect(findings[0]?.message).toContain("character '<'");
  });

  it('layout.base64: not UTF-8', () => {
    const findings = lintProfiles(profileJson({ startMenuLayoutXml: encodeBase64Bytes(new Uint8Array([0xc3, 0x28])) }));
    expect(summary(findings)).toEqual([{ code: 'layout.base64', severity: 'error', path: `${P}/startMenuLayoutXml` }]);
    expect(findings[0]?.message).toContain('not valid UTF-8');
  });

  it('layout.xml.malformed: says line and column', () => {
    const broken = LAYOUT.replace('</start:Group>', '</start:Grup>');
    const findings = lintProfiles(profileJson({ startMenuLayoutXml: encodeBase64Utf8(broken) }));
    expect(summary(findings)).toEqual([{ code: 'layout.xml.malformed', severity: 'error', path: `${P}/startMenuLayoutXml` }]);
    expect(findings[0]?.message).toContain('line 7, column 9');
    expect(findings[0]?.message).toContain('</start:Grup> does not match opening tag <start:Group>');
  });

  it('an empty layout string means no layout (layout.missing warns)', () => {
    expect(summary(lintProfiles(profileJson({ startMenuLayoutXml: '' })))).toEqual([{ code: 'layout.missing', severity: 'warning', path: `${P}/startMenuLayoutXml` }]);
  });
});

describe('lintRequestBody — robustness and order', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withDate: true }),
        (value) => {
          const findings = lintRequestBody(value);
          expect(findings.every((f) => f.code !== 'lint.internal')).toBe(true);
          expect(lintRequestBody({ assignedAccessMultiModeProfiles: [value] }).every((f) => f.code !== 'lint.internal')).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('id', 'profileName', 'showTaskBar', 'appUserModelIds', 'startMenuLayoutXml', '@odata.type', '__proto__'), fc.jsonValue())), (profiles) => {
        expect(lintProfiles(...profiles).every((f) => f.code !== 'lint.internal')).toBe(true);
      }),
    );
  });

  it('lists findings in document order', () => {
    const findings = lintProfiles(
      profileJson({ id: 'x', appUserModelIds: ['', 'a', 'A'], extra: 1 }),
      profileJson({ id: ID_B, profileName: ' ', userAccounts: ['AzureAD\\reception@contoso.com'], startMenuLayoutXml: '%' }),
    );
    expect(findings.map((f) => f.path)).toEqual([
      `${P}/id`,
      `${P}/appUserModelIds/0`,
      `${P}/appUserModelIds/2`,
      `${P}/startMenuLayoutXml`, // the Calculator tile is no longer an allowed app
      `${P}/extra`,
      '/assignedAccessMultiModeProfiles/1/profileName',
      '/assignedAccessMultiModeProfiles/1/startMenuLayoutXml',
    ]);
    expect([...findingsByPath(findings).keys()]).toHaveLength(7);
  });

  it('writes messages that name the profile and say what to do', () => {
    const [finding] = lintProfiles(profileJson({ profileName: 'Lobby', desktopAppPaths: [''] }));
    expect(finding?.message).toBe('Profile 1 ("Lobby"): entry 1 of desktop app paths is empty. Fill in a desktop app path or remove the entry.');
  });
});

describe('lintDesign', () => {
  const profile: Profile = {
    id: ID_A,
    profileName: ' Lobby ',
    showTaskBar: false,
    appUserModelIds: ['', 'MSEdge', ' msedge'],
    desktopAppPaths: [],
    userAccounts: [],
    startMenuLayoutXml: '<a>',
  };

  it('gives the same findings as linting the body, with body indexes', () => {
    const design: Design = [profile, { ...profile, profileName: '' }];
    const findings = lintDesign(design);
    expect(findings).toEqual(lintRequestBody(toGraphBody(design)));
    expect(summary(findings)).toEqual([
      { code: 'list.entry.duplicate', severity: 'error', path: `${P}/appUserModelIds/1` },
      { code: 'account.none', severity: 'warning', path: `${P}/userAccounts` },
      { code: 'layout.xml.malformed', severity: 'error', path: `${P}/startMenuLayoutXml` },
      { code: 'profile.id.duplicate', severity: 'error', path: '/assignedAccessMultiModeProfiles/1/id' },
      { code: 'profile.name.empty', severity: 'error', path: '/assignedAccessMultiModeProfiles/1/profileName' },
      { code: 'list.entry.duplicate', severity: 'error', path: '/assignedAccessMultiModeProfiles/1/appUserModelIds/1' },
      { code: 'account.none', severity: 'warning', path: '/assignedAccessMultiModeProfiles/1/userAccounts' },
      { code: 'layout.xml.malformed', severity: 'error', path: '/assignedAccessMultiModeProfiles/1/startMenuLayoutXml' },
    ]);
  });

  it('reports an empty design', () => {
    expect(summary(lintDesign([]))).toEqual([{ code: 'body.empty', severity: 'error', path: '/assignedAccessMultiModeProfiles' }]);
  });
});
