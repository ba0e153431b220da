import { describe, expect, it } from 'vitest';
import { newProfile } from '../kiosk';
import { DRAFT_KEY, UNREADABLE_DRAFT_KEY, loadDraft, loadDraftFor, saveDraft, saveDraftTo } from './draft-storage';

class MemoryStorage implements Storage {
  map = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    if (v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
}

describe('drafts', () => {
  it('round-trips a design exactly', () => {
    const storage = new MemoryStorage();
    const design = [newProfile({ profileName: 'Front desk', appUserModelIds: ['a!App'], startMenuLayoutXml: '<x>受付 🖥️</x>' }), newProfile()];
    expect(saveDraft(storage, design, design[1]?.id ?? null)).toEqual({ ok: true });
    const loaded = loadDraft(storage);
    expect(loaded.kind).toBe('restored');
    if (loaded.kind === 'restored') {
      expect(loaded.draft.profiles).toEqual(design);
      expect(loaded.draft.selectedId).toBe(design[1]?.id);
    }
  });

  it('reports no draft on first use', () => {
    expect(loadDraft(new MemoryStorage()).kind).toBe('none');
  });

  it('keeps an unreadable draft aside instead of deleting it', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, '{"profiles": [{"id": 1}]}');
    const loaded = loadDraft(storage);
    expect(loaded.kind).toBe('unreadable');
    expect(storage.getItem(UNREADABLE_DRAFT_KEY)).toBe('{"profiles": [{"id": 1}]}');
    storage.setItem(DRAFT_KEY, 'not json');
    expect(loadDraft(storage).kind).toBe('unreadable');
  });

  it('says so when storage is unavailable or full', () => {
    expect(loadDraft(null).kind).toBe('unavailable');
    expect(saveDraft(null, [], null).ok).toBe(false);
    const storage = new MemoryStorage();
    storage.quota = 10;
    const result = saveDraft(storage, [newProfile()], null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/storage is full/);
  });

  it('gives each tab its own draft and new tabs the latest one', () => {
    const shared = new MemoryStorage();
    const tabA = { tab: new MemoryStorage(), shared };
    const tabB = { tab: new MemoryStorage(), shared };
    const a = [newProfile({ profileName: 'A' })];
    const b = [newProfile({ profileName: 'B' })];
    saveDraftTo(tabA, a, null);
    saveDraftTo(tabB, b, null);
    const reloadA = loadDraftFor(tabA);
    const reloadB = loadDraftFor(tabB);
    expect(reloadA.kind === 'restored' && reloadA.draft.profiles[0]?.profileName).toBe('A');
    expect(reloadB.kind === 'restored' && reloadB.draft.profiles[0]?.profileName).toBe('B');
    const fresh = loadDraftFor({ tab: new MemoryStorage(), shared });
    expect(fresh.kind === 'restored' && fresh.draft.profiles[0]?.profileName).toBe('B');
  });

  it('keeps working with only one kind of storage, and says so when there is none', () => {
    expect(saveDraftTo({ tab: new MemoryStorage(), shared: null }, [newProfile()], null).ok).toBe(true);
    expect(saveDraftTo({ tab: null, shared: null }, [newProfile()], null).ok).toBe(false);
    expect(loadDraftFor({ tab: null, shared: null }).kind).toBe('unavailable');
  });
});
