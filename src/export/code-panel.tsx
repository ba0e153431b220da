// One generated text (snippet, XML, script, body) shown exactly as it will be copied or saved,
// with Copy and Download next to it. The text is rendered as text, never as HTML.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, CopyRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { downloadText } from '../components/download';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: 'auto',
    maxHeight: '45vh',
    whiteSpace: 'pre',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export interface CodePanelProps {
  /** Accessible name of the text block, e.g. "PowerShell snippet". */
  label: string;
  text: string;
  /** What Copy copies, for its label and messages, e.g. "snippet". */
  what: string;
  fileName: string;
  mimeType: string;
  /** Start the file with a UTF-8 byte-order mark (Windows PowerShell 5.1 reads BOM-less scripts as ANSI). */
  bom?: boolean;
  /** More buttons after Copy and Download. */
  extraActions?: ReactNode;
}

export function CodePanel({ label, text, what, fileName, mimeType, bom = false, extraActions }: CodePanelProps) {
  const styles = useStyles();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied the ${what} to the clipboard.`);
    } catch {
      setStatus(`The browser did not allow copying. Use "Download ${fileName}" instead, or select the text and copy it.`);
    }
  };
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button icon={<CopyRegular />} onClick={copy}>
          Copy {what}
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => {
            downloadText(fileName, bom ? `\uFEFF${text}` : text, mimeType);
            setStatus(`Downloaded ${fileName}.`);
          }}
        >
          Download {fileName}
        </Button>
        {extraActions}
      </div>
      {/* tabIndex makes the scrollable text reachable by keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className={styles.pre} tabIndex={0} aria-label={label}>
        <code>{text}</code>
      </pre>
      <div role="status">
        <Text size={200}>{status}</Text>
      </div>
    </div>
  );
}
