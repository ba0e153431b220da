// "Snippets" and "Assigned Access XML" arrive just after the first screen: they are not needed
// to start designing, and their menu code is not part of the first screen's JavaScript.
import { Suspense, lazy } from 'react';
import { useAfterFirstPaint } from '../components/use-after-first-paint';
import type { ExportActionsProps } from './export-actions';

const ExportActions = lazy(() => import('./export-actions').then((m) => ({ default: m.ExportActions })));

export function ExportActionsSlot(props: ExportActionsProps) {
  const ready = useAfterFirstPaint();
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <ExportActions {...props} />
    </Suspense>
  );
}
