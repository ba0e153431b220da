// Runs the core's rules on the design. The rules (and the XML parser they use) load just after
// the first screen, not before it; until then the result is null ("still checking").
import { useEffect, useMemo, useState } from 'react';
import type { Design, Finding } from '../kiosk';
import { useAfterFirstPaint } from '../components/use-after-first-paint';

type Lint = (design: Design) => Finding[];
let loaded: Lint | null = null;

export function useLint(design: Design): Finding[] | null {
  const ready = useAfterFirstPaint();
  const [lint, setLint] = useState<Lint | null>(() => loaded);
  useEffect(() => {
    if (lint || !ready) return;
    let alive = true;
    // Imported from the module, not the barrel, so that it stays a separate chunk.
    void import('../kiosk/lint').then((m) => {
      loaded = m.lintDesign;
      if (alive) setLint(() => m.lintDesign);
    });
    return () => {
      alive = false;
    };
  }, [lint, ready]);
  return useMemo(() => (lint ? lint(design) : null), [lint, design]);
}
