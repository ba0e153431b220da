// True once the browser is idle after the first screen is shown: the moment to load what the
// first screen does not need (rules, submit panel), so it never delays the designer itself.
import { useEffect, useState } from 'react';

export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const go = () => setReady(true);
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(go, { timeout: 300 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(go, 50);
    return () => clearTimeout(id);
  }, []);
  return ready;
}
