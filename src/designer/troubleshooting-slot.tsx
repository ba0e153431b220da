// The troubleshooting section is for after deployment: it loads just after the first screen.
import { Suspense, lazy } from 'react';
import { useAfterFirstPaint } from '../components/use-after-first-paint';

const TroubleshootingPanel = lazy(() => import('./troubleshooting-panel').then((m) => ({ default: m.TroubleshootingPanel })));

export function TroubleshootingSlot() {
  const ready = useAfterFirstPaint();
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <TroubleshootingPanel />
    </Suspense>
  );
}
