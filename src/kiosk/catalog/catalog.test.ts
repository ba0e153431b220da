import { describe, expect, it } from 'vitest';
import type { Finding, Profile } from '..';
import { RULE_CODES, lintDesign } from '..';
import raw from './apps.json';
import { APP_CATALOG, catalogEntries, catalogSchema, searchCatalog } from './catalog';

const RULES = new Set<string>(Object.values(RULE_CODES));

function profileWith(lists: Pick<Profile, 'appUserModelIds' | 'desktopAppPaths'>): Profile {
  return {
    id: '9a2a490f-10f6-4764-974a-43b19e722c23',
    profileName: 'Catalog',
    showTaskBar: true,
    userAccounts: ['AzureAD\\kiosk@contoso.onmicrosoft.com'],
    startMenuLayoutXml: '',
    ...lists,
  };
}

/** Findings about the apps, accounts and lists (not the Start layout, which this profile lacks on purpose). */
const appFindings = (findings: Finding[]) => findings.filter((f) => RULES.has(f.code) || f.code.startsWith('list.'));

describe('app catalog', () => {
  it('reads apps.json with unique ids and names', () => {
    expect(catalogSchema.safeParse(raw).success).toBe(true);
    expect(new Set(APP_CATALOG.map((a) => a.id)).size).toBe(APP_CATALOG.length);
    expect(new Set(APP_CATALOG.map((a) => a.name.toLowerCase())).size).toBe(APP_CATALOG.length);
    expect(APP_CATALOG.length).toBeGreaterThanOrEqual(20);
  });

  it('rejects an entry without a Microsoft source', () => {
    const [first] = raw.apps;
    expect(catalogSchema.safeParse({ apps: [{ ...first, source: 'https://example.com/aumids' }] }).success).toBe(false);
  });

  it.each(APP_CATALOG.map((app) => [app.name, app] as const))('%s lints clean on its own, companions included', (_name, app) => {
    expect(appFindings(lintDesign([profileWith(catalogEntries(app))]))).toEqual([]);
  });

  it('the whole catalog in one profile lints clean', () => {
    const all = { appUserModelIds: APP_CATALOG.flatMap((a) => catalogEntries(a).appUserModelIds), desktopAppPaths: APP_CATALOG.flatMap((a) => catalogEntries(a).desktopAppPaths) };
    expect(appFindings(lintDesign([profileWith(all)]))).toEqual([]);
  });

  it('Edge brings its companions: msedge_proxy.exe and the packaged id', () => {
    const edge = APP_CATALOG.find((a) => a.id === 'edge');
    expect(edge && catalogEntries(edge)).toEqual({
      appUserModelIds: ['Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App'],
      desktopAppPaths: ['%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe', '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge_proxy.exe'],
    });
  });
});

describe('searchCatalog', () => {
  it('matches names, keywords and values, every word, ignoring case', () => {
    expect(searchCatalog('edge').map((a) => a.id)).toEqual(['edge']);
    expect(searchCatalog('BROWSER').map((a) => a.id)).toEqual(['edge']);
    expect(searchCatalog('8wekyb3d8bbwe!Microsoft.Zune').map((a) => a.id)).toEqual(['movies-tv', 'media-player']);
    expect(searchCatalog('office mail').map((a) => a.id)).toEqual(['outlook']);
    expect(searchCatalog('no such app')).toEqual([]);
  });

  it('returns everything for an empty query', () => {
    expect(searchCatalog('  ')).toHaveLength(APP_CATALOG.length);
  });
});
