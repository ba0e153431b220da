// Debounced autosave of the design, flushed when the page is hidden or closed so that nothing
// typed in the last moments before a reload is lost.
import { useEffect, useRef, useState } from 'react';
import type { Design } from '../kiosk';
import { saveDraftTo, type DraftStores, type SaveResult } from './draft-storage';

export const AUTOSAVE_DELAY_MS = 400;

export function useAutosave(stores: DraftStores, profiles: Design, selectedId: string | null): SaveResult {
  const [result, setResult] = useState<SaveResult>({ ok: true });
  const latest = useRef({ profiles, selectedId });
  const pending = useRef(false);

  useEffect(() => {
    latest.current = { profiles, selectedId };
    pending.current = true;
    const timer = window.setTimeout(() => {
      pending.current = false;
      setResult(saveDraftTo(stores, profiles, selectedId));
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [stores, profiles, selectedId]);

  useEffect(() => {
    const flush = () => {
      if (!pending.current) return;
      pending.current = false;
      saveDraftTo(stores, latest.current.profiles, latest.current.selectedId);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [stores]);

  return result;
}
