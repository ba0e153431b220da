// Apps that need a second allowed entry to work: "If an app has a dependency on another app, both
// must be included in the allowed apps list."
// https://learn.microsoft.com/en-us/windows/configuration/assigned-access/configuration-file#allapplist
import type { ListName } from './entry-key';
import { pathKey } from './entry-key';

export const EDGE_STABLE_AUMID = 'Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App';
export const EXPLORER_PATH = '%windir%\\explorer.exe';

export interface CompanionNeed {
  /** The entry that needs the companion. */
  list: ListName;
  index: number;
  /** What to add, and where. */
  addTo: ListName;
  value: string;
  /** Why the companion is needed, in admin language. */
  why: string;
}

const EDGE_DIR = '\\microsoft\\edge\\application\\';

/** `…\Microsoft\Edge\Application\` as the admin wrote it (with backslashes), or null. */
function edgeFolder(path: string, exe: string): string | null {
  const key = pathKey(path);
  if (!key.endsWith(EDGE_DIR + exe)) return null;
  return path.trim().replace(/\//g, '\\').slice(0, -exe.length);
}

function hasPathEnding(paths: readonly string[], ending: string): boolean {
  return paths.some((path) => pathKey(path).endsWith(ending));
}

/**
 * The companions missing from a profile, one per missing entry, on the first entry that needs it.
 * - Chromium Edge (msedge.exe) also needs msedge_proxy.exe, which starts sites and web apps
 *   pinned to Start, and its packaged identity Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App;
 *   msedge_proxy.exe on its own needs msedge.exe, which it starts.
 *   https://learn.microsoft.com/en-us/deployedge/microsoft-edge-configure-kiosk-mode
 * - File Explorer's id Microsoft.Windows.Explorer only names a Start tile: the program that runs is
 *   explorer.exe, which must be allowed ("add Explorer.exe to the list of allowed apps").
 */
export function missingCompanions(aumids: readonly string[], paths: readonly string[]): CompanionNeed[] {
  const needs: CompanionNeed[] = [];
  const aumidKeys = new Set(aumids.map((a) => a.trim().toLowerCase()));

  const edgeIndex = paths.findIndex((p) => edgeFolder(p, 'msedge.exe') !== null);
  if (edgeIndex >= 0) {
    const folder = edgeFolder(paths[edgeIndex] ?? '', 'msedge.exe') ?? '';
    if (!hasPathEnding(paths, EDGE_DIR + 'msedge_proxy.exe')) {
      needs.push({
        list: 'desktopAppPaths',
        index: edgeIndex,
        addTo: 'desktopAppPaths',
        value: `${folder}msedge_proxy.exe`,
        why: 'Microsoft Edge starts sites and web apps pinned to Start through msedge_proxy.exe, so without it they are blocked.',
      });
    }
    if (!aumidKeys.has(EDGE_STABLE_AUMID.toLowerCase())) {
      needs.push({
        list: 'desktopAppPaths',
        index: edgeIndex,
        addTo: 'appUserModelIds',
        value: EDGE_STABLE_AUMID,
        why: 'Microsoft Edge also runs under its packaged identity, which sites pinned to Start use.',
      });
    }
  } else {
    const proxyIndex = paths.findIndex((p) => edgeFolder(p, 'msedge_proxy.exe') !== null);
    if (proxyIndex >= 0) {
      const folder = edgeFolder(paths[proxyIndex] ?? '', 'msedge_proxy.exe') ?? '';
      needs.push({
        list: 'desktopAppPaths',
        index: proxyIndex,
        addTo: 'desktopAppPaths',
        value: `${folder}msedge.exe`,
        why: 'msedge_proxy.exe only hands over to Microsoft Edge (msedge.exe).',
      });
    }
  }

  const explorerIndex = aumids.findIndex((a) => a.trim().toLowerCase() === 'microsoft.windows.explorer');
  if (explorerIndex >= 0 && !hasPathEnding(paths, '\\explorer.exe')) {
    needs.push({
      list: 'appUserModelIds',
      index: explorerIndex,
      addTo: 'desktopAppPaths',
      value: EXPLORER_PATH,
      why: "Microsoft.Windows.Explorer only names File Explorer's Start tile; the program that runs is explorer.exe.",
    });
  }
  return needs;
}
