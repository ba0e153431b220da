import { describe, expect, it } from 'vitest';
import { HISTORY_KEY, MAX_HISTORY, addToHistory, loadHistory, type HistoryEntry } from './history';

const entry = (i: number): HistoryEntry => ({
  id: String(i),
  at: new Date(2026, 0, 1, 0, i).toISOString(),
  url: 'https://graph.microsoft.com/beta/x',
  target: { kind: 'direct', deviceConfigurationId: 'c' },
  profileNames: ['A'],
  body: '{"assignedAccessMultiModeProfiles":[]}',
  result: 'success',
  status: 204,
});

function memory(limit = Infinity): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

describe('history', () => {
  it('keeps the newest first and at most MAX_HISTORY entries', () => {
    const storage = memory();
    let history: HistoryEntry[] = [];
    for (let i = 0; i < MAX_HISTORY + 5; i++) history = addToHistory(storage, history, entry(i)).history;
    expect(history).toHaveLength(MAX_HISTORY);
    expect(history[0]?.id).toBe(String(MAX_HISTORY + 4));
    expect(loadHistory(storage)).toEqual(history);
  });

  it('drops the oldest stored entries when storage is full', () => {
    const storage = memory(800);
    let history: HistoryEntry[] = [];
    for (let i = 0; i < 10; i++) history = addToHistory(storage, history, entry(i)).history;
    const stored = loadHistory(storage);
    expect(stored.length).toBeLessThan(10);
    expect(stored[0]?.id).toBe('9');
  });

  it('ignores junk in storage', () => {
    const storage = memory();
    storage.setItem(HISTORY_KEY, '[1, {"id": 2}, null]');
    expect(loadHistory(storage)).toEqual([]);
    storage.setItem(HISTORY_KEY, 'nope');
    expect(loadHistory(storage)).toEqual([]);
  });
});
