// Sending the design: the target, one "Submit" button that sends exactly one request per click,
// what is happening while it waits, and the outcome — recorded in the local history either way.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useMemo, useRef, useState } from 'react';
import { graphBaseUrl } from '../config/clouds';
import type { RuntimeConfig } from '../config/runtime-config';
import { demoFetch } from '../graph/demo-fetch';
import { useAuth, AuthRedirectError } from '../auth/auth-session';
import { toGraphBody, type Design, type Finding } from '../kiosk';
import { submitProfiles } from '../graph/endpoints';
import { createGraphClient, type GraphClient, type WaitInfo } from '../graph/graph-client';
import { targetProblems } from '../graph/endpoints';
import type { HistoryEntry } from '../drafts/history';
import { describeFailure, type FailureText } from './describe-failure';
import { TargetFields } from './target-fields';
import type { TargetState } from './target';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  details: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  dd: { margin: 0, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-word' },
  dt: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  pair: { display: 'contents' },
});

type Phase =
  | { kind: 'idle' }
  | { kind: 'sending'; wait?: WaitInfo }
  | { kind: 'success'; text: string }
  | { kind: 'failure'; failure: FailureText };

export interface SubmitPanelProps {
  config: RuntimeConfig;
  design: Design;
  /** null while the rules are still loading: nothing is sent unchecked. */
  findings: Finding[] | null;
  /** The rules could not be loaded: nothing is sent unchecked, and the blocker says why. */
  rulesFailed?: boolean;
  target: TargetState;
  onTargetChange: (target: TargetState) => void;
  url: string;
  onRecorded: (entry: HistoryEntry) => void;
}

export function SubmitPanel({ config, design, findings, rulesFailed = false, target, onTargetChange, url, onRecorded }: SubmitPanelProps) {
  const styles = useStyles();
  const auth = useAuth();
  // One Graph client for the session. The token comes from whoever signed the admin in; in demo
  // mode the same client talks to the demo tenant through its fetch. Waits (429/503) are shown.
  const [waits] = useState(() => {
    let listener: ((info: WaitInfo) => void) | null = null;
    return {
      subscribe: (next: ((info: WaitInfo) => void) | null) => {
        listener = next;
      },
      emit: (info: WaitInfo) => listener?.(info),
    };
  });
  const subscribeWaits = waits.subscribe;
  const getToken = auth.getGraphToken;
  const client: GraphClient = useMemo(
    () =>
      createGraphClient({
        baseUrl: graphBaseUrl(config.cloud),
        getToken,
        fetch: config.mode === 'demo' ? demoFetch : undefined,
        onWait: waits.emit,
      }),
    [config, getToken, waits],
  );
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const inFlight = useRef(false);

  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
  const problems = targetProblems(target);
  const signedIn = auth.account !== null;
  const blockers: string[] = [];
  if (!signedIn) blockers.push('Sign in to submit.');
  if (findings === null) blockers.push(rulesFailed ? 'The design could not be checked: reload the page (see Findings).' : 'Checking the design…');
  if (errors > 0) blockers.push(`Fix the ${errors === 1 ? 'error' : `${errors} errors`} in Findings first.`);
  if (problems.length > 0) blockers.push(target.deviceConfigurationId.trim() === '' ? 'Set the device configuration ID.' : (problems[0] ?? ''));
  const sending = phase.kind === 'sending';
  const label = auth.mode === 'demo' ? 'Submit to demo tenant' : 'Submit to Graph';

  const submit = async () => {
    if (inFlight.current) return; // One click, one request: ignore clicks while one is under way.
    inFlight.current = true;
    setPhase({ kind: 'sending' });
    subscribeWaits((wait) => setPhase({ kind: 'sending', wait }));
    const body = toGraphBody(design);
    const base = {
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      url,
      target: { ...target },
      profileNames: design.map((p) => p.profileName.trim()),
      body: JSON.stringify(body),
    };
    const where = target.displayName ? `“${target.displayName}” (${target.deviceConfigurationId.trim()})` : target.deviceConfigurationId.trim();
    try {
      const result = await submitProfiles(client, target, body);
      const time = new Date().toLocaleTimeString();
      setPhase({
        kind: 'success',
        text: `Submitted ${design.length} ${design.length === 1 ? 'profile' : 'profiles'} to ${where} at ${time}.${result.note ? ` ${result.note}` : ''}${result.requestId ? ` request-id ${result.requestId}.` : ''}`,
      });
      onRecorded({ ...base, result: 'success', status: result.status, requestId: result.requestId, clientRequestId: result.clientRequestId });
    } catch (error) {
      if (error instanceof AuthRedirectError) {
        setPhase({ kind: 'idle' });
        return;
      }
      const failure = describeFailure(error);
      setPhase({ kind: 'failure', failure });
      onRecorded({
        ...base,
        result: 'failure',
        status: failure.status,
        code: failure.code,
        message: `${failure.title}: ${failure.text}`,
        requestId: failure.requestId,
        clientRequestId: failure.clientRequestId,
      });
    } finally {
      subscribeWaits(null);
      inFlight.current = false;
    }
  };

  return (
    <section className={styles.root} aria-labelledby="target-heading">
      <Text as="h2" id="target-heading" weight="semibold" size={400}>
        Target
      </Text>
      <TargetFields target={target} onChange={onTargetChange} client={client} canList={signedIn} />
      <div className={styles.row}>
        <Button appearance="primary" icon={<SendRegular />} disabledFocusable={blockers.length > 0 || sending} onClick={() => void submit()}>
          {label}
        </Button>
        {blockers.length > 0 && !sending && <Text size={200} className={styles.hint}>{blockers.join(' ')}</Text>}
      </div>
      <div role="status" aria-live="polite">
        {phase.kind === 'sending' && (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={phase.wait ? `Waiting ${Math.ceil(phase.wait.seconds)} s — ${phase.wait.reason}` : 'Sending the profiles to Microsoft Graph…'}
          />
        )}
        {phase.kind === 'success' && (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>Submitted</MessageBarTitle>
              {phase.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div role="alert">
        {phase.kind === 'failure' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{phase.failure.title}</MessageBarTitle>
              {phase.failure.text} Your design is kept.
              {phase.failure.details.length > 0 && (
                <dl className={styles.details}>
                  {phase.failure.details.map((d) => (
                    <div key={d.label} className={styles.pair}>
                      <dt className={styles.dt}>{d.label}</dt>
                      <dd className={styles.dd}>{d.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}

export default SubmitPanel;
