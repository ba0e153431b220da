// "Import request body": the button; the dialog itself loads when first opened.
import { Button } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { lazy } from 'react';
import type { Design, Finding } from '../kiosk';
import { LazyMount, useLazyDialog } from '../components/lazy-dialog';

const ImportBodyDialog = lazy(() => import('./import-body-dialog').then((m) => ({ default: m.ImportBodyDialog })));

export function ImportBodyButton({ onImport }: { onImport: (design: Design, warnings: Finding[], source: string) => void }) {
  const { open, mounted, trigger, show, onOpenChange, reset } = useLazyDialog();
  return (
    <>
      <Button ref={trigger} icon={<ArrowUploadRegular />} onClick={show}>
        Import request body
      </Button>
      <LazyMount mounted={mounted} onReset={reset}>
        <ImportBodyDialog open={open} onOpenChange={onOpenChange} onImport={onImport} />
      </LazyMount>
    </>
  );
}
