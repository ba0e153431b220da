// Every finding of the whole design in one list; choosing one takes the admin to its field.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import type { Design, Finding } from '../kiosk';
import { profileLabel } from './profile-list';

const MAX_SHOWN = 200;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxHeight: '40vh', overflowY: 'auto' },
  // Long paths and AUMIDs in messages must wrap inside the narrow column instead of being cut off.
  item: { justifyContent: 'flex-start', textAlign: 'start', height: 'auto', width: '100%', fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ok: { color: tokens.colorNeutralForeground3 },
});

export function profileIndexOf(path: string): number | null {
  const match = /^\/assignedAccessMultiModeProfiles\/(\d+)/.exec(path);
  return match?.[1] !== undefined ? Number(match[1]) : null;
}

interface FindingsPanelProps {
  findings: Finding[];
  /** The rules are still loading. */
  checking?: boolean;
  /** The design changed and the check has not caught up yet (it runs when typing pauses). */
  pending?: boolean;
  /** The rules could not be loaded. */
  failed?: boolean;
  onRetry?: () => void;
  profiles: Design;
  onGoTo: (finding: Finding) => void;
}

export const FindingsPanel = memo(function FindingsPanel({ findings, checking = false, pending = false, failed = false, onRetry, profiles, onGoTo }: FindingsPanelProps) {
  const styles = useStyles();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return (
    <section className={styles.root} aria-labelledby="findings-heading" aria-busy={pending}>
      <Text as="h2" id="findings-heading" weight="semibold" size={400}>
        Findings
      </Text>
      {failed && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            The design rules could not be loaded (offline, or the app was updated meanwhile), so the design is not checked and cannot be
            submitted. Reload the page; your design is kept in this browser.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onRetry}>
              Try again
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Text size={200} className={findings.length === 0 ? styles.ok : undefined}>
        {failed
          ? 'Not checked.'
          : checking
          ? 'Checking the design…'
          : findings.length === 0
            ? 'No problems found.'
          : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`}
      </Text>
      {findings.length > 0 && (
        <ul className={styles.list}>
          {findings.slice(0, MAX_SHOWN).map((finding, i) => {
            const pi = profileIndexOf(finding.path);
            const profile = pi === null ? undefined : profiles[pi];
            const where = profile && pi !== null ? profileLabel(profile, pi) : 'Request body';
            return (
              <li key={`${finding.path}:${finding.code}:${i}`}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.item}
                  icon={
                    finding.severity === 'error' ? (
                      <ErrorCircleRegular className={styles.error} aria-label="Error" />
                    ) : (
                      <WarningRegular className={styles.warning} aria-label="Warning" />
                    )
                  }
                  onClick={() => onGoTo(finding)}
                >
                  {where}: {finding.message}
                </Button>
              </li>
            );
          })}
          {findings.length > MAX_SHOWN && <li>…and {findings.length - MAX_SHOWN} more.</li>}
        </ul>
      )}
    </section>
  );
});
