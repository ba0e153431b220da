// Keeps the design in the browser so that a reload, a sign-in redirect or a crash loses nothing.
// Each tab keeps its own copy in sessionStorage (so two tabs never overwrite each other and a
// reload restores that tab's latest work) and also writes the shared "latest design" in
// localStorage, which a newly opened tab starts from.
// The stored copy is checked with the core's draft schema on the way back in; a copy that fails
// the check is kept aside (never deleted) and the admin is told.
import { designDraftSchema, type Design } from '../kiosk';

export const DRAFT_KEY = 'kiosk-profile-designer:draft:v1';
export const UNREADABLE_DRAFT_KEY = 'kiosk-profile-designer:draft:unreadable';

export interface Draft {
  profiles: Design;
  selectedId: string | null;
  savedAt: string;
}

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'restored'; draft: Draft }
  | { kind: 'unreadable'; message: string }
  | { kind: 'unavailable'; message: string };

export type SaveResult = { ok: true } | { ok: false; message: string };

export interface DraftStores {
  /** This tab's own copy (sessionStorage). */
  tab: Storage | null;
  /** The latest design of any tab, for new tabs (localStorage). */
  shared: Storage | null;
}

export function browserDraftStores(): DraftStores {
  return { tab: probe(() => window.sessionStorage), shared: probe(() => window.localStorage) };
}

/** The storage `get` returns, or null where it is missing or blocked (private modes, policies). */
function probe(get: () => Storage): Storage | null {
  try {
    const storage = get();
    const probe = '__kpd_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** This tab's draft when it has one (reload, sign-in redirect), else the latest of any tab. */
export function loadDraftFor(stores: DraftStores): LoadResult {
  const own = loadDraft(stores.tab);
  if (own.kind === 'restored' || own.kind === 'unreadable') return own;
  const shared = loadDraft(stores.shared);
  if (shared.kind === 'unavailable' && own.kind === 'none') return { kind: 'none' };
  return shared;
}

export function saveDraftTo(stores: DraftStores, profiles: Design, selectedId: string | null, now = new Date()): SaveResult {
  const own = saveDraft(stores.tab, profiles, selectedId, now);
  const shared = saveDraft(stores.shared, profiles, selectedId, now);
  // Losing the shared copy only matters for new tabs; losing both means nothing is kept.
  if (own.ok || shared.ok) return { ok: true };
  return !stores.tab && !stores.shared
    ? { ok: false, message: 'This browser blocks storage, so drafts cannot be kept. Download the request body to keep your work.' }
    : shared;
}

export function loadDraft(storage: Storage | null): LoadResult {
  if (!storage) {
    return { kind: 'unavailable', message: 'This browser blocks local storage, so drafts cannot be kept. Download the request body to keep your work.' };
  }
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return { kind: 'unavailable', message: 'This browser blocks local storage, so drafts cannot be kept. Download the request body to keep your work.' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    const parsed: unknown = JSON.parse(raw);
    const shape = draftEnvelope(parsed);
    const profiles = designDraftSchema.safeParse(shape?.profiles);
    if (!shape || !profiles.success) throw new Error('shape');
    return { kind: 'restored', draft: { profiles: profiles.data, selectedId: shape.selectedId, savedAt: shape.savedAt } };
  } catch {
    try {
      storage.setItem(UNREADABLE_DRAFT_KEY, raw);
    } catch {
      // Keeping the unreadable copy is best effort; the original stays under DRAFT_KEY until the next save.
    }
    return {
      kind: 'unreadable',
      message: 'The saved draft could not be read, so a new design was started. The unreadable copy is kept in browser storage under "' + UNREADABLE_DRAFT_KEY + '".',
    };
  }
}

function draftEnvelope(value: unknown): { profiles: unknown; selectedId: string | null; savedAt: string } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  return {
    profiles: v.profiles,
    selectedId: typeof v.selectedId === 'string' ? v.selectedId : null,
    savedAt: typeof v.savedAt === 'string' ? v.savedAt : '',
  };
}

export function saveDraft(storage: Storage | null, profiles: Design, selectedId: string | null, now = new Date()): SaveResult {
  if (!storage) return { ok: false, message: 'Drafts cannot be kept: this browser blocks local storage.' };
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ profiles, selectedId, savedAt: now.toISOString() }));
    return { ok: true };
  } catch (error) {
    const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
    return {
      ok: false,
      message: full
        ? 'Browser storage is full, so the latest changes are not saved as a draft. Download the request body to keep your work, then free some space.'
        : 'The draft could not be saved in this browser. Download the request body to keep your work.',
    };
  }
}
