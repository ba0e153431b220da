import { describe, expect, it } from 'vitest';
import { designDraftSchema, designSchema, duplicateProfile, GUID_PATTERN, newProfile, profileDraftSchema, profileSchema } from './schema';

const valid = {
  id: 'cfa70299-0299-cfa7-9902-a7cf9902a7cf',
  profileName: 'Lobby',
  showTaskBar: true,
  appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'],
  desktopAppPaths: ['%windir%\\explorer.exe'],
  userAccounts: ['AzureAD\\kiosk@contoso.com'],
  startMenuLayoutXml: '',
};

function messages(value: unknown): string[] {
  const result = profileSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('profileSchema', () => {
  it('accepts a valid profile and keeps values as typed', () => {
    const parsed = profileSchema.parse({ ...valid, profileName: '  Lobby  ' });
    expect(parsed.profileName).toBe('  Lobby  ');
  });

  it('requires a GUID id', () => {
    expect(messages({ ...valid, id: 'not-a-guid' })).toEqual(['id: Profile id must be a GUID like 1b4e28ba-2fa1-11d2-883f-0016d3cca427']);
    expect(messages({ ...valid, id: '{cfa70299-0299-cfa7-9902-a7cf9902a7cf}' })).toHaveLength(1);
    expect(GUID_PATTERN.test('CFA70299-0299-CFA7-9902-A7CF9902A7CF')).toBe(true);
  });

  it('requires a non-blank name of at most 200 characters', () => {
    expect(messages({ ...valid, profileName: '   ' })).toEqual(['profileName: Give the profile a name — Intune shows it to admins.']);
    expect(messages({ ...valid, profileName: 'x'.repeat(200) })).toEqual([]);
    expect(messages({ ...valid, profileName: 'x'.repeat(201) })).toEqual(['profileName: Keep the profile name to 200 characters or fewer.']);
  });

  it('checks the field types', () => {
    expect(messages({ ...valid, showTaskBar: 'yes' })).toHaveLength(1);
    expect(messages({ ...valid, appUserModelIds: [1] })).toHaveLength(1);
    expect(messages({ ...valid, startMenuLayoutXml: null })).toHaveLength(1);
  });

  it('parses a design as a list of profiles', () => {
    expect(designSchema.parse([valid, valid])).toHaveLength(2);
    expect(designSchema.safeParse([{ ...valid, id: '' }]).success).toBe(false);
  });
});

describe('draft schemas', () => {
  it('accept work in progress but still check the shape', () => {
    const draft = { ...valid, id: '', profileName: '' };
    expect(profileDraftSchema.parse(draft)).toEqual(draft);
    expect(designDraftSchema.safeParse([draft]).success).toBe(true);
    expect(designDraftSchema.safeParse([{ ...draft, showTaskBar: 'true' }]).success).toBe(false);
    expect(designDraftSchema.safeParse({}).success).toBe(false);
  });

  it('drop unknown keys, including __proto__ from JSON', () => {
    const parsed = profileDraftSchema.parse(JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(valid).slice(1)}`));
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(valid).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('newProfile', () => {
  it('creates a blank profile with a fresh GUID', () => {
    const a = newProfile();
    const b = newProfile();
    expect(a).toEqual({ ...valid, id: a.id, profileName: '', appUserModelIds: [], desktopAppPaths: [], userAccounts: [] });
    expect(GUID_PATTERN.test(a.id)).toBe(true);
    expect(a.id).not.toBe(b.id);
  });

  it('applies overrides', () => {
    const p = newProfile({ profileName: 'Lobby', showTaskBar: false, appUserModelIds: ['x'] });
    expect(p.profileName).toBe('Lobby');
    expect(p.showTaskBar).toBe(false);
    expect(p.appUserModelIds).toEqual(['x']);
    expect(newProfile({ profileName: undefined }).profileName).toBe('');
  });
});

describe('duplicateProfile', () => {
  it('copies with a new id and a unique "(copy)" name', () => {
    const copy = duplicateProfile(valid, ['Lobby']);
    expect(copy).toEqual({ ...valid, id: copy.id, profileName: 'Lobby (copy)' });
    expect(copy.id).not.toBe(valid.id);
    expect(copy.appUserModelIds).not.toBe(valid.appUserModelIds);
  });

  it('numbers further copies', () => {
    expect(duplicateProfile(valid, ['Lobby', 'Lobby (copy)']).profileName).toBe('Lobby (copy 2)');
    expect(duplicateProfile(valid, ['Lobby', 'lobby (COPY)', 'Lobby (copy 2)']).profileName).toBe('Lobby (copy 3)');
  });
});
