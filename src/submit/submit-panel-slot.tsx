// Where the submit panel goes. Its code (the Graph client, target picker, error handling) is not
// needed to start designing, so it loads right after the first screen is up.
import { Text } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { useAfterFirstPaint } from '../components/use-after-first-paint';
import type { SubmitPanelProps } from './submit-panel';

const SubmitPanel = lazy(() => import('./submit-panel'));

export function SubmitPanelSlot(props: SubmitPanelProps) {
  const ready = useAfterFirstPaint();
  const loading = <Text role="status">Loading the submit panel…</Text>;
  if (!ready) return loading;
  return (
    <Suspense fallback={loading}>
      <SubmitPanel {...props} />
    </Suspense>
  );
}
