// "New design": the button; the confirmation dialog loads when first opened.
import { Button } from '@fluentui/react-components';
import { DocumentAddRegular } from '@fluentui/react-icons';
import { lazy } from 'react';
import { LazyMount, useLazyDialog } from '../components/lazy-dialog';

const NewDesignDialog = lazy(() => import('./new-design-dialog').then((m) => ({ default: m.NewDesignDialog })));

export function NewDesignButton({ profileCount, onConfirm }: { profileCount: number; onConfirm: () => void }) {
  const { open, mounted, trigger, show, onOpenChange, reset } = useLazyDialog();
  return (
    <>
      <Button ref={trigger} appearance="subtle" icon={<DocumentAddRegular />} onClick={show}>
        New design
      </Button>
      <LazyMount mounted={mounted} onReset={reset}>
        <NewDesignDialog open={open} onOpenChange={onOpenChange} profileCount={profileCount} onConfirm={onConfirm} />
      </LazyMount>
    </>
  );
}
