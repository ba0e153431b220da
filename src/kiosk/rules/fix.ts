// One-click fixes: data on a finding that says how to change the profile's lists, computed by the
// rules and applied by the UI through the form (so drafts and preview follow). Pure: applyFix
// returns new lists and never mutates its input.
//
// Pointers in a fix point into the request body, whose lists are trimmed with blank entries
// dropped (graph-body.ts toGraphProfile); applyFix maps a body index back to the design's index.
import type { ListName } from './entry-key';
import { isListName, mergeEntries } from './entry-key';

export type FindingFix =
  /** Take the entry at `from` out of its list and add `value` to `toList` of the same profile. */
  | { kind: 'move'; label: string; from: string; entry: string; toList: ListName; value: string }
  /** Replace the entry at `path` (which must still read `entry`) with `value`. */
  | { kind: 'replace'; label: string; path: string; entry: string; value: string }
  /** Add `value` to `list` of the finding's profile, unless it is already there. */
  | { kind: 'add'; label: string; list: ListName; value: string };

export type ProfileLists = Record<ListName, readonly string[]>;

/** The lists a fix changed, with their new content; null when the fix no longer fits the profile. */
export type FixResult = Partial<Record<ListName, string[]>> | null;

/** `/…/{list}/{index}` → list and body index, or null. */
export function parseEntryPointer(path: string): { list: ListName; index: number } | null {
  const parts = path.split('/');
  const index = parts.at(-1);
  const list = parts.at(-2);
  if (index === undefined || list === undefined || !/^\d+$/.test(index) || !isListName(list)) return null;
  return { list, index: Number(index) };
}

/** Index in `entries` of the entry that is `bodyIndex` once blank entries are dropped; -1 if none. */
function designIndex(entries: readonly string[], bodyIndex: number): number {
  let seen = -1;
  for (let i = 0; i < entries.length; i++) {
    if ((entries[i] ?? '').trim() !== '' && ++seen === bodyIndex) return i;
  }
  return -1;
}

/** Finds the entry a fix refers to, checking it still holds the value the finding was made for. */
function locate(lists: ProfileLists, path: string, entry: string): { list: ListName; index: number } | null {
  const at = parseEntryPointer(path);
  if (!at) return null;
  const entries = lists[at.list];
  const index = designIndex(entries, at.index);
  if (index < 0 || (entries[index] ?? '').trim() !== entry) return null;
  return { list: at.list, index };
}

export function applyFix(lists: ProfileLists, fix: FindingFix): FixResult {
  switch (fix.kind) {
    case 'add': {
      const merged = mergeEntries(fix.list, lists[fix.list], [fix.value]);
      return merged.added.length > 0 ? { [fix.list]: merged.next } : null;
    }
    case 'replace': {
      const at = locate(lists, fix.path, fix.entry);
      if (!at) return null;
      const next = [...lists[at.list]];
      next[at.index] = fix.value;
      return { [at.list]: next };
    }
    case 'move': {
      const at = locate(lists, fix.from, fix.entry);
      if (!at) return null;
      const source = lists[at.list].filter((_, i) => i !== at.index);
      if (at.list === fix.toList) {
        return { [at.list]: mergeEntries(at.list, source, [fix.value]).next };
      }
      const target = mergeEntries(fix.toList, lists[fix.toList], [fix.value]).next;
      return { [at.list]: source, [fix.toList]: target };
    }
  }
}

