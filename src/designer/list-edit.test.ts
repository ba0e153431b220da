import { describe, expect, it } from 'vitest';
import { newProfile, type Profile } from '../kiosk';
import { isListEdit } from './list-edit';

const base: Profile = { ...newProfile(), profileName: 'Lobby', appUserModelIds: ['A!App'], desktopAppPaths: ['C:\\a.exe'], userAccounts: ['AzureAD\\x@contoso.com'] };
const other: Profile = { ...newProfile(), profileName: 'Other' };

describe('isListEdit', () => {
  it('is false for typed text: names, taskbar, layout', () => {
    expect(isListEdit([base], [base])).toBe(false);
    expect(isListEdit([base], [{ ...base, profileName: 'Lobby 2', showTaskBar: false, startMenuLayoutXml: '<x/>', appUserModelIds: [...base.appUserModelIds] }])).toBe(false);
  });
  it('is true for an entry added, removed, changed or moved', () => {
    expect(isListEdit([base], [{ ...base, appUserModelIds: ['A!App', 'B!App'] }])).toBe(true);
    expect(isListEdit([base, other], [base, { ...other, userAccounts: ['u'] }])).toBe(true);
    expect(isListEdit([base], [{ ...base, desktopAppPaths: ['C:\\b.exe'] }])).toBe(true);
    const two = { ...base, appUserModelIds: ['A!App', 'B!App'] };
    expect(isListEdit([two], [{ ...two, appUserModelIds: ['B!App', 'A!App'] }])).toBe(true);
  });
  it('is true for one profile added, duplicated, removed or moved', () => {
    const third = { ...newProfile(), profileName: 'Third' };
    expect(isListEdit([base], [base, other])).toBe(true);
    expect(isListEdit([base, other], [base, third, other])).toBe(true);
    expect(isListEdit([base, other], [other])).toBe(true);
    expect(isListEdit([base, other], [other, base])).toBe(true);
  });
  it('is false for a whole design replaced (import, new design, history)', () => {
    const a = { ...newProfile(), profileName: 'A' };
    const b = { ...newProfile(), profileName: 'B' };
    expect(isListEdit([base, other], [a, b])).toBe(false);
    expect(isListEdit([base], [a])).toBe(false);
    expect(isListEdit([base, other, a], [b])).toBe(false);
    expect(isListEdit([base], [a, b, other])).toBe(false);
  });
});
