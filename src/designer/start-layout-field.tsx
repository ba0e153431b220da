// The Start menu layout XML of a profile: a text editor plus import of a .xml file
// (UTF-8, or UTF-16 with a BOM as Export-StartLayout writes). The text is kept as typed;
// it becomes base64 only in the request body.
import { Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { memo, useState } from 'react';
import { decodeTextFile, type Finding } from '../kiosk';
import { FileButton } from '../components/file-button';
import { idForPath, profilePath } from './element-ids';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  textarea: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, minHeight: '14rem' },
});

interface StartLayoutFieldProps {
  profileIndex: number;
  value: string;
  findings: ReadonlyMap<string, Finding[]>;
  onChange: (xml: string) => void;
}

export const StartLayoutField = memo(function StartLayoutField({ profileIndex, value, findings, onChange }: StartLayoutFieldProps) {
  const styles = useStyles();
  const [importMessage, setImportMessage] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);
  const path = profilePath(profileIndex, 'startMenuLayoutXml');
  const own = findings.get(path) ?? [];
  const worst = own.find((f) => f.severity === 'error') ?? own[0];

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Text as="h3" weight="semibold" size={400}>
          Start menu layout
        </Text>
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
      <Field
        label="Start menu layout XML"
        hint="A Windows 10 LayoutModificationTemplate. Leave empty for no layout. It is sent base64-encoded."
        validationState={worst ? (worst.severity === 'error' ? 'error' : 'warning') : 'none'}
        validationMessage={worst ? own.map((f) => f.message).join(' ') : undefined}
      >
        <Textarea
          id={idForPath(path)}
          className={styles.textarea}
          textarea={{ className: styles.textarea, spellCheck: false }}
          resize="vertical"
          value={value}
          onChange={(_, data) => onChange(data.value)}
        />
      </Field>
    </div>
  );
});
