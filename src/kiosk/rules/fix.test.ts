import { describe, expect, it } from 'vitest';
import { entryKey, mergeEntries } from './entry-key';
import type { ProfileLists } from './fix';
import { applyFix, parseEntryPointer } from './fix';

const P = '/assignedAccessMultiModeProfiles/0';
const EDGE = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe';

function lists(partial: Partial<ProfileLists>): ProfileLists {
  return { appUserModelIds: [], desktopAppPaths: [], userAccounts: [], ...partial };
}

describe('entryKey and mergeEntries', () => {
  it('compares paths ignoring case and / versus \\, other lists ignoring case', () => {
    expect(entryKey('desktopAppPaths', ' C:/Windows//explorer.EXE ')).toBe(entryKey('desktopAppPaths', 'c:\\windows\\explorer.exe'));
    expect(entryKey('appUserModelIds', 'MSEdge')).toBe(entryKey('appUserModelIds', 'msedge'));
    expect(entryKey('userAccounts', 'a/b')).not.toBe(entryKey('userAccounts', 'a\\b'));
  });

  it('appends only new values, keeping order, and says what it skipped', () => {
    const result = mergeEntries('desktopAppPaths', ['C:/Windows/explorer.exe'], ['C:\\Windows\\explorer.exe', EDGE, EDGE, '  ']);
    expect(result).toEqual({ next: ['C:/Windows/explorer.exe', EDGE], added: [EDGE], skipped: ['C:\\Windows\\explorer.exe', EDGE] });
  });
});

describe('applyFix', () => {
  it('move: takes the entry out and adds the value to the other list', () => {
    const before = lists({ appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App', EDGE] });
    const result = applyFix(before, { kind: 'move', label: 'Move to desktop app paths', from: `${P}/appUserModelIds/1`, entry: EDGE, toList: 'desktopAppPaths', value: EDGE });
    expect(result).toEqual({ appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'], desktopAppPaths: [EDGE] });
    expect(before.appUserModelIds).toHaveLength(2);
  });

  it('move: does not add a value the target list already has', () => {
    const result = applyFix(lists({ appUserModelIds: [EDGE], desktopAppPaths: [EDGE.toUpperCase()] }), {
      kind: 'move',
      label: 'Move',
      from: `${P}/appUserModelIds/0`,
      entry: EDGE,
      toList: 'desktopAppPaths',
      value: EDGE,
    });
    expect(result).toEqual({ appUserModelIds: [], desktopAppPaths: [EDGE.toUpperCase()] });
  });

  it('maps body indexes (blank entries dropped) back to the design', () => {
    const result = applyFix(lists({ userAccounts: ['', '  ', 'kiosk@contoso.com'] }), {
      kind: 'replace',
      label: 'Change',
      path: `${P}/userAccounts/0`,
      entry: 'kiosk@contoso.com',
      value: 'AzureAD\\kiosk@contoso.com',
    });
    expect(result).toEqual({ userAccounts: ['', '  ', 'AzureAD\\kiosk@contoso.com'] });
  });

  it('returns null when the entry changed since the finding was made', () => {
    expect(
      applyFix(lists({ userAccounts: ['someone@contoso.com'] }), { kind: 'replace', label: 'x', path: `${P}/userAccounts/0`, entry: 'kiosk@contoso.com', value: 'y' }),
    ).toBeNull();
    expect(applyFix(lists({}), { kind: 'replace', label: 'x', path: `${P}/userAccounts/3`, entry: 'a', value: 'b' })).toBeNull();
  });

  it('add: appends once', () => {
    const fix = { kind: 'add', label: 'Add msedge_proxy.exe', list: 'desktopAppPaths', value: 'x.exe' } as const;
    expect(applyFix(lists({ desktopAppPaths: [EDGE] }), fix)).toEqual({ desktopAppPaths: [EDGE, 'x.exe'] });
    expect(applyFix(lists({ desktopAppPaths: ['X.EXE'] }), fix)).toBeNull();
  });

  it('parseEntryPointer reads list and index from a pointer', () => {
    expect(parseEntryPointer(`${P}/desktopAppPaths/12`)).toEqual({ list: 'desktopAppPaths', index: 12 });
    expect(parseEntryPointer(`${P}/profileName`)).toBeNull();
    expect(parseEntryPointer(`${P}/startMenuLayoutXml/1`)).toBeNull();
  });
});
