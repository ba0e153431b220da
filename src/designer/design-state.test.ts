import { describe, expect, it } from 'vitest';
import { newProfile } from '../kiosk';
import { designReducer, initialDesignState } from './design-state';

describe('designReducer', () => {
  it('starts with one empty profile selected', () => {
    const s = initialDesignState();
    expect(s.profiles).toHaveLength(1);
    expect(s.selectedId).toBe(s.profiles[0]?.id);
  });

  it('adds a profile and selects it', () => {
    const s = designReducer(initialDesignState(), { type: 'add' });
    expect(s.profiles).toHaveLength(2);
    expect(s.selectedId).toBe(s.profiles[1]?.id);
  });

  it('updates only the edited profile and keeps the identity of the others', () => {
    const a = newProfile({ profileName: 'A' });
    const b = newProfile({ profileName: 'B' });
    const s = designReducer(initialDesignState([a, b]), { type: 'update', profile: { ...b, profileName: 'B2' } });
    expect(s.profiles[0]).toBe(a);
    expect(s.profiles[1]?.profileName).toBe('B2');
  });

  it('duplicates after the source with a new id and a unique name', () => {
    const a = newProfile({ profileName: 'Lobby', appUserModelIds: ['x!App'] });
    let s = designReducer(initialDesignState([a]), { type: 'duplicate', id: a.id });
    s = designReducer(s, { type: 'duplicate', id: a.id });
    expect(s.profiles.map((p) => p.profileName)).toEqual(['Lobby', 'Lobby (copy 2)', 'Lobby (copy)']);
    expect(new Set(s.profiles.map((p) => p.id)).size).toBe(3);
    expect(s.profiles[1]?.appUserModelIds).toEqual(['x!App']);
  });

  it('moves within bounds only', () => {
    const a = newProfile({ profileName: 'A' });
    const b = newProfile({ profileName: 'B' });
    const s0 = initialDesignState([a, b]);
    expect(designReducer(s0, { type: 'move', id: a.id, delta: -1 })).toBe(s0);
    expect(designReducer(s0, { type: 'move', id: a.id, delta: 1 }).profiles.map((p) => p.profileName)).toEqual(['B', 'A']);
  });

  it('removes with undo back to the same place', () => {
    const a = newProfile({ profileName: 'A' });
    const b = newProfile({ profileName: 'B' });
    const c = newProfile({ profileName: 'C' });
    let s = designReducer(initialDesignState([a, b, c], b.id), { type: 'remove', id: b.id });
    expect(s.profiles.map((p) => p.profileName)).toEqual(['A', 'C']);
    expect(s.selectedId).toBe(c.id);
    s = designReducer(s, { type: 'undoRemove' });
    expect(s.profiles.map((p) => p.profileName)).toEqual(['A', 'B', 'C']);
    expect(s.selectedId).toBe(b.id);
  });

  it('removing the last profile leaves an empty one, and undo brings the original back alone', () => {
    const a = newProfile({ profileName: 'Only' });
    let s = designReducer(initialDesignState([a]), { type: 'remove', id: a.id });
    expect(s.profiles).toHaveLength(1);
    expect(s.profiles[0]?.id).not.toBe(a.id);
    s = designReducer(s, { type: 'undoRemove' });
    expect(s.profiles).toEqual([a]);
  });

  it('replace bumps the revision so forms remount', () => {
    const s0 = initialDesignState();
    const s1 = designReducer(s0, { type: 'replace', profiles: [newProfile({ profileName: 'X' })] });
    expect(s1.revision).toBe(s0.revision + 1);
    expect(s1.profiles[0]?.profileName).toBe('X');
  });
});
