// The exact request as it will be sent: method, URL and the pretty-printed body, updated as the
// admin types, with copy, download and import. The body is rendered one profile per text chunk
// so that a keystroke re-renders only the chunk of the profile being edited.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, CopyRegular } from '@fluentui/react-icons';
import { memo, useState } from 'react';
import type { Design, Finding, Profile } from '../kiosk';
import { downloadText } from '../components/download';
import { BODY_HEAD, BODY_TAIL, EMPTY_BODY, formatRequestBody, profileFragment } from './format-body';
import { ImportBodyButton } from './import-body-button';
import type { CloudName } from '../config/clouds';
import type { SubmitTarget } from '../graph/endpoints';
import { ExportActionsSlot } from '../export/export-actions-slot';

export const BODY_FILE_NAME = 'kiosk-profiles.json';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, minHeight: 0 },
  request: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  method: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, marginInlineEnd: tokens.spacingHorizontalS },
  // Each profile's text is its own block that the browser skips laying out while off screen,
  // so a design of fifty long profiles renders and updates as fast as a small one.
  chunk: { display: 'block', contentVisibility: 'auto', containIntrinsicSize: 'auto 30em' },
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
    maxHeight: '60vh',
    whiteSpace: 'pre',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  status: { minHeight: tokens.lineHeightBase300 },
});

const ProfileChunk = memo(function ProfileChunk({ profile, last, className }: { profile: Profile; last: boolean; className: string }) {
  return <span className={className}>{profileFragment(profile) + (last ? '' : ',\n')}</span>;
});

interface RequestPreviewProps {
  design: Design;
  method: string;
  url: string;
  onImport: (design: Design, warnings: Finding[], source: string) => void;
  /** Cloud and target of the request: the snippets build the same URL from them. */
  cloud: CloudName;
  target: SubmitTarget;
}

export const RequestPreview = memo(function RequestPreview({ design, method, url, onImport, cloud, target }: RequestPreviewProps) {
  const styles = useStyles();
  const [status, setStatus] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(formatRequestBody(design));
      setStatus('Request body copied to the clipboard.');
    } catch {
      setStatus('The browser did not allow copying. Use "Download request body" instead, or select the text and copy it.');
    }
  };

  return (
    <section className={styles.root} aria-labelledby="request-body-heading">
      <Text as="h2" id="request-body-heading" weight="semibold" size={400}>
        Request body
      </Text>
      <Text className={styles.request} aria-label="Request method and URL">
        <span className={styles.method}>{method}</span>
        {url}
      </Text>
      <div className={styles.actions}>
        <Button icon={<CopyRegular />} onClick={copy}>
          Copy request body
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => {
            downloadText(BODY_FILE_NAME, formatRequestBody(design));
            setStatus(`Downloaded ${BODY_FILE_NAME}.`);
          }}
        >
          Download request body
        </Button>
        <ImportBodyButton onImport={onImport} />
        <ExportActionsSlot design={design} cloud={cloud} target={target} onImport={onImport} />
      </div>
      <div role="status" className={styles.status}>
        <Text size={200}>{status}</Text>
      </div>
      {/* tabIndex makes the scrollable body reachable by keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className={styles.pre} tabIndex={0} aria-label="Request body JSON">
        <code>
          {design.length === 0 ? (
            EMPTY_BODY
          ) : (
            <>
              {BODY_HEAD}
              {design.map((profile, i) => (
                <ProfileChunk key={profile.id} profile={profile} last={i === design.length - 1} className={styles.chunk} />
              ))}
              {BODY_TAIL}
            </>
          )}
        </code>
      </pre>
    </section>
  );
});
