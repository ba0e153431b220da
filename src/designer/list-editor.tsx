// Editor for one string list of a profile (AUMIDs, desktop app paths, user accounts):
// entries as removable rows with their findings beside them (with a link to the Microsoft doc and
// a one-click fix where the rule offers one), one textbox where Enter adds the typed entry and a
// multi-line paste adds one entry per line, and "How do I find this value?" help.
import { Button, Field, Input, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, WrenchRegular } from '@fluentui/react-icons';
import { memo, useId, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Finding } from '../kiosk';
import { idForPath, profilePath } from './element-ids';
import { ValueHelpButton } from './value-help-button';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  help: { marginInlineStart: 'auto' },
  cell: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  fixes: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  docLink: { whiteSpace: 'nowrap' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    maxHeight: '18rem',
    overflowY: 'auto',
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  value: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all', paddingTop: tokens.spacingVerticalXS },
  count: { color: tokens.colorNeutralForeground3 },
});

export interface ListEditorProps {
  label: string;
  /** Accessible name of the textbox that adds entries, e.g. "Add app user model ID". */
  inputLabel: string;
  placeholder: string;
  field: 'appUserModelIds' | 'desktopAppPaths' | 'userAccounts';
  profileIndex: number;
  values: string[];
  findings: ReadonlyMap<string, Finding[]>;
  onChange: (values: string[]) => void;
  /** Applies a finding's one-click fix (it may change other lists too, so the form does it). */
  onFix?: (finding: Finding) => void;
}

/** A finding's message, then a link to the Microsoft doc behind it. */
function FindingText({ finding, linkClass }: { finding: Finding; linkClass: string }) {
  return (
    <>
      {finding.message}
      {finding.docUrl && (
        <>
          {' '}
          <Link href={finding.docUrl} target="_blank" rel="noreferrer" className={linkClass}>
            Microsoft doc
          </Link>
        </>
      )}{' '}
    </>
  );
}

export function splitEntries(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export const ListEditor = memo(function ListEditor(props: ListEditorProps) {
  const { label, inputLabel, placeholder, field, profileIndex, values, findings, onChange, onFix } = props;
  const styles = useStyles();
  const headingId = useId();
  const [pending, setPending] = useState('');
  const [inputMessage, setInputMessage] = useState<string | null>(null);

  const add = (entries: string[]): boolean => {
    const known = new Set(values.map((v) => v.toLowerCase()));
    const fresh: string[] = [];
    const skipped: string[] = [];
    for (const entry of entries) {
      const key = entry.toLowerCase();
      if (known.has(key)) skipped.push(entry);
      else {
        known.add(key);
        fresh.push(entry);
      }
    }
    if (fresh.length > 0) onChange([...values, ...fresh]);
    setInputMessage(
      skipped.length > 0 ? `Already in the list, not added again: ${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ` and ${skipped.length - 3} more` : ''}.` : null,
    );
    return fresh.length > 0 || skipped.length > 0;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const entry = pending.trim();
    if (entry === '') {
      setInputMessage('Type a value first, then press Enter to add it.');
      return;
    }
    if (add([entry])) setPending('');
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    if (!/[\r\n]/.test(text)) return; // A single line pastes into the textbox as usual.
    event.preventDefault();
    const entries = splitEntries(text);
    if (entries.length > 0) add(entries);
  };

  const inputPath = profilePath(profileIndex, field);
  const fieldFindings = findings.get(inputPath) ?? [];
  const fieldFinding = fieldFindings[0];

  return (
    <div role="group" aria-labelledby={headingId} className={styles.group}>
      <div className={styles.header}>
        <Text as="h3" id={headingId} weight="semibold" size={400}>
          {label}
        </Text>
        <Text size={200} className={styles.count}>
          {values.length === 1 ? '1 entry' : `${values.length} entries`}
        </Text>
        <span className={styles.help}>
          <ValueHelpButton field={field} />
        </span>
      </div>
      {values.length > 0 && (
        <ul className={styles.list} aria-label={`${label} entries`}>
          {values.map((value, i) => {
            const path = profilePath(profileIndex, field, i);
            const entryFindings = findings.get(path) ?? [];
            const worst = entryFindings.find((f) => f.severity === 'error') ?? entryFindings[0];
            const fixable = onFix ? entryFindings.filter((f) => f.fix) : [];
            return (
              <li key={`${i}:${value}`} className={styles.row}>
                <div className={styles.cell}>
                  <Field
                    validationState={worst ? (worst.severity === 'error' ? 'error' : 'warning') : 'none'}
                    validationMessage={
                      worst ? entryFindings.map((f, k) => <FindingText key={`${f.code}:${k}`} finding={f} linkClass={styles.docLink} />) : undefined
                    }
                  >
                    <span id={idForPath(path)} tabIndex={-1} className={styles.value}>
                      {value}
                    </span>
                  </Field>
                  {fixable.length > 0 && (
                    <div className={styles.fixes}>
                      {fixable.map((f, k) => (
                        <Button key={`${f.code}:${k}`} size="small" appearance="outline" icon={<WrenchRegular />} onClick={() => onFix?.(f)}>
                          {f.fix?.label}
                        </Button>
                      ))}
                    </div>
                  )}
                </div>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DismissRegular />}
                  aria-label={`Remove ${value}`}
                  title="Remove"
                  onClick={() => onChange(values.filter((_, j) => j !== i))}
                />
              </li>
            );
          })}
        </ul>
      )}
      <Field
        label={inputLabel}
        hint="Press Enter to add. Paste several lines to add one entry per line."
        validationState={inputMessage ? 'warning' : fieldFinding ? (fieldFinding.severity === 'error' ? 'error' : 'warning') : 'none'}
        validationMessage={inputMessage ?? (fieldFinding ? <FindingText finding={fieldFinding} linkClass={styles.docLink} /> : undefined)}
      >
        <Input
          id={idForPath(inputPath)}
          value={pending}
          placeholder={placeholder}
          onChange={(_, data) => {
            setPending(data.value);
            if (inputMessage) setInputMessage(null);
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
      </Field>
    </div>
  );
});
