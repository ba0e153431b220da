// "Import Assigned Access XML": read an AssignedAccessConfiguration (file or pasted), show what
// will come in and everything the Graph profile cannot carry, and replace the design only when
// the admin confirms. On cancel or failure the design is untouched. Loaded only when opened.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FileButton } from '../components/file-button';
import {
  decodeTextFile,
  type Design,
  type Finding,
  type XmlImportCode,
  type XmlImportNote,
} from '../kiosk';
// Not through the '../kiosk' barrel: re-exported there, this module would land in the first screen's chunk.
import { XML_IMPORT_CODE_LABELS, importAssignedAccessXml } from '../kiosk/assigned-access/import-xml';
import { useDialogStyles } from './dialog-styles';

const useStyles = makeStyles({
  textarea: { fontFamily: tokens.fontFamilyMonospace, minHeight: '10rem' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  group: { margin: `${tokens.spacingVerticalXS} 0 0` },
  items: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { color: tokens.colorNeutralForeground3 },
});

interface Report {
  design: Design;
  notes: XmlImportNote[];
  source: string;
}

type Failure = { message: string; notes: XmlImportNote[] };

export interface ImportXmlDialogProps {
  currentProfileCount: number;
  onImport: (design: Design, warnings: Finding[], source: string) => void;
  onClose: () => void;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Notes grouped by code, in the order each code first appears. */
function groupNotes(notes: readonly XmlImportNote[]): [XmlImportCode, XmlImportNote[]][] {
  const groups = new Map<XmlImportCode, XmlImportNote[]>();
  for (const note of notes) {
    const list = groups.get(note.code);
    if (list) list.push(note);
    else groups.set(note.code, [note]);
  }
  return [...groups];
}

function NoteGroups({ notes, headingId }: { notes: readonly XmlImportNote[]; headingId: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.items} aria-labelledby={headingId}>
      {groupNotes(notes).map(([code, list]) => (
        <li key={code}>
          <Text weight="semibold">{XML_IMPORT_CODE_LABELS[code]}</Text>
          <ul className={styles.items}>
            {list.map((note, i) => (
              <li key={i}>
                {note.message}
                {note.line !== undefined && <span className={styles.line}> (line {note.line})</span>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function describeProfile(profile: Design[number]): string {
  const apps = profile.appUserModelIds.length + profile.desktopAppPaths.length;
  const parts = [plural(apps, 'app'), plural(profile.userAccounts.length, 'account')];
  parts.push(profile.startMenuLayoutXml.trim() === '' ? 'no Start layout' : 'Start layout');
  parts.push(profile.showTaskBar ? 'taskbar shown' : 'taskbar hidden');
  return parts.join(', ');
}

export function ImportXmlDialog({ currentProfileCount, onImport, onClose }: ImportXmlDialogProps) {
  const styles = { ...useDialogStyles(), ...useStyles() };
  const [pasted, setPasted] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  /** `source` completes "imported from …"; `subject` starts the sentence of a failure. */
  const read = (text: string, source: string, subject: string) => {
    const result = importAssignedAccessXml(text);
    if (!result.ok) {
      setFailure({ message: `${subject} was not imported: ${result.message}`, notes: result.notes });
      return;
    }
    setFailure(null);
    setReport({ design: result.design, notes: result.notes, source });
  };

  const confirm = (current: Report) => {
    const lost = current.notes.filter((n) => n.kind === 'lost');
    const warnings: Finding[] =
      lost.length === 0
        ? []
        : [
            {
              path: '',
              severity: 'warning',
              code: 'import.assignedAccess.lost',
              message: `${plural(lost.length, 'setting')} of the XML could not be carried over (${[...new Set(lost.map((n) => XML_IMPORT_CODE_LABELS[n.code]))].join(', ')}).`,
            },
          ];
    onImport(current.design, warnings, current.source);
    onClose();
  };

  const lost = report?.notes.filter((n) => n.kind === 'lost') ?? [];
  const changed = report?.notes.filter((n) => n.kind === 'changed') ?? [];

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Import Assigned Access XML</DialogTitle>
          <DialogContent className={styles.content}>
            {report === null ? (
              <>
                <Text>
                  Load an AssignedAccessConfiguration (the XML of the AssignedAccess CSP, an Intune custom OMA-URI profile or a local test script). You
                  see what comes in and what the Graph kiosk profile cannot carry before anything changes.
                </Text>
                <FileButton
                  accept=".xml,application/xml,text/xml"
                  appearance="primary"
                  icon={<ArrowUploadRegular />}
                  onFile={({ name, bytes }) => {
                    let text: string;
                    try {
                      text = decodeTextFile(bytes);
                    } catch (error) {
                      setFailure({ message: `"${name}" was not imported: ${error instanceof Error ? error.message : String(error)}`, notes: [] });
                      return;
                    }
                    read(text, `"${name}"`, `"${name}"`);
                  }}
                  onFileError={(message) => setFailure({ message, notes: [] })}
                >
                  Choose XML file…
                </FileButton>
                <Field label="Or paste Assigned Access XML">
                  <Textarea className={styles.textarea} textarea={{ className: styles.textarea, spellCheck: false }} value={pasted} onChange={(_, d) => setPasted(d.value)} />
                </Field>
                {failure && (
                  <MessageBar intent="error" role="alert" layout="multiline">
                    <MessageBarBody>
                      {failure.message} Your current design was not changed.
                      {failure.notes.length > 0 && <NoteGroups notes={failure.notes} headingId="import-failure-notes" />}
                    </MessageBarBody>
                  </MessageBar>
                )}
              </>
            ) : (
              <>
                <MessageBar intent={lost.length > 0 ? 'warning' : 'success'} layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>
                      {plural(report.design.length, 'profile')} can be imported from {report.source}.
                    </MessageBarTitle>
                    {lost.length > 0
                      ? `${plural(lost.length, 'setting')} in this file cannot be carried by Graph's kiosk profile and will be left out; they are listed below.`
                      : 'Everything in this file fits the Graph kiosk profile.'}{' '}
                    Importing replaces the {plural(currentProfileCount, 'profile')} of your current design.
                  </MessageBarBody>
                </MessageBar>
                <section className={styles.section} aria-labelledby="import-profiles-heading">
                  <Text as="h3" id="import-profiles-heading" weight="semibold" className={styles.group}>
                    Profiles to import
                  </Text>
                  <ul className={styles.items} aria-labelledby="import-profiles-heading">
                    {report.design.map((profile) => (
                      <li key={profile.id}>
                        <Text weight="semibold">{profile.profileName}</Text> — {describeProfile(profile)}
                      </li>
                    ))}
                  </ul>
                </section>
                {lost.length > 0 && (
                  <section className={styles.section} aria-labelledby="import-lost-heading">
                    <Text as="h3" id="import-lost-heading" weight="semibold" className={styles.group}>
                      Not carried over ({lost.length})
                    </Text>
                    <NoteGroups notes={lost} headingId="import-lost-heading" />
                  </section>
                )}
                {changed.length > 0 && (
                  <section className={styles.section} aria-labelledby="import-changed-heading">
                    <Text as="h3" id="import-changed-heading" weight="semibold" className={styles.group}>
                      Filled in or adjusted ({changed.length})
                    </Text>
                    <NoteGroups notes={changed} headingId="import-changed-heading" />
                  </section>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            {report === null ? (
              <Button appearance="primary" disabled={pasted.trim() === ''} onClick={() => read(pasted, 'pasted XML', 'The pasted XML')}>
                Read pasted XML
              </Button>
            ) : (
              <>
                <Button appearance="primary" onClick={() => confirm(report)}>
                  Import {plural(report.design.length, 'profile')}
                </Button>
                <Button onClick={() => setReport(null)}>Back</Button>
              </>
            )}
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
