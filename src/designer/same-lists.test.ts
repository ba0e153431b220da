import { describe, expect, it } from 'vitest';
import { newProfile, type Profile } from '../kiosk';
import { sameLists } from './same-lists';

const base: Profile = { ...newProfile(), profileName: 'Lobby', appUserModelIds: ['A!App'], desktopAppPaths: ['C:\\a.exe'], userAccounts: ['AzureAD\\x@contoso.com'] };

describe('sameLists', () => {
  it('ignores typed text: names, taskbar, layout', () => {
    expect(sameLists([base], [{ ...base, profileName: 'Lobby 2', showTaskBar: false, startMenuLayoutXml: '<x/>', appUserModelIds: [...base.appUserModelIds] }])).toBe(true);
  });
  it('sees an entry added, removed, changed or moved', () => {
    expect(sameLists([base], [{ ...base, appUserModelIds: ['A!App', 'B!App'] }])).toBe(false);
    expect(sameLists([base], [{ ...base, userAccounts: [] }])).toBe(false);
    expect(sameLists([base], [{ ...base, desktopAppPaths: ['C:\\b.exe'] }])).toBe(false);
    const two = { ...base, appUserModelIds: ['A!App', 'B!App'] };
    expect(sameLists([two], [{ ...two, appUserModelIds: ['B!App', 'A!App'] }])).toBe(false);
  });
  it('sees a profile added, removed or moved', () => {
    const other = { ...newProfile(), profileName: 'Other' };
    expect(sameLists([base], [base, other])).toBe(false);
    expect(sameLists([base, other], [base])).toBe(false);
    expect(sameLists([base, other], [other, base])).toBe(false);
  });
});
