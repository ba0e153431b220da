// "History": the button; the history dialog loads when first opened.
import { Button } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { lazy } from 'react';
import { LazyMount, useLazyDialog } from '../components/lazy-dialog';
import type { HistoryEntry } from './history';

const HistoryDialog = lazy(() => import('./history-dialog').then((m) => ({ default: m.HistoryDialog })));

export function HistoryButton({ history, onLoad }: { history: HistoryEntry[]; onLoad: (entry: HistoryEntry) => void }) {
  const { open, mounted, trigger, show, onOpenChange, reset } = useLazyDialog();
  return (
    <>
      <Button ref={trigger} appearance="subtle" icon={<HistoryRegular />} onClick={show}>
        History ({history.length})
      </Button>
      <LazyMount mounted={mounted} onReset={reset}>
        <HistoryDialog open={open} onOpenChange={onOpenChange} history={history} onLoad={onLoad} />
      </LazyMount>
    </>
  );
}
