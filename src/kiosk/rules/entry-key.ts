// How two list entries are compared: the key behind duplicate checks, catalog additions and fixes.
// AUMIDs and accounts compare ignoring case; desktop paths also ignore / versus \ and doubled
// separators, since Windows reads C:/Windows//explorer.exe and C:\Windows\explorer.exe alike.
// https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file

export type ListName = 'appUserModelIds' | 'desktopAppPaths' | 'userAccounts';

export const LIST_NAMES: readonly ListName[] = ['appUserModelIds', 'desktopAppPaths', 'userAccounts'];

export function isListName(value: string): value is ListName {
  return value === 'appUserModelIds' || value === 'desktopAppPaths' || value === 'userAccounts';
}

const SEPARATORS = /[\\/]+/g;

/** Comparison key of a desktop path: trimmed, lower case, one backslash between segments. */
export function pathKey(value: string): string {
  return value.trim().toLowerCase().replace(SEPARATORS, '\\');
}

/** Comparison key of an entry of `list`. */
export function entryKey(list: ListName, value: string): string {
  return list === 'desktopAppPaths' ? pathKey(value) : value.trim().toLowerCase();
}

export interface MergeResult {
  /** The list with the new entries appended (the input list itself when nothing was added). */
  next: string[];
  added: string[];
  /** Values already in the list (or given twice), by their comparison key. */
  skipped: string[];
}

/** Appends the values not already in `current`, keeping order; never reorders existing entries. */
export function mergeEntries(list: ListName, current: readonly string[], values: readonly string[]): MergeResult {
  const known = new Set(current.map((entry) => entryKey(list, entry)));
  const added: string[] = [];
  const skipped: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    const key = entryKey(list, value);
    if (known.has(key)) skipped.push(value);
    else {
      known.add(key);
      added.push(value);
    }
  }
  return { next: added.length > 0 ? [...current, ...added] : [...current], added, skipped };
}
