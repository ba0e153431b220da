// The local record of every submission: Graph keeps no readable copy of these profiles, so this
// is the admin's only history of what was sent where. Tokens are never part of an entry.
export interface HistoryEntry {
  id: string;
  at: string;
  url: string;
  target: { kind: string; deviceConfigurationId: string; displayName?: string; groupAssignmentId?: string; networkAccessConfigurationId?: string };
  profileNames: string[];
  /** The exact JSON text that was sent. */
  body: string;
  result: 'success' | 'failure';
  status?: number;
  code?: string;
  message?: string;
  requestId?: string;
  clientRequestId?: string;
}

export const HISTORY_KEY = 'kiosk-profile-designer:history:v1';
export const MAX_HISTORY = 50;

export function loadHistory(storage: Storage | null): HistoryEntry[] {
  try {
    const raw = storage?.getItem(HISTORY_KEY);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.at === 'string' && typeof v.body === 'string' && (v.result === 'success' || v.result === 'failure');
}

/** Adds the entry first; drops the oldest entries when the list is long or storage is full. */
export function addToHistory(storage: Storage | null, history: HistoryEntry[], entry: HistoryEntry): { history: HistoryEntry[]; saved: boolean } {
  let next = [entry, ...history].slice(0, MAX_HISTORY);
  if (!storage) return { history: next, saved: false };
  while (next.length > 0) {
    try {
      storage.setItem(HISTORY_KEY, JSON.stringify(next));
      return { history: [entry, ...history].slice(0, MAX_HISTORY), saved: next[0] === entry };
    } catch {
      next = next.slice(0, -1);
    }
  }
  return { history: [entry, ...history].slice(0, MAX_HISTORY), saved: false };
}
