// "How do I find this value?" beside each list; the help (and Fluent's popover) loads on first open.
import { Button } from '@fluentui/react-components';
import { QuestionCircleRegular } from '@fluentui/react-icons';
import { lazy } from 'react';
import { LazyMount, useAnchoredPopup } from '../components/lazy-dialog';
import type { ListName } from '../kiosk';

const ValueHelp = lazy(() => import('./value-help'));

export function ValueHelpButton({ field }: { field: ListName }) {
  const { open, setOpen, mounted, target, setTarget, toggle, reset } = useAnchoredPopup();
  return (
    <>
      <Button
        ref={setTarget}
        appearance="transparent"
        size="small"
        icon={<QuestionCircleRegular />}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={toggle}
      >
        How do I find this value?
      </Button>
      <LazyMount mounted={mounted && target !== null} onReset={reset}>
        {target && <ValueHelp field={field} target={target} open={open} onOpenChange={setOpen} />}
      </LazyMount>
    </>
  );
}
