// The "Start menu layout" section of a profile: a disclosure, closed until opened (or open when the
// profile already has a layout), around the Start layout studio. The studio — code editor,
// generator, picture, round trip — is its own chunk, downloaded only when the section opens; if it
// cannot load, a plain text box keeps the layout editable. The text is kept as typed; it becomes
// base64 only in the request body.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Label,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Component, Suspense, lazy, memo, useId, useState, type ReactNode } from 'react';
import type { AllowedApps, Finding } from '../kiosk';
import { idForPath, profilePath } from './element-ids';

const StartLayoutStudio = lazy(() => import('./start-layout-studio'));

const SECTION = 'start-layout';

const useStyles = makeStyles({
  panel: { paddingBlock: tokens.spacingVerticalS },
  loading: { minHeight: '10rem', display: 'flex', alignItems: 'center', justifyContent: 'center' },
  fallback: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  textarea: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, minHeight: '14rem' },
});

/** If the studio chunk cannot load (offline, blocked), say so and fall back to a plain text box. */
class StudioLoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

interface StartLayoutFieldProps {
  profileIndex: number;
  value: string;
  findings: ReadonlyMap<string, Finding[]>;
  allowed: AllowedApps;
  profileName: string;
  onChange: (xml: string) => void;
}

export const StartLayoutField = memo(function StartLayoutField({ profileIndex, value, findings, allowed, profileName, onChange }: StartLayoutFieldProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(() => /\S/.test(value));
  const labelId = useId();
  const path = profilePath(profileIndex, 'startMenuLayoutXml');
  const own = findings.get(path) ?? [];

  const fallback = (
    <div className={styles.fallback}>
      <MessageBar intent="warning">
        <MessageBarBody>The Start layout studio could not be loaded (are you offline?). Reload to try again; meanwhile you can edit the XML here.</MessageBarBody>
      </MessageBar>
      <Label id={labelId} weight="semibold">
        Start menu layout XML
      </Label>
      <Textarea
        id={idForPath(path)}
        aria-labelledby={labelId}
        className={styles.textarea}
        textarea={{ className: styles.textarea, spellCheck: false }}
        resize="vertical"
        value={value}
        onChange={(_, data) => onChange(data.value)}
      />
    </div>
  );

  return (
    <Accordion collapsible openItems={open ? [SECTION] : []} onToggle={(_, data) => setOpen(data.openItems.includes(SECTION))}>
      <AccordionItem value={SECTION}>
        {/* While closed, a finding on the layout takes focus to the disclosure that holds it. */}
        <AccordionHeader as="h3" size="large" button={{ id: open ? undefined : idForPath(path) }}>
          Start menu layout
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <StudioLoadBoundary fallback={fallback}>
            <Suspense
              fallback={
                <div className={styles.loading}>
                  <Text role="status">Loading the Start layout studio…</Text>
                </div>
              }
            >
              <StartLayoutStudio editorId={idForPath(path)} own={own} value={value} allowed={allowed} profileName={profileName} onChange={onChange} />
            </Suspense>
          </StudioLoadBoundary>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
});
