// "How do I find this value?" beside each list; the help (and Fluent's popover) loads on first open.
import { Button } from '@fluentui/react-components';
import { QuestionCircleRegular } from '@fluentui/react-icons';
import { Suspense, lazy } from 'react';
import { useAnchoredPopup } from '../components/lazy-dialog';
import type { ListName } from '../kiosk';

const ValueHelp = lazy(() => import('./value-help'));

export function ValueHelpButton({ field }: { field: ListName }) {
  const { open, setOpen, mounted, target, setTarget, toggle } = useAnchoredPopup();
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
      {mounted && target && (
        <Suspense fallback={null}>
          <ValueHelp field={field} target={target} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
