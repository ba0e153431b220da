// The entry points next to Copy/Download/Import in the request preview: "Snippets" and the
// "Assigned Access XML" menu (export, import). Only these buttons are in the first screen's
// JavaScript; each dialog is a separate chunk (React.lazy) loaded when it is opened.
import { Button, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, Spinner } from '@fluentui/react-components';
import { ArrowExportRegular, ArrowImportRegular, CodeRegular, DocumentBulletListRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { CloudName } from '../config/clouds';
import type { SubmitTarget } from '../graph/endpoints';
import type { Design, Finding } from '../kiosk';
import { LoadBoundary } from '../components/lazy-dialog';

const SnippetsDialog = lazy(() => import('./snippets-dialog').then((m) => ({ default: m.SnippetsDialog })));
const ExportXmlDialog = lazy(() => import('./export-xml-dialog').then((m) => ({ default: m.ExportXmlDialog })));
const ImportXmlDialog = lazy(() => import('./import-xml-dialog').then((m) => ({ default: m.ImportXmlDialog })));

type Open = 'snippets' | 'export' | 'import' | null;

export interface ExportActionsProps {
  design: Design;
  cloud: CloudName;
  target: SubmitTarget;
  onImport: (design: Design, warnings: Finding[], source: string) => void;
}

export function ExportActions({ design, cloud, target, onImport }: ExportActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const snippetsButton = useRef<HTMLButtonElement>(null);
  const xmlButton = useRef<HTMLButtonElement>(null);
  // Dialogs opened without a DialogTrigger do not hand focus back by themselves: return it to the
  // button the admin started from once the dialog is gone.
  const returnFocus = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (open === null && returnFocus.current) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [open]);
  const show = (which: Exclude<Open, null>) => {
    returnFocus.current = which === 'snippets' ? snippetsButton.current : xmlButton.current;
    setOpen(which);
  };
  const close = () => setOpen(null);
  return (
    <>
      <Button ref={snippetsButton} icon={<CodeRegular />} onClick={() => show('snippets')}>
        Snippets
      </Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton ref={xmlButton} icon={<DocumentBulletListRegular />}>Assigned Access XML</MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<ArrowExportRegular />} onClick={() => show('export')}>
              Export as Assigned Access XML…
            </MenuItem>
            <MenuItem icon={<ArrowImportRegular />} onClick={() => show('import')}>
              Import Assigned Access XML…
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {open !== null && (
        <LoadBoundary onReset={close}>
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            {open === 'snippets' && <SnippetsDialog design={design} cloud={cloud} target={target} onClose={close} />}
            {open === 'export' && <ExportXmlDialog design={design} cloud={cloud} onClose={close} />}
            {open === 'import' && <ImportXmlDialog currentProfileCount={design.length} onImport={onImport} onClose={close} />}
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
