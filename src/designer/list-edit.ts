// Which design changes the rules check at once rather than when typing pauses: discrete edits of
// lists — an entry added, removed, fixed or moved, a profile added, duplicated, removed or moved.
// Typed text (names, taskbar, layout XML) waits for the pause, and so does a whole design
// replaced at once (import, new design, history), which is big and not under the pointer.
import type { Design, Profile } from '../kiosk';

const LISTS = ['appUserModelIds', 'desktopAppPaths', 'userAccounts'] as const;

function sameEntries(p: Profile, q: Profile): boolean {
  return LISTS.every((list) => {
    const x = p[list];
    const y = q[list];
    return x === y || (x.length === y.length && x.every((entry, k) => entry === y[k]));
  });
}

/** The ids of `longer` are those of `shorter` with one inserted. */
function oneInserted(shorter: Design, longer: Design): boolean {
  let skipped = false;
  for (let i = 0, j = 0; j < longer.length; j++) {
    if (shorter[i]?.id === longer[j]?.id) i++;
    else if (skipped) return false;
    else skipped = true;
  }
  return true;
}

export function isListEdit(before: Design, after: Design): boolean {
  if (before === after) return false;
  if (Math.abs(before.length - after.length) === 1) {
    return before.length < after.length ? oneInserted(before, after) : oneInserted(after, before);
  }
  if (before.length !== after.length) return false;
  const byId = new Map(before.map((p) => [p.id, p]));
  let moved = false;
  let listsChanged = false;
  for (const [i, q] of after.entries()) {
    const p = byId.get(q.id);
    if (!p) return false; // a different design
    if (before[i]?.id !== q.id) moved = true;
    if (!sameEntries(p, q)) listsChanged = true;
  }
  return moved || listsChanged;
}
