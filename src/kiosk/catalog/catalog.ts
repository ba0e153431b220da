// The app catalog behind "Add from catalog": common inbox and Microsoft apps with the values
// Assigned Access needs (AUMID and/or desktop path), the companions each needs and a short note.
// The data is the reviewed file apps.json, each entry with the doc it comes from; it is checked
// here against a zod schema when first read, and every entry must lint clean (catalog.test.ts).
import * as z from 'zod/mini';
import raw from './apps.json';

const listName = z.enum(['appUserModelIds', 'desktopAppPaths']);

export const catalogAppSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  /** Extra search words (e.g. "browser" for Edge). */
  keywords: z.array(z.string()),
  appUserModelIds: z.array(z.string().check(z.minLength(1))),
  desktopAppPaths: z.array(z.string().check(z.minLength(1))),
  /** Further entries the app needs to work, with why. */
  companions: z.array(z.object({ list: listName, value: z.string().check(z.minLength(1)), why: z.string().check(z.minLength(1)) })),
  note: z.string().check(z.minLength(1)),
  /** The Microsoft doc the values come from, or Microsoft's how-to for checking them. */
  source: z.string().check(z.startsWith('https://learn.microsoft.com/')),
  /** 'microsoft': the value appears in the linked doc; 'community': common lists, check with Get-StartApps. */
  sourceKind: z.enum(['microsoft', 'community']),
});

export const catalogSchema = z.object({ apps: z.array(catalogAppSchema).check(z.minLength(1)) });

export type CatalogApp = z.infer<typeof catalogAppSchema>;
export type CatalogList = z.infer<typeof listName>;

/** All catalog apps, in the reviewed file's order. Throws at load if apps.json breaks the schema. */
export const APP_CATALOG: readonly CatalogApp[] = catalogSchema.parse(raw).apps;

/** Every value the app adds, main entries first, then companions. */
export function catalogEntries(app: CatalogApp): Record<CatalogList, string[]> {
  const out: Record<CatalogList, string[]> = {
    appUserModelIds: [...app.appUserModelIds],
    desktopAppPaths: [...app.desktopAppPaths],
  };
  for (const companion of app.companions) out[companion.list].push(companion.value);
  return out;
}

/** Apps whose name, keywords or values contain every word of `query` (ignoring case). */
export function searchCatalog(query: string, apps: readonly CatalogApp[] = APP_CATALOG): CatalogApp[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...apps];
  return apps.filter((app) => {
    const haystack = [app.name, ...app.keywords, ...app.appUserModelIds, ...app.desktopAppPaths, ...app.companions.map((c) => c.value)]
      .join('\n')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
