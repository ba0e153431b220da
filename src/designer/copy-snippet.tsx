// A short command shown as code with a Copy button, for the help popovers and the
// troubleshooting panel. The text wraps instead of scrolling, so it needs no keyboard scrolling.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: tokens.spacingHorizontalS, alignItems: 'start' },
  pre: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  status: { color: tokens.colorNeutralForeground3 },
});

export interface CopySnippetProps {
  /** What the command does, e.g. "List Start apps"; names the code and its Copy button. */
  label: string;
  code: string;
}

export function CopySnippet({ label, code }: CopySnippetProps) {
  const styles = useStyles();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Copied.');
    } catch {
      setStatus('The browser did not allow copying: select the text and copy it.');
    }
  };
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <pre className={styles.pre} aria-label={label}>
          <code>{code}</code>
        </pre>
        <Button size="small" icon={<CopyRegular />} aria-label={`Copy: ${label}`} title="Copy" onClick={() => void copy()} />
      </div>
      <div role="status">
        {status && (
          <Text size={200} className={styles.status}>
            {status}
          </Text>
        )}
      </div>
    </div>
  );
}
