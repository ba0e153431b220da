// What the layout becomes in the request: its UTF-8 size, the base64 exactly as sent (collapsible,
// with copy), and a visible check that decoding that base64 gives back the exact text.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, CopyRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { memo, useMemo, useState } from 'react';
import { decodeBase64Utf8, newProfile, toGraphProfile, utf8ByteLength } from '../kiosk';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  ok: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorPaletteGreenForeground1 },
  bad: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorPaletteRedForeground1 },
  base64: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, width: '100%' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

// Only startMenuLayoutXml is read from it; a fixed id keeps the mapping pure.
const BLANK = newProfile({ id: '00000000-0000-0000-0000-000000000000' });

export const StartLayoutRoundTrip = memo(function StartLayoutRoundTrip({ xml }: { xml: string }) {
  const styles = useStyles();
  const [copyStatus, setCopyStatus] = useState('');
  const sent = useMemo(() => {
    // The same mapping the request body uses, so this is exactly what Graph receives.
    const base64 = toGraphProfile({ ...BLANK, startMenuLayoutXml: xml }).startMenuLayoutXml;
    if (base64 === undefined) return null;
    let decoded: string | null;
    try {
      decoded = decodeBase64Utf8(base64);
    } catch {
      decoded = null;
    }
    return { base64, bytes: utf8ByteLength(xml), roundTrips: decoded === xml };
  }, [xml]);

  if (!sent) {
    return (
      <Text size={200} className={styles.root}>
        No layout is sent: startMenuLayoutXml is left out of the request.
      </Text>
    );
  }
  return (
    <div className={styles.root}>
      <div className={styles.summary}>
        <Text size={200}>
          Sent as {sent.bytes.toLocaleString()} bytes of UTF-8, {sent.base64.length.toLocaleString()} characters of base64.
        </Text>
        {sent.roundTrips ? (
          <Text size={200} weight="semibold" className={styles.ok} role="status">
            <CheckmarkCircleRegular aria-hidden />
            Round trip OK
          </Text>
        ) : (
          <Text size={200} weight="semibold" className={styles.bad} role="alert">
            <ErrorCircleRegular aria-hidden />
            Round trip failed: decoding the base64 does not give back this text. Please report this.
          </Text>
        )}
      </div>
      <Accordion collapsible>
        <AccordionItem value="base64">
          <AccordionHeader size="small">Base64 as sent</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Textarea aria-label="Start layout base64" readOnly value={sent.base64} className={styles.base64} textarea={{ className: styles.base64, rows: 4 }} />
            <Button
              size="small"
              icon={<CopyRegular />}
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(sent.base64);
                  setCopyStatus('Base64 copied to the clipboard.');
                } catch {
                  setCopyStatus('The browser did not allow copying. Select the text above and copy it with Ctrl+C.');
                }
              }}
            >
              Copy base64
            </Button>
            <Text size={200} role="status">
              {copyStatus}
            </Text>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
});
