// "Add from catalog": the button; the catalog (data and dialog) loads when first opened.
import { Button } from '@fluentui/react-components';
import { AppsAddInRegular } from '@fluentui/react-icons';
import { lazy, useState } from 'react';
import { LazyMount, useLazyDialog } from '../components/lazy-dialog';
import type { CatalogDialogProps } from './catalog-dialog';

const CatalogDialog = lazy(() => import('./catalog-dialog'));

export function CatalogButton(props: CatalogDialogProps) {
  const { open, mounted, trigger, show, onOpenChange, reset } = useLazyDialog();
  // A new key per opening: the dialog starts from the profile's current lists each time.
  const [opening, setOpening] = useState(0);
  return (
    <>
      <Button
        ref={trigger}
        icon={<AppsAddInRegular />}
        onClick={() => {
          setOpening((n) => n + 1);
          show();
        }}
      >
        Add from catalog
      </Button>
      <LazyMount mounted={mounted} onReset={reset}>
        <CatalogDialog key={opening} {...props} open={open} onOpenChange={onOpenChange} />
      </LazyMount>
    </>
  );
}
