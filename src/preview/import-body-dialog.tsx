// "Import request body": load a body back into the editor from a .json file or pasted text.
// A bad file gets a clear message in the dialog; the current design is left untouched.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Design, Finding } from '../kiosk';
import { FileButton } from '../components/file-button';
import { importBodyFile, importBodyText, type ImportResult } from './import-body';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  textarea: { fontFamily: tokens.fontFamilyMonospace, minHeight: '10rem' },
  findings: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface ImportBodyDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onImport: (design: Design, warnings: Finding[], source: string) => void;
}

export function ImportBodyDialog({ open, onOpenChange: setOpen, onImport }: ImportBodyDialogProps) {
  const styles = useStyles();
  const [pasted, setPasted] = useState('');
  const [failure, setFailure] = useState<Extract<ImportResult, { ok: false }> | null>(null);

  const apply = (result: ImportResult, source: string) => {
    if (!result.ok) {
      setFailure(result);
      return;
    }
    setFailure(null);
    setPasted('');
    setOpen(false);
    onImport(result.design, result.warnings, source);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (!data.open) setFailure(null);
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Import request body</DialogTitle>
          <DialogContent className={styles.content}>
            <p>Load a body downloaded from this designer (kiosk-profiles.json) or any assignedAccessMultiModeProfiles request body. It replaces the design you are editing.</p>
            <FileButton
              accept=".json,application/json"
              appearance="primary"
              onFile={({ name, bytes }) => apply(importBodyFile(name, bytes), `"${name}"`)}
              onFileError={(message) => setFailure({ ok: false, message, findings: [] })}
            >
              Choose JSON file…
            </FileButton>
            <Field label="Or paste a request body">
              <Textarea className={styles.textarea} textarea={{ className: styles.textarea, spellCheck: false }} value={pasted} onChange={(_, d) => setPasted(d.value)} />
            </Field>
            {failure && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  {failure.message}
                  {failure.findings.length > 0 && (
                    <ul className={styles.findings}>
                      {failure.findings.slice(0, 10).map((f, i) => (
                        <li key={i}>
                          {f.path || '(body)'}: {f.message}
                        </li>
                      ))}
                    </ul>
                  )}
                  {' '}Your current design was not changed.
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={pasted.trim() === ''} onClick={() => apply(importBodyText(pasted, 'The pasted text'), 'pasted text')}>
              Import pasted body
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
