// The Start layout studio inside the "Start menu layout" section: the XML editor (CodeMirror),
// "Generate from apps", import of a .xml file (UTF-8, or UTF-16 with a BOM as Export-StartLayout
// writes), the layout's problems with a jump to their line, what is sent (size, base64, round
// trip) and a picture of the Start menu. One lazily loaded chunk with CodeMirror: none of it is
// downloaded until someone opens the section.
import { Button, Label, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useId, useRef, useState } from 'react';
import { decodeTextFile, type AllowedApps, type Finding } from '../kiosk';
import { FileButton } from '../components/file-button';
import StartLayoutEditor, { type StartLayoutEditorHandle } from './start-layout-editor';
import { StartLayoutGenerator } from './start-layout-generator';
import { StartLayoutPreview } from './start-layout-preview';
import { StartLayoutRoundTrip } from './start-layout-round-trip';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  problems: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  problem: { justifyContent: 'flex-start', textAlign: 'start', height: 'auto', width: '100%', fontWeight: tokens.fontWeightRegular },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface StartLayoutStudioProps {
  /** Id of the editor, from the finding path, so findings can take focus to it. */
  editorId: string;
  /** Findings of this profile's startMenuLayoutXml, in order. */
  own: readonly Finding[];
  value: string;
  allowed: AllowedApps;
  profileName: string;
  onChange: (xml: string) => void;
}

/** "Profile 1 ("Lobby"): Start layout line 3, …" → "Line 3, …" for the list under the editor. */
function shortMessage(finding: Finding): string {
  const at = finding.message.indexOf('Start layout line ');
  return at >= 0 ? `L${finding.message.slice(at + 'Start layout l'.length)}` : finding.message.replace(/^Profile \d+( \(".*?"\))?:? /, '');
}

export default function StartLayoutStudio({ editorId, own, value, allowed, profileName, onChange }: StartLayoutStudioProps) {
  const styles = useStyles();
  const [importMessage, setImportMessage] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);
  const [lastGenerated, setLastGenerated] = useState<string | null>(null);
  const editor = useRef<StartLayoutEditorHandle>(null);
  const labelId = useId();
  const hintId = useId();
  const problemsId = useId();
  const hasError = own.some((f) => f.severity === 'error');
  const handEdited = /\S/.test(value) && value !== lastGenerated;

  return (
    <div className={styles.panel}>
      <div className={styles.toolbar}>
        <StartLayoutGenerator
          allowed={allowed}
          defaultGroupName={profileName}
          handEdited={handEdited}
          onGenerate={(xml) => {
            setLastGenerated(xml);
            setImportMessage(null);
            onChange(xml);
          }}
        />
        <FileButton
          accept=".xml,text/xml,application/xml"
          icon={<ArrowUploadRegular />}
          onFile={({ name, bytes }) => {
            try {
              const text = decodeTextFile(bytes);
              onChange(text);
              setImportMessage({ intent: 'success', text: `Imported "${name}" (${bytes.length.toLocaleString()} bytes).` });
            } catch (error) {
              setImportMessage({ intent: 'error', text: `"${name}" was not imported: ${error instanceof Error ? error.message : String(error)} The layout was left as it was.` });
            }
          }}
          onFileError={(text) => setImportMessage({ intent: 'error', text })}
        >
          Import start layout XML
        </FileButton>
      </div>
      {importMessage && (
        <MessageBar intent={importMessage.intent} role={importMessage.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{importMessage.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.editor}>
        <Label id={labelId} weight="semibold">
          Start menu layout XML
        </Label>
        <Text id={hintId} size={200} className={styles.hint}>
          A Windows 10 LayoutModificationTemplate, sent base64-encoded. Leave empty for no layout. Ctrl+F searches, Ctrl+Space completes, Ctrl+Shift+M lists the problems; Tab leaves the editor.
        </Text>
            <StartLayoutEditor
              ref={editor}
              id={editorId}
              labelledBy={labelId}
              describedBy={own.length > 0 ? `${hintId} ${problemsId}` : hintId}
              value={value}
              onChange={onChange}
              allowed={allowed}
              invalid={hasError}
            />
        {own.length > 0 && (
          <ul id={problemsId} className={styles.problems} aria-label="Problems in the Start layout">
            {own.map((finding, i) => {
              const icon =
                finding.severity === 'error' ? <ErrorCircleRegular className={styles.error} aria-label="Error" /> : <WarningRegular className={styles.warning} aria-label="Warning" />;
              const { line, column } = finding;
              return (
                <li key={`${finding.code}:${i}`}>
                  {line !== undefined && column !== undefined ? (
                    <Button appearance="subtle" size="small" className={styles.problem} icon={icon} onClick={() => editor.current?.goTo(line, column)}>
                      {shortMessage(finding)}
                    </Button>
                  ) : (
                    <Text size={200}>
                      {icon} {shortMessage(finding)}
                    </Text>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <StartLayoutRoundTrip xml={value} />
      <StartLayoutPreview xml={value} allowed={allowed} />
    </div>
  );
}
