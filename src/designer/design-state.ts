// The design being edited: the list of profiles, which one is selected, and the last removal
// (for undo). A plain reducer so every change is one immutable step and untouched profiles keep
// their identity — the preview and lint caches rely on that to stay proportional to one profile.
import { duplicateProfile, newProfile, type Design, type Profile } from '../kiosk';

export interface DesignState {
  profiles: Design;
  selectedId: string | null;
  /** Bumped when the whole design is replaced (import, new design) so forms remount. */
  revision: number;
  lastRemoved: { profile: Profile; index: number } | null;
}

export type DesignAction =
  | { type: 'replace'; profiles: Design; selectedId?: string | null }
  | { type: 'add' }
  | { type: 'update'; profile: Profile }
  | { type: 'select'; id: string }
  | { type: 'duplicate'; id: string }
  | { type: 'remove'; id: string }
  | { type: 'undoRemove' }
  | { type: 'move'; id: string; delta: -1 | 1 };

export function initialDesignState(profiles?: Design, selectedId?: string | null): DesignState {
  const list = profiles && profiles.length > 0 ? profiles : [newProfile()];
  const selected = list.find((p) => p.id === selectedId) ?? list[0];
  return { profiles: list, selectedId: selected?.id ?? null, revision: 0, lastRemoved: null };
}

export function designReducer(state: DesignState, action: DesignAction): DesignState {
  switch (action.type) {
    case 'replace': {
      const next = initialDesignState(action.profiles, action.selectedId);
      return { ...next, revision: state.revision + 1 };
    }
    case 'add': {
      const profile = newProfile();
      return { ...state, profiles: [...state.profiles, profile], selectedId: profile.id, lastRemoved: null };
    }
    case 'update': {
      const index = state.profiles.findIndex((p) => p.id === action.profile.id);
      if (index < 0) return state;
      const profiles = state.profiles.slice();
      profiles[index] = action.profile;
      return { ...state, profiles };
    }
    case 'select':
      return state.profiles.some((p) => p.id === action.id) ? { ...state, selectedId: action.id } : state;
    case 'duplicate': {
      const index = state.profiles.findIndex((p) => p.id === action.id);
      const source = state.profiles[index];
      if (!source) return state;
      const copy = duplicateProfile(source, state.profiles.map((p) => p.profileName));
      const profiles = [...state.profiles.slice(0, index + 1), copy, ...state.profiles.slice(index + 1)];
      return { ...state, profiles, selectedId: copy.id, lastRemoved: null };
    }
    case 'remove': {
      const index = state.profiles.findIndex((p) => p.id === action.id);
      const removed = state.profiles[index];
      if (!removed) return state;
      let profiles = state.profiles.filter((p) => p.id !== action.id);
      // A design always has a profile to edit; removing the last one leaves a fresh, empty one.
      if (profiles.length === 0) profiles = [newProfile()];
      const neighbour = profiles[Math.min(index, profiles.length - 1)];
      return {
        ...state,
        profiles,
        selectedId: state.selectedId === action.id ? (neighbour?.id ?? null) : state.selectedId,
        lastRemoved: { profile: removed, index },
      };
    }
    case 'undoRemove': {
      if (!state.lastRemoved) return state;
      const { profile, index } = state.lastRemoved;
      // Undoing the removal of the only profile drops the empty placeholder that replaced it.
      const base =
        state.profiles.length === 1 && isBlank(state.profiles[0]) ? [] : state.profiles.filter((p) => p.id !== profile.id);
      const profiles = [...base.slice(0, index), profile, ...base.slice(index)];
      return { ...state, profiles, selectedId: profile.id, lastRemoved: null };
    }
    case 'move': {
      const index = state.profiles.findIndex((p) => p.id === action.id);
      const target = index + action.delta;
      if (index < 0 || target < 0 || target >= state.profiles.length) return state;
      const profiles = state.profiles.slice();
      const [moved] = profiles.splice(index, 1);
      if (moved) profiles.splice(target, 0, moved);
      return { ...state, profiles };
    }
  }
}

function isBlank(p: Profile | undefined): boolean {
  return (
    !!p &&
    p.profileName.trim() === '' &&
    p.appUserModelIds.length === 0 &&
    p.desktopAppPaths.length === 0 &&
    p.userAccounts.length === 0 &&
    p.startMenuLayoutXml.trim() === ''
  );
}
