// Whether two versions of a design differ only in typed text (names, taskbar, layout XML) and not
// in their lists: the same profiles in the same order, each with the same entries.
import type { Design } from '../kiosk';

const LISTS = ['appUserModelIds', 'desktopAppPaths', 'userAccounts'] as const;

export function sameLists(a: Design, b: Design): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((p, i) => {
    const q = b[i];
    if (!q || p.id !== q.id) return false;
    return LISTS.every((list) => {
      const x = p[list];
      const y = q[list];
      return x === y || (x.length === y.length && x.every((entry, k) => entry === y[k]));
    });
  });
}
