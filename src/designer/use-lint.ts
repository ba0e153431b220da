// Runs the core's rules on the design. The rules (and the XML parser they use) load just after
// the first screen, not before it; until then the findings are null ("still checking"). If
// their chunk cannot be fetched (offline, or a new deployment replaced it), `failed` says so
// instead of "checking" forever.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Design, Finding } from '../kiosk';
import { useAfterFirstPaint } from '../components/use-after-first-paint';

type Lint = (design: Design) => Finding[];
let loaded: Lint | null = null;

export interface LintResult {
  /** Null while the rules load (or could not be loaded). */
  findings: Finding[] | null;
  failed: boolean;
  /** Try to load the rules again after a failure. */
  retry: () => void;
}

export function useLint(design: Design, load: () => Promise<{ lintDesign: Lint }> = importLint): LintResult {
  const ready = useAfterFirstPaint();
  const [lint, setLint] = useState<Lint | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (lint || !ready) return;
    let alive = true;
    load().then(
      (m) => {
        loaded = m.lintDesign;
        if (alive) setLint(() => m.lintDesign);
      },
      () => {
        if (alive) setFailed(true);
      },
    );
    return () => {
      alive = false;
    };
  }, [lint, ready, load, attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  const findings = useMemo(() => (lint ? lint(design) : null), [lint, design]);
  return { findings, failed, retry };
}

// Imported from the module, not the barrel, so that it stays a separate chunk.
function importLint() {
  return import('../kiosk/lint');
}

/** For tests: forget the loaded rules. */
export function resetLoadedLint() {
  loaded = null;
}
