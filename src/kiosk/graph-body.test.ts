import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBase64Utf8, encodeBase64Utf8 } from './base64';
import { designIndexOfBodyEntry, fromGraphBody, ODATA_TYPE, toGraphBody } from './graph-body';
import type { Design, Profile } from './schema';
import { GUID_PATTERN } from './schema';

const LAYOUT =
  '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" Version="1">' +
  '<!-- Empfangshalle – Café 你好 😀 --></LayoutModificationTemplate>';

const lobby: Profile = {
  id: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  profileName: 'Lobby',
  showTaskBar: true,
  appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'],
  desktopAppPaths: ['%windir%\\explorer.exe'],
  userAccounts: ['AzureAD\\kiosk@contoso.com'],
  startMenuLayoutXml: 'startMenuLayoutXml',
};

describe('toGraphBody', () => {
  it('produces the exact body, keys in Graph order', () => {
    expect(JSON.stringify(toGraphBody([lobby]))).toBe(
      '{"assignedAccessMultiModeProfiles":[{"@odata.type":"#microsoft.graph.windowsAssignedAccessProfile",' +
        '"id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","profileName":"Lobby","showTaskBar":true,' +
        '"appUserModelIds":["Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"],"desktopAppPaths":["%windir%\\\\explorer.exe"],' +
        '"userAccounts":["AzureAD\\\\kiosk@contoso.com"],"startMenuLayoutXml":"c3RhcnRNZW51TGF5b3V0WG1s"}]}',
    );
  });

  it('trims the name and list entries, drops empty entries, keeps order', () => {
    const body = toGraphBody([
      { ...lobby, profileName: '  Lobby  ', appUserModelIds: [' b ', '', '   ', 'a'], desktopAppPaths: ['\t'], userAccounts: ['x ', ' y'] },
    ]);
    const [profile] = body.assignedAccessMultiModeProfiles;
    expect(profile?.profileName).toBe('Lobby');
    expect(profile?.appUserModelIds).toEqual(['b', 'a']);
    expect(profile?.desktopAppPaths).toEqual([]);
    expect(profile?.userAccounts).toEqual(['x', 'y']);
  });

  it('omits startMenuLayoutXml when the layout is empty or whitespace', () => {
    for (const layout of ['', '  \n\t ']) {
      const json = JSON.stringify(toGraphBody([{ ...lobby, startMenuLayoutXml: layout }]));
      expect(json).not.toContain('startMenuLayoutXml');
      expect(json.endsWith('"userAccounts":["AzureAD\\\\kiosk@contoso.com"]}]}')).toBe(true);
    }
  });

  it('sends the layout as base64 of its exact UTF-8 text, non-ASCII included', () => {
    const [profile] = toGraphBody([{ ...lobby, startMenuLayoutXml: `\uFEFF${LAYOUT}\n` }]).assignedAccessMultiModeProfiles;
    expect(decodeBase64Utf8(profile?.startMenuLayoutXml ?? '')).toBe(`\uFEFF${LAYOUT}\n`);
  });

  it('maps an empty design to an empty profile list', () => {
    expect(toGraphBody([])).toEqual({ assignedAccessMultiModeProfiles: [] });
  });
});

describe('designIndexOfBodyEntry', () => {
  it('maps a body index back to the design entry', () => {
    const entries = ['', 'a', '  ', 'b'];
    expect(designIndexOfBodyEntry(entries, 0)).toBe(1);
    expect(designIndexOfBodyEntry(entries, 1)).toBe(3);
    expect(designIndexOfBodyEntry(entries, 2)).toBe(-1);
  });
});

// The example body from the Graph doc for the action (domain.md §1.2).
const GRAPH_DOC_EXAMPLE = {
  assignedAccessMultiModeProfiles: [
    {
      '@odata.type': '#microsoft.graph.windowsAssignedAccessProfile',
      id: 'cfa70299-0299-cfa7-9902-a7cf9902a7cf',
      profileName: 'Profile Name value',
      showTaskBar: true,
      appUserModelIds: ['App User Model Ids value'],
      desktopAppPaths: ['Desktop App Paths value'],
      userAccounts: ['User Accounts value'],
      startMenuLayoutXml: 'c3RhcnRNZW51TGF5b3V0WG1s',
    },
  ],
};

function profileJson(overrides: Record<string, unknown> = {}, omit: string[] = []): Record<string, unknown> {
  const base: Record<string, unknown> = { ...GRAPH_DOC_EXAMPLE.assignedAccessMultiModeProfiles[0], ...overrides };
  return Object.fromEntries(Object.entries(base).filter(([key]) => !omit.includes(key)));
}

function read(profile: unknown) {
  return fromGraphBody({ assignedAccessMultiModeProfiles: [profile] });
}

describe('fromGraphBody', () => {
  it('reads the Graph doc example body', () => {
    expect(fromGraphBody(GRAPH_DOC_EXAMPLE)).toEqual({
      design: [
        {
          id: 'cfa70299-0299-cfa7-9902-a7cf9902a7cf',
          profileName: 'Profile Name value',
          showTaskBar: true,
          appUserModelIds: ['App User Model Ids value'],
          desktopAppPaths: ['Desktop App Paths value'],
          userAccounts: ['User Accounts value'],
          startMenuLayoutXml: 'startMenuLayoutXml',
        },
      ],
      findings: [],
    });
  });

  it('accepts a missing @odata.type, which Graph infers', () => {
    expect(read(profileJson({}, ['@odata.type'])).findings).toEqual([]);
  });

  it('reports a different @odata.type as an error', () => {
    const { design, findings } = read(profileJson({ '@odata.type': '#microsoft.graph.windowsKioskProfile' }));
    expect(design).toHaveLength(1);
    expect(findings).toMatchObject([{ path: '/assignedAccessMultiModeProfiles/0/@odata.type', severity: 'error', code: 'profile.odataType' }]);
  });

  it('wraps a bare list of profiles, with a warning', () => {
    const { design, findings } = fromGraphBody([profileJson(), profileJson({ appUserModelIds: [1] })]);
    expect(design).toHaveLength(2);
    expect(findings).toMatchObject([
      { path: '', severity: 'warning', code: 'body.wrapped' },
      { path: '/1/appUserModelIds/0', severity: 'error', code: 'profile.type' },
    ]);
  });

  it('wraps a single profile, with a warning', () => {
    const { design, findings } = fromGraphBody(profileJson({ showTaskBar: 'yes' }));
    expect(design).toHaveLength(1);
    expect(findings).toMatchObject([
      { path: '', severity: 'warning', code: 'body.wrapped' },
      { path: '/showTaskBar', severity: 'error', code: 'profile.type' },
    ]);
  });

  it.each([null, 42, 'text', true, {}, { something: 1 }])('reports %j as not a body', (json) => {
    const { design, findings } = fromGraphBody(json);
    expect(design).toEqual([]);
    expect(findings).toMatchObject([{ path: '', severity: 'error', code: 'body.shape' }]);
  });

  it('reports a profile list that is not a list', () => {
    expect(fromGraphBody({ assignedAccessMultiModeProfiles: {} })).toMatchObject({
      design: [],
      findings: [{ path: '/assignedAccessMultiModeProfiles', severity: 'error', code: 'body.shape' }],
    });
  });

  it('skips profiles that are not objects', () => {
    const { design, findings } = fromGraphBody({ assignedAccessMultiModeProfiles: [null, profileJson()] });
    expect(design).toHaveLength(1);
    expect(findings).toMatchObject([{ path: '/assignedAccessMultiModeProfiles/0', severity: 'error', code: 'profile.shape' }]);
  });

  it('gives a profile without an id a new GUID, with a warning', () => {
    const { design, findings } = read(profileJson({}, ['id']));
    expect(GUID_PATTERN.test(design[0]?.id ?? '')).toBe(true);
    expect(findings).toMatchObject([{ path: '/assignedAccessMultiModeProfiles/0/id', severity: 'warning', code: 'profile.id.missing' }]);
    expect(findings[0]?.message).toContain(design[0]?.id);
  });

  it('replaces an id that is not a GUID, with a warning', () => {
    const { design, findings } = read(profileJson({ id: 'kiosk-1' }));
    expect(design[0]?.id).not.toBe('kiosk-1');
    expect(GUID_PATTERN.test(design[0]?.id ?? '')).toBe(true);
    expect(findings).toMatchObject([{ severity: 'warning', code: 'profile.id.format' }]);
    expect(read(profileJson({ id: 7 })).findings).toMatchObject([{ severity: 'warning', code: 'profile.type' }]);
  });

  it('reports a missing or non-text profileName and reads it as empty', () => {
    const missing = read(profileJson({}, ['profileName']));
    expect(missing.design[0]?.profileName).toBe('');
    expect(missing.findings).toMatchObject([{ path: '/assignedAccessMultiModeProfiles/0/profileName', severity: 'error', code: 'profile.name.empty' }]);
    const wrong = read(profileJson({ profileName: ['x'] }));
    expect(wrong.design[0]?.profileName).toBe('');
    expect(wrong.findings).toMatchObject([{ severity: 'error', code: 'profile.type' }]);
  });

  it('reads a missing showTaskBar as false with a warning, and a non-boolean with an error', () => {
    const missing = read(profileJson({}, ['showTaskBar']));
    expect(missing.design[0]?.showTaskBar).toBe(false);
    expect(missing.findings).toMatchObject([{ path: '/assignedAccessMultiModeProfiles/0/showTaskBar', severity: 'warning', code: 'profile.showTaskBar.missing' }]);
    const wrong = read(profileJson({ showTaskBar: 'true' }));
    expect(wrong.design[0]?.showTaskBar).toBe(false);
    expect(wrong.findings).toMatchObject([{ severity: 'error', code: 'profile.type' }]);
  });

  it('reads missing lists as empty, reports non-lists and drops non-text entries', () => {
    const missing = read(profileJson({}, ['appUserModelIds', 'desktopAppPaths', 'userAccounts']));
    expect(missing.findings).toEqual([]);
    expect(missing.design[0]).toMatchObject({ appUserModelIds: [], desktopAppPaths: [], userAccounts: [] });

    const wrong = read(profileJson({ desktopAppPaths: 'C:\\x.exe', userAccounts: ['a', 3, null, 'b'] }));
    expect(wrong.design[0]).toMatchObject({ desktopAppPaths: [], userAccounts: ['a', 'b'] });
    expect(wrong.findings).toMatchObject([
      { path: '/assignedAccessMultiModeProfiles/0/desktopAppPaths', severity: 'error', code: 'profile.type' },
      { path: '/assignedAccessMultiModeProfiles/0/userAccounts/1', severity: 'error', code: 'profile.type' },
      { path: '/assignedAccessMultiModeProfiles/0/userAccounts/2', severity: 'error', code: 'profile.type' },
    ]);
  });

  it('reads a null or absent layout as no layout', () => {
    expect(read(profileJson({ startMenuLayoutXml: null })).design[0]?.startMenuLayoutXml).toBe('');
    expect(read(profileJson({}, ['startMenuLayoutXml']))).toMatchObject({ design: [{ startMenuLayoutXml: '' }], findings: [] });
  });

  it('drops a layout that is not base64 or not UTF-8, saying why', () => {
    const bad = read(profileJson({ startMenuLayoutXml: 'PExheW91dE1vZGlm%' }));
    expect(bad.design[0]?.startMenuLayoutXml).toBe('');
    expect(bad.findings).toMatchObject([{ path: '/assignedAccessMultiModeProfiles/0/startMenuLayoutXml', severity: 'error', code: 'layout.base64' }]);
    expect(bad.findings[0]?.message).toContain("character '%'");

    const notUtf8 = read(profileJson({ startMenuLayoutXml: 'wyg=' }));
    expect(notUtf8.findings).toMatchObject([{ code: 'layout.base64' }]);
    expect(notUtf8.findings[0]?.message).toContain('not valid UTF-8');

    expect(read(profileJson({ startMenuLayoutXml: 5 })).findings).toMatchObject([{ code: 'profile.type' }]);
  });

  it('warns about and ignores unknown properties', () => {
    const { design, findings } = read(profileJson({ showTaskbar: false, 'a/b': 1 }));
    expect(design[0]).not.toHaveProperty('showTaskbar');
    expect(findings).toMatchObject([
      { path: '/assignedAccessMultiModeProfiles/0/showTaskbar', severity: 'warning', code: 'profile.unknownProperty' },
      { path: '/assignedAccessMultiModeProfiles/0/a~1b', severity: 'warning', code: 'profile.unknownProperty' },
    ]);
    expect(findings[0]?.message).toMatch(/^ignored: Graph's windowsAssignedAccessProfile has no property showTaskbar\./);
    expect(findings[0]?.message).toContain('did you mean showTaskBar?');
    expect(fromGraphBody({ ...GRAPH_DOC_EXAMPLE, extra: 1 }).findings).toMatchObject([{ path: '/extra', severity: 'warning', code: 'body.unknownProperty' }]);
  });

  it('does not pollute prototypes with __proto__ keys from JSON', () => {
    const json: unknown = JSON.parse(
      '{"__proto__":{"polluted":1},"assignedAccessMultiModeProfiles":[{"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}},' +
        '"id":"cfa70299-0299-cfa7-9902-a7cf9902a7cf","profileName":"x","showTaskBar":true}]}',
    );
    const { design, findings } = fromGraphBody(json);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(design[0])).toBe(Object.prototype);
    expect(design[0]).not.toHaveProperty('polluted');
    expect(findings.map((f) => f.path)).toEqual([
      '/__proto__',
      '/assignedAccessMultiModeProfiles/0/__proto__',
      '/assignedAccessMultiModeProfiles/0/constructor',
    ]);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withDate: true }),
        (value) => {
          const result = fromGraphBody(value);
          expect(Array.isArray(result.design)).toBe(true);
        },
      ),
    );
    fc.assert(fc.property(fc.jsonValue(), (value) => Array.isArray(fromGraphBody(value).design)));
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('id', 'profileName', 'showTaskBar', 'appUserModelIds', 'startMenuLayoutXml', '@odata.type', 'x'), fc.jsonValue())), (profiles) => {
        const result = fromGraphBody({ assignedAccessMultiModeProfiles: profiles });
        expect(result.design).toHaveLength(profiles.length);
      }),
    );
  });

  it('reads back any valid design exactly (property)', () => {
    const trimmed = (unit: 'grapheme' | 'binary', minLength: number, maxLength: number) =>
      fc.string({ unit, minLength, maxLength }).filter((s) => s.trim() === s && s.length >= minLength);
    const entry = fc.oneof(trimmed('grapheme', 1, 40), trimmed('binary', 1, 40));
    const layout = fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => /\S/.test(s)), fc.constant(`\uFEFF${LAYOUT}\r\n`));
    const profile: fc.Arbitrary<Profile> = fc.record({
      id: fc.uuid(),
      profileName: fc.oneof(trimmed('grapheme', 1, 200), trimmed('binary', 1, 50)),
      showTaskBar: fc.boolean(),
      appUserModelIds: fc.array(entry, { maxLength: 5 }),
      desktopAppPaths: fc.array(entry, { maxLength: 5 }),
      userAccounts: fc.array(entry, { maxLength: 5 }),
      startMenuLayoutXml: layout,
    });
    fc.assert(
      fc.property(fc.array(profile, { maxLength: 4 }), (design: Design) => {
        const result = fromGraphBody(JSON.parse(JSON.stringify(toGraphBody(design))));
        expect(result.findings).toEqual([]);
        expect(result.design).toEqual(design);
      }),
    );
  });

  it('reads back a layout byte for byte', () => {
    const body = { assignedAccessMultiModeProfiles: [profileJson({ startMenuLayoutXml: encodeBase64Utf8(LAYOUT) })] };
    expect(fromGraphBody(body).design[0]?.startMenuLayoutXml).toBe(LAYOUT);
    expect(ODATA_TYPE).toBe('#microsoft.graph.windowsAssignedAccessProfile');
  });
});
