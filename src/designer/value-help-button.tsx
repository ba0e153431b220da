// "How do I find this value?" beside each list; the help (and Fluent's popover) loads on first open.
import { Button } from '@fluentui/react-components';
import { QuestionCircleRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useState } from 'react';
import type { ListName } from '../kiosk';

const ValueHelp = lazy(() => import('./value-help'));

export function ValueHelpButton({ field }: { field: ListName }) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const [target, setTarget] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        ref={setTarget}
        appearance="transparent"
        size="small"
        icon={<QuestionCircleRegular />}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setMounted(true);
          setOpen((o) => !o);
        }}
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
